using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// Every file the build will write, by its site path, with the document that makes it. Reports two documents
/// that would write the same file (a slug that takes an index page's URL, a RedirectFrom path that is a page).
/// </summary>
public sealed class PublishedFiles
{
    private const string IndexFile = "index.html";
    private readonly Dictionary<string, Document> _byPath = new(StringComparer.Ordinal);

    public PublishedFiles(IEnumerable<Document> documents, BuildContext context)
    {
        // Redirects last, so that a clash with a page is reported at the RedirectFrom that caused it.
        foreach (var document in documents.Where(d => d.Destination is not null).OrderBy(d => d.ContainsKey(Redirects.LocationKey)))
        {
            var path = SitePath.FromDestination(document.Destination!);
            if (!_byPath.TryAdd(path, document)) ReportClash(path, _byPath[path], document, context);
        }
    }

    public IEnumerable<string> Paths => _byPath.Keys;

    /// <summary>The document published at a path; <c>/x</c> and <c>/x/index.html</c> find <c>/x/</c>, as a web server does.</summary>
    public Document? Find(string path) =>
        _byPath.GetValueOrDefault(path)
        ?? (path.EndsWith("/" + IndexFile, StringComparison.Ordinal) ? _byPath.GetValueOrDefault(path[..^IndexFile.Length]) : null)
        ?? (path.EndsWith('/') ? null : _byPath.GetValueOrDefault(path + "/"));

    private static void ReportClash(string path, Document first, Document second, BuildContext context)
    {
        if (second[Redirects.LocationKey] is SourceLocation redirect)
            context.Report(redirect, Say.RedirectIsAPage(path, first.Source ?? ""));
        else
            context.Report(second.LocationOf(second.ContainsKey("slug") ? "slug" : "id"),
                Say.PublishedByBoth(path, first.Source ?? "", second.Source ?? ""));
    }
}
