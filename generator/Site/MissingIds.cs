using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// Why an id no page has is unknown, when the site can tell: the page is a draft this build left out, or it was renamed
/// (a page lists the id's old path in <c>RedirectFrom</c>, as <c>guidance rename</c> leaves it), or it was published
/// once (<c>input/published-urls.txt</c> has its path) and is gone. An editor who renamed a page then reads what to write
/// instead of a bare "unknown id".
/// </summary>
public sealed class MissingIds
{
    private readonly Drafts _drafts;
    private readonly Dictionary<string, string> _renamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _published = new(StringComparer.Ordinal);

    public MissingIds(Drafts drafts, IEnumerable<Document> pages, IEnumerable<string> publishedPaths)
    {
        _drafts = drafts;
        foreach (var page in pages.Where(p => p.ContainsKey(Redirects.Key)).OrderBy(p => p.Source, StringComparer.Ordinal))
            foreach (var path in page.GetList(Redirects.Key))
                if (LastSegment(path) is { } old && old != page.PageId()) _renamed.TryAdd(old, page.PageId());
        foreach (var path in publishedPaths)
            if (LastSegment(path) is { } id) (_published.TryGetValue(id, out var paths) ? paths : _published[id] = []).Add(path);
    }

    /// <summary>The ids a site's pages and ledger know, read from <c>input/published-urls.txt</c> when there is one.</summary>
    public static MissingIds Of(GuidanceSite site, IEnumerable<Document> pages) =>
        new(site.Drafts, pages, Permalinks.LinesOf(site.Paths).Select(l => l.Path));

    /// <summary><see cref="Of"/>, made the first time it is asked for, from any thread.</summary>
    public static Lazy<MissingIds> Later(GuidanceSite site, IEnumerable<Document> pages) => new(() => Of(site, pages));

    /// <summary>What to say after "unknown finding 'x'": why, and what to write instead; null when the site cannot tell.</summary>
    /// <param name="lang">The language of the page that refers to it: the published path quoted is that language's.</param>
    public string? Explain(string id, string lang)
    {
        if (_drafts.SourceOf(id, lang) is { } draft)
            return Say.IdIsDraft(draft);
        if (_renamed.TryGetValue(id, out var renamed))
            return Say.IdRenamed(renamed);
        if (_published.TryGetValue(id, out var paths)
            && (paths.FirstOrDefault(p => p.StartsWith("/" + lang + "/", StringComparison.Ordinal)) ?? paths[0]) is var path)
            return Say.IdWasPublished(path);
        return null;
    }

    /// <summary>The id-like last segment of a site path (<c>/en/findings/x/</c> gives <c>x</c>).</summary>
    private static string? LastSegment(string path) =>
        path.Trim().Trim('/').Split('/') is { Length: >= 2 } parts && ContentSchema.IdPattern().IsMatch(parts[^1]) ? parts[^1] : null;
}
