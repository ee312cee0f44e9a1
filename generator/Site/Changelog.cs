using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// The substantive changes of the findings, recommendations and themes of a language, tagged in NICE's manner: a page's
/// first commit is <c>new</c>, each later commit is <c>amended</c> unless its message has the trailer
/// <c>Changelog: none</c> or <c>Translation-Impact: none</c> (<see cref="PageHistory"/>), and a <c>reviewed</c> date in
/// front matter is <c>reviewed</c>. One entry per page and day, the strongest tag winning. A file git does not know
/// counts as new on its modification time, as its "last updated" date does.
/// </summary>
public static class Changelog
{
    public const string New = "new", Amended = "amended", Reviewed = "reviewed";
    private static readonly string[] Strength = [New, Amended, Reviewed];

    /// <summary>
    /// A language's changelog, worked out once per model and history and shared by the changelog page and its feed: at
    /// 40,000 pages each of them read every page's history and sorted the lot.
    /// </summary>
    public static IReadOnlyList<ChangelogEntry> Of(GuidanceSite site, SiteModel model, string lang)
    {
        var known = Worked.GetValue(model, _ => new WorkedOut(site.History));
        if (!ReferenceEquals(known.History, site.History)) return Sorted(site, model, lang);
        return known.ByLang.GetOrAdd(lang, l => new Lazy<IReadOnlyList<ChangelogEntry>>(() => Sorted(site, model, l))).Value;
    }

    private sealed record WorkedOut(Guidance.Modules.IO.FileHistory History)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyList<ChangelogEntry>>> ByLang { get; } = new(StringComparer.Ordinal);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteModel, WorkedOut> Worked = new();

    private static List<ChangelogEntry> Sorted(GuidanceSite site, SiteModel model, string lang) =>
        site.Types.All.Where(t => t.InWhatsNew).SelectMany(type => model.OfKind(type.Kind, lang))
            .SelectMany(page => EntriesOf(site, page))
            .OrderByDescending(e => e.Date).ThenBy(e => e.Page.Title(), model.TitleOrder(lang))
            .ToList();

    private static IEnumerable<ChangelogEntry> EntriesOf(GuidanceSite site, Document page)
    {
        if (PageHistory.FileOf(site, page) is not { } file) return [];
        var revisions = site.History.RevisionsOf(file.FullPath);
        var entries = new List<ChangelogEntry>();
        if (revisions.Count == 0) entries.Add(new(page, site.History.LastChanged(file.FullPath), New));
        else
        {
            entries.Add(new(page, revisions[^1].Date, New));
            entries.AddRange(revisions.SkipLast(1).Where(PageHistory.InChangelog).Select(r => new ChangelogEntry(page, r.Date, Amended)));
        }
        if (PageHistory.DateOf(page, Review.ReviewedKey) is { } reviewed)
            entries.Add(new(page, new DateTimeOffset(reviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), Reviewed));
        return entries.GroupBy(e => PageHistory.Day(e.Date))
            .Select(day => day.OrderBy(e => Array.IndexOf(Strength, e.Tag)).ThenByDescending(e => e.Date).First());
    }
}

/// <summary>One change of a page: when, and its tag (<see cref="Changelog.New"/>, <see cref="Changelog.Amended"/>, <see cref="Changelog.Reviewed"/>).</summary>
public sealed record ChangelogEntry(Document Page, DateTimeOffset Date, string Tag);
