using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// What a page shows about its own upkeep, for <c>layouts/partials/upkeep.html</c> and
/// <c>layouts/partials/stale-translation.html</c>: a notice when another language changed since this version was
/// translated, the review dates of a finding or recommendation, and the links to edit it in the CMS and to report
/// outdated evidence. All of it is hidden in print.
/// </summary>
public sealed record PageUpkeep(StaleNotice? Stale, ShownReview? Review, string? EditUrl, string? ReportUrl)
{
    public static PageUpkeep? Of(GuidanceSite site, Document page, SiteModel model)
    {
        if (PageHistory.FileOf(site, page) is not { } file || site.Types.Of(page.Kind()) is not { } type || type.IndexKind == page.Kind()) return null;
        var lang = page.Lang();
        var stale = type.Format == ContentFormat.Markdown
            && TranslationStatus.Of(site, model.Versions(page.PageId())).FirstOrDefault(s => s.Lang == lang) is { State: TranslationState.Stale } status
            ? new StaleNotice(
                site.Strings.Format(lang, "upkeep.stale", ("version", site.Strings.Get(lang, "upkeep.version." + status.ChangedLang)),
                    ("date", LastUpdated.Show(site, status.ChangedOn!.Value, lang).Text)),
                site.Strings.Get(lang, "upkeep.read." + status.ChangedLang), status.ChangedPage!.PageUrl(), status.ChangedLang!)
            : null;
        var review = Site.Review.Kinds.Contains(page.Kind()) && Site.Review.Of(page, site.Settings) is { } r
            ? new ShownReview(Show(site, r.Reviewed, lang), Show(site, r.NextDue, lang))
            : null;
        return new PageUpkeep(stale, review, EditUrlOf(site, type, file.RelativePath),
            Site.Review.Kinds.Contains(page.Kind()) ? ReportUrlOf(site, page) : null);
    }

    private static ShownDate Show(GuidanceSite site, DateOnly date, string lang) =>
        LastUpdated.Show(site, new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), lang);

    /// <summary>
    /// The CMS's page for the file (<c>/admin/#/collections/findings/entries/study-a/heard</c>): the collection is the type's
    /// folder, the entry the file's path in it without its language and extension. A type in one file (the glossary) is a
    /// collection of that one file, its entry named as the collection (<see cref="Cms.DecapConfig.CollectionName"/>).
    /// </summary>
    public static string? EditUrlOf(GuidanceSite site, ContentType type, string relativePath)
    {
        if (!site.MakesEditor) return null;
        var path = relativePath.Replace('\\', '/');
        var collection = Cms.DecapConfig.CollectionName(type);
        string entry;
        if (type.Format == ContentFormat.SingleFile)
        {
            if (path != type.Source) return null;
            entry = collection;
        }
        else
        {
            if (!path.StartsWith(type.Source + "/", StringComparison.Ordinal)) return null;
            var inFolder = path[(type.Source.Length + 1)..];
            var name = Path.GetFileName(inFolder);
            entry = inFolder[..^name.Length] + name.Split('.')[0];
        }
        return $"{site.Settings.BasePath}admin/#/collections/{Uri.EscapeDataString(collection)}/entries/{string.Join('/', entry.Split('/').Select(Uri.EscapeDataString))}";
    }

    /// <summary>A new issue on the site's repository, its title and text filled in with the page's title and address; null without <c>Repository</c>.</summary>
    public static string? ReportUrlOf(GuidanceSite site, Document page)
    {
        if (site.Settings.Repository is not { } repository) return null;
        var lang = page.Lang();
        var title = site.Strings.Format(lang, "upkeep.report_title", ("title", page.Title()));
        var body = site.Strings.Format(lang, "upkeep.report_body", ("title", page.Title()), ("url", site.Settings.AbsoluteUrl(page.PageUrl())));
        return $"https://github.com/{repository}/issues/new?title={Uri.EscapeDataString(title)}&body={Uri.EscapeDataString(body)}";
    }
}

/// <summary>"The Danish version was updated on 1 June 2024 …", with a link to that version.</summary>
public sealed record StaleNotice(string Text, string Read, string Url, string Lang);

public sealed record ShownReview(ShownDate Reviewed, ShownDate NextDue);
