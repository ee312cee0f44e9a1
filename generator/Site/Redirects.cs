using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// <c>RedirectFrom</c> (Statiq's key): the old paths of a page, each of which gets a small page that sends the
/// reader on. A path that starts with a language of the site leads to that language's version of the page,
/// so one study file can list the old paths of both languages.
/// </summary>
public static class Redirects
{
    public const string Key = "RedirectFrom";
    public const string Kind = "redirect";

    /// <summary>The location of the <c>RedirectFrom</c> that asked for a redirect page, for messages about it.</summary>
    public const string LocationKey = "RedirectLocation";

    public const string TargetKey = "RedirectTarget";

    /// <summary>Every redirect the pages ask for; reports paths that are not clean or that two pages claim.</summary>
    public static IReadOnlyList<Redirect> Collect(SiteModel model, IEnumerable<Document> pages, BuildContext context)
    {
        var byPath = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.ContainsKey(Key)).OrderBy(p => p.Source, StringComparer.Ordinal))
        {
            var location = page.LocationOf(Key);
            foreach (var written in page.GetList(Key))
            {
                if (!SitePath.TryNormalize(written, out var path, out var problem))
                {
                    context.Report(location, Say.RedirectPathProblem(written, problem));
                    continue;
                }
                var lang = path.Split('/')[1];
                var target = model.Languages.Contains(lang) && model.Find(page.PageId(), lang) is { } version && !TranslationNotice.Is(version) ? version : page;
                if (!byPath.TryGetValue(path, out var earlier))
                    byPath[path] = new Redirect(path, target, location);
                else if (earlier.Target.PageId() != target.PageId() || earlier.Target.Lang() != target.Lang())
                    context.Report(location, Say.RedirectClaimedTwice(path, earlier.Location.ToString()));
            }
        }
        return byPath.Values.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The redirect page: written at the old path, rendered with <c>layouts/redirect.html</c>. Its URL is the page it
    /// stands for, as for any document written on another page's behalf (the sitemap lists only the page).
    /// </summary>
    public static Document PageFor(Redirect redirect) =>
        new Document { Source = redirect.Target.Source, Destination = SitePath.ToDestination(redirect.Path) }.With([
            new(SiteKeys.Kind, Kind),
            new(SiteKeys.Lang, redirect.Target.Lang()),
            new(SiteKeys.Id, Kind),
            new(SiteKeys.Url, redirect.Target.PageUrl()),
            new(SiteKeys.Title, redirect.Target.Title()),
            new(TargetKey, redirect.Target),
            new(LocationKey, redirect.Location),
            new(SiteKeys.Standalone, true),
        ]);
}
