using Guidance.Site.Pipelines;

namespace Guidance.Site;

/// <summary>
/// <c>guidance translations</c>: the status of every language of every page kept in one file per language, as Lunaria
/// reports an Astro site's translations: up to date, out of date since a day (and which version changed), or missing.
/// The content is read and checked as <c>check</c> does (nothing is written), so an error stops it the same way.
/// </summary>
public static class TranslationReport
{
    /// <param name="Files">Each version's file, as messages name it.</param>
    public sealed record Entry(string Id, string Kind, IReadOnlyList<TranslationStatus> Statuses, IReadOnlyDictionary<string, string> Files);

    public static IReadOnlyList<Entry> Run(SitePaths paths)
    {
        var site = new GuidanceSite(paths, Path.GetFullPath(paths.Output));
        var result = site.CreateEngine(write: false).Execute();
        var model = ModelPipeline.ModelIn(result);
        return TranslationStatus.TrackedIds(site, model).Select(id =>
        {
            var versions = model.Versions(id);
            var files = versions.Where(v => PageHistory.FileOf(site, v.Value) is not null)
                .ToDictionary(v => v.Key, v => PageHistory.FileOf(site, v.Value)!.DisplayPath, StringComparer.Ordinal);
            return new Entry(id, versions.Values.First(v => !TranslationNotice.Is(v)).Kind(), TranslationStatus.Of(site, versions), files);
        }).OrderBy(e => e.Kind, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>The report as lines: each page, then each language's status and file; last, the totals.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<Entry> entries)
    {
        foreach (var entry in entries)
        {
            yield return $"{Say.Kind(entry.Kind)} '{entry.Id}'";
            foreach (var status in entry.Statuses)
                yield return status.State switch
                {
                    TranslationState.UpToDate => Say.TranslationUpToDate(status.Lang, entry.Files[status.Lang]),
                    TranslationState.Stale => Say.TranslationStale(status.Lang, $"{status.StaleSince:yyyy-MM-dd}", entry.Files[status.Lang],
                        status.ChangedLang!, $"{status.ChangedOn:yyyy-MM-dd}"),
                    _ => Say.TranslationMissing(status.Lang),
                };
        }
        var all = entries.SelectMany(e => e.Statuses).ToList();
        yield return Say.TranslationTotals(entries.Count, all.Count(s => s.State == TranslationState.UpToDate),
            all.Count(s => s.State == TranslationState.Stale), all.Count(s => s.State == TranslationState.Missing));
    }
}
