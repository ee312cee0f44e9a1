using Guidance.Engine;

namespace Guidance.Site;

public enum TranslationState { UpToDate, Stale, Missing }

/// <summary>
/// Where one language's version of a page stands against the others. <paramref name="ChangedLang"/> and
/// <paramref name="ChangedOn"/> name the last change of another language this version has not followed;
/// <paramref name="StaleSince"/> is the first such change.
/// </summary>
public sealed record TranslationStatus(string Lang, Document? Page, TranslationState State, DateTimeOffset? StaleSince = null,
    string? ChangedLang = null, Document? ChangedPage = null, DateTimeOffset? ChangedOn = null)
{
    /// <summary>The front matter key with which a translator records that a version was compared with the others on that day.</summary>
    public const string CheckedKey = "translation_checked";

    /// <summary>
    /// The status of each language's version of one page, worked out from the commits of their files, oldest first
    /// (commits marked <c>Translation-Impact: none</c> are passed over):
    /// <list type="bullet">
    /// <item>a commit touching every version leaves them all up to date;</item>
    /// <item>a commit touching a version that is out of date brings it up to date (a translator catching up), and
    /// changes nothing for the others;</item>
    /// <item>a commit touching a version that is up to date makes every version it did not touch out of date from
    /// that day, unless a <c>translation_checked</c> date is that day or later: a check compares the versions with each
    /// other, so the date in any of them counts for all (committing it in one file does not put the other behind).</item>
    /// </list>
    /// Versions in one file (a study's YAML) are touched together, so they never fall behind each other; a file git does
    /// not know has no commits, so nothing is out of date outside a repository.
    /// </summary>
    public static IReadOnlyList<TranslationStatus> Of(GuidanceSite site, IReadOnlyDictionary<string, Document> versions)
    {
        var real = versions.Where(v => !TranslationNotice.Is(v.Value)).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        var stale = new Dictionary<string, TranslationStatus>(StringComparer.Ordinal);
        var commits = real.SelectMany(v => PageHistory.Of(site, v.Value).Select(r => (Lang: v.Key, Revision: r)))
            .GroupBy(c => c.Revision.Commit)
            .Select(g => (g.First().Revision, Langs: g.Select(c => c.Lang).ToHashSet(StringComparer.Ordinal)))
            .Where(c => PageHistory.ConcernsTranslations(c.Revision))
            .OrderBy(c => c.Revision.Date);
        var checkedOn = real.Values.Select(page => PageHistory.DateOf(page, CheckedKey)).Max();
        foreach (var (revision, touched) in commits)
        {
            var leading = touched.Where(l => !stale.ContainsKey(l)).ToList();
            foreach (var lang in touched) stale.Remove(lang);
            if (leading.Count == 0) continue; // only catching up
            foreach (var (lang, page) in real.Where(v => !touched.Contains(v.Key)))
            {
                if (checkedOn >= PageHistory.Day(revision.Date)) continue;
                var since = stale.TryGetValue(lang, out var before) ? before.StaleSince : revision.Date;
                stale[lang] = new TranslationStatus(lang, page, TranslationState.Stale, since, leading[0], real[leading[0]], revision.Date);
            }
        }
        return site.Settings.Languages.Select(lang =>
            !real.TryGetValue(lang, out var page) ? new TranslationStatus(lang, null, TranslationState.Missing)
            : stale.GetValueOrDefault(lang) ?? new TranslationStatus(lang, page, TranslationState.UpToDate)).ToList();
    }

    /// <summary>The pages whose translations are tracked: every page of a content type kept in one file per language.</summary>
    public static IEnumerable<string> TrackedIds(GuidanceSite site, SiteModel model) =>
        site.Types.All.Where(t => t.Format == ContentFormat.Markdown)
            .SelectMany(t => site.Settings.Languages.SelectMany(lang => model.OfKind(t.Kind, lang)))
            .Select(p => p.PageId()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
