using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Warnings about the upkeep of the content, once the model knows every page: translations that have fallen behind
/// another language (<see cref="TranslationStatus"/>) and reviews that are overdue (<see cref="Review"/>). They never
/// fail a build: the page is still right as far as it goes, and an editor decides when to bring it up to date.
/// Worked out in the post-process phase, where the site model is visible to every pipeline: no page waits for them,
/// and the preview server writes an edited page before them (a tenth of a second at 4,000 pages, bench/RESULTS.md).
/// </summary>
public static class UpkeepPipeline
{
    public const string Name = "upkeep";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.PostProcessModules.Add(new AddDocuments(context =>
        {
            foreach (var warning in Warnings(site, ModelPipeline.ModelOf(context), DateOnly.FromDateTime(DateTime.UtcNow))) context.Report(warning);
            return [];
        }));
        return pipeline;
    }

    public static IEnumerable<ContentError> Warnings(GuidanceSite site, SiteModel model, DateOnly today)
    {
        foreach (var warning in PlaceholderAddress.Warning(site)) yield return warning;
        foreach (var id in TranslationStatus.TrackedIds(site, model))
            foreach (var status in TranslationStatus.Of(site, model.Versions(id)).Where(s => s.State == TranslationState.Stale))
                yield return StaleWarning(site, status);
        foreach (var kind in Review.Kinds)
            foreach (var lang in site.Settings.Languages)
                foreach (var page in model.OfKind(kind, lang))
                    if (Review.Overdue(page, site.Settings, today) is { } overdue) yield return overdue;
    }

    private static ContentError StaleWarning(GuidanceSite site, TranslationStatus status)
    {
        var page = status.Page!;
        var changed = PageHistory.FileOf(site, status.ChangedPage!)!;
        var own = PageHistory.FileOf(site, page)!;
        var day = $"{status.ChangedOn:yyyy-MM-dd}";
        return new ContentError(page.LocationOf("id"),
            Say.TranslationOutOfDate(changed.DisplayPath, day, $"{site.History.LastChanged(own.FullPath):yyyy-MM-dd}", TranslationStatus.CheckedKey),
            Severity.Warning);
    }
}
