using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site;

/// <summary>
/// Every page of the site by id and language, with the cross-links between them, built once after all
/// content is read. Building it is also where references between files are checked: unknown study,
/// theme or finding ids, duplicate ids, missing translations and xref links to nowhere.
/// </summary>
public sealed partial class SiteModel
{
    public const string GlossaryId = Kinds.Glossary;

    private readonly Dictionary<string, Dictionary<string, Document>> _byId;
    private readonly Dictionary<string, List<(string Id, string Lang)>> _backlinks;

    private readonly Dictionary<string, TermSet> _terms;
    private readonly IReadOnlyDictionary<string, System.Globalization.CultureInfo> _cultures;

    public SiteSettings Settings { get; }
    public ContentTypes Types { get; }

    /// <summary>
    /// The same object from one model to the next (the preview server's update, <c>Site/Live</c>) while every page keeps
    /// its title, kind, study, themes and links, a new one otherwise: a list of pages checked against one model shows
    /// the next one's pages as they are (<see cref="FindingCards"/>).
    /// </summary>
    public object Listing { get; }

    public IReadOnlyList<string> Languages => Settings.Languages;

    /// <summary>The glossary's terms in a language, for linking their first use on a page.</summary>
    public TermSet TermsIn(string lang) => _terms.GetValueOrDefault(lang, TermSet.Empty);

    /// <summary>The culture a language's dates, numbers and sort order follow (<c>format.culture</c> in its UI strings).</summary>
    public System.Globalization.CultureInfo CultureOf(string lang) => _cultures[lang];

    public StringComparer TitleOrder(string lang) => StringComparer.Create(CultureOf(lang), ignoreCase: true);

    public Document? Find(string id, string lang) =>
        _byId.TryGetValue(id, out var versions) && versions.TryGetValue(lang, out var page) ? page : null;

    public IReadOnlyDictionary<string, Document> Versions(string id) =>
        _byId.TryGetValue(id, out var versions) ? versions : new Dictionary<string, Document>();

    public string? UrlOf(string id, string lang) => Find(id, lang)?.PageUrl();

    /// <summary>The pages of a kind in a language, in title order; sorted once per kind and language, then shared.</summary>
    public IEnumerable<Document> OfKind(string kind, string lang) => SortedOfKind(kind, lang);

    /// <summary>The findings of a theme in a language, in title order, each once.</summary>
    public IReadOnlyList<Document> FindingsOfTheme(string themeId, string lang) =>
        _findingsByTheme.GetOrAdd(lang, l => SortedOfKind(Kinds.Finding, l)
                .SelectMany(f => FactsOf(f).Themes.Distinct().Select(theme => (Theme: theme, Finding: f)))
                .GroupBy(x => x.Theme, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Finding).ToArray(), StringComparer.Ordinal))
            .GetValueOrDefault(themeId) ?? [];

    public IReadOnlyList<Document> FindingsOfStudy(string studyId, string lang) =>
        _findingsOfStudy.GetOrAdd((studyId, lang), key =>
            [.. SortedOfKind(Kinds.Finding, key.Lang).Where(f => FactsOf(f).Study == key.Study)]);

    public IReadOnlyList<Document> RecommendationsCiting(string findingId, string lang) =>
        _recommendationsCiting.GetOrAdd(lang, CitationsIn).GetValueOrDefault(findingId) ?? [];

    /// <summary>Guidance tagged with the theme or citing a finding of it.</summary>
    public IReadOnlyList<Document> RecommendationsOfTheme(string themeId, string lang)
    {
        var findings = FindingsOfTheme(themeId, lang).Select(f => FactsOf(f).Id).ToHashSet();
        return OfKind(Kinds.Recommendation, lang).Where(g => FactsOf(g) is var facts && (facts.Themes.Contains(themeId) || facts.Findings.Any(findings.Contains))).ToList();
    }

    /// <summary>
    /// Findings sharing themes with this one, most shared themes first, then findings of other studies, then by id.
    /// The ranking depends only on the finding's language, study and set of themes, so it is worked out once for each
    /// such combination (one more than asked, in case the finding itself is among them) and shared.
    /// </summary>
    public IReadOnlyList<Document> RelatedFindings(Document finding, int count = 5)
    {
        // A page being rendered is a later version of the model's document: its facts are the model's, not read again.
        if (!Holds(finding) && Find(finding.PageId(), finding.Lang()) is { } known) finding = known;
        var facts = FactsOf(finding);
        var themes = facts.Themes.Distinct().Order(StringComparer.Ordinal).ToArray();
        var key = new RelatedKey(facts.Lang, string.Join('\n', themes), facts.Study, count);
        var ranked = _related.GetOrAdd(key, _ => RankRelated(themes, key));
        return [.. ranked.Where(f => FactsOf(f).Id != facts.Id).Take(count)];
    }

    /// <summary>Themes that tag the same findings as this one, most findings in common first.</summary>
    public IReadOnlyList<Document> RelatedThemes(string themeId, string lang, int count = 5)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in FindingsOfTheme(themeId, lang))
            foreach (var other in FactsOf(finding).Themes.Where(t => t != themeId))
                counts[other] = counts.GetValueOrDefault(other) + 1;
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => Find(c.Key, lang)).OfType<Document>().Take(count).ToList();
    }

    /// <summary>The pages in the same language that link to this page from their text or cite it.</summary>
    public IReadOnlyList<Document> Backlinks(string id, string lang) =>
        _backlinksOf.GetOrAdd((id, lang), key => _backlinks.TryGetValue(key.Id, out var sources)
            ? [.. sources.Where(s => s.Lang == key.Lang).Select(s => s.Id).Distinct().Select(s => Find(s, key.Lang)).OfType<Document>()]
            : []);

    // Indexes of the lists above, filled on first use: the model is complete once built, so a list never changes.
    // Rendering asks from many threads at once; a list computed twice in a race is the same list.
    private readonly ConcurrentDictionary<(string Kind, string Lang), Document[]> _ofKind = new();
    private readonly ConcurrentDictionary<(string Study, string Lang), Document[]> _findingsOfStudy = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, Document[]>> _recommendationsCiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Id, string Lang), Document[]> _backlinksOf = new();
    private readonly ConcurrentDictionary<RelatedKey, Document[]> _related = new();
    private readonly ConcurrentDictionary<string, ThemeGroups> _themeGroups = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Dictionary<string, Document[]>> _findingsByTheme = new(StringComparer.Ordinal);

    private sealed record RelatedKey(string Lang, string Themes, string? Study, int Count);

    private Document[] SortedOfKind(string kind, string lang) =>
        _ofKind.GetOrAdd((kind, lang), key =>
            [.. _byId.Values.Select(v => v.GetValueOrDefault(key.Lang)).OfType<Document>().Where(d => KindOf(d) == key.Kind)
                .OrderBy(d => d.Title(), TitleOrder(key.Lang))]);

    /// <summary>For each finding id, the guidance in a language that cites it, in title order.</summary>
    private Dictionary<string, Document[]> CitationsIn(string lang) =>
        SortedOfKind(Kinds.Recommendation, lang)
            .SelectMany(g => FactsOf(g).Findings.Distinct().Select(id => (Id: id, Guidance: g)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Guidance).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The best <c>Count + 1</c> findings for a set of themes and a study. Findings with the same themes rank alike but
    /// for their study and id, so they are taken a group at a time: the groups that share most themes first, and from
    /// them the other studies' findings before this study's, each in id order. The work grows with the number of theme
    /// combinations, not of findings: scoring every finding of the themes for every finding made a site ten times larger
    /// take a hundred times longer here. Only the groups holding one of the themes are visited (<see cref="ThemeGroups.OfTheme"/>):
    /// at a few thousand findings nearly every finding has a combination of study and themes of its own, and comparing
    /// each with every group's themes was a sixth of rendering its page (bench/RESULTS.md).
    /// </summary>
    private Document[] RankRelated(string[] themes, RelatedKey key)
    {
        var wanted = key.Count + 1;
        var best = new List<Document>(wanted);
        var groups = ThemeGroupsIn(key.Lang);
        // How many of the themes each group has: a theme a group lists twice counts twice, as each listing is a theme shared.
        var shared = new int[groups.All.Length];
        var holding = new List<int>();
        var most = 0;
        foreach (var theme in themes)
            if (groups.OfTheme.TryGetValue(theme, out var groupsOfTheme))
                foreach (var group in groupsOfTheme)
                {
                    if (shared[group]++ == 0) holding.Add(group);
                    most = Math.Max(most, shared[group]);
                }
        // Groups sharing as many themes in the order they were made, as the candidates are then put in id order.
        holding.Sort();
        var study = key.Study ?? "";
        var chosen = new List<(string Id, Document Finding)>(wanted + 1);
        for (var level = most; level > 0; level--)
            foreach (var sameStudy in (ReadOnlySpan<bool>)[false, true])
            {
                var need = wanted - best.Count;
                if (need == 0) return [.. best];
                // The first `need` in id order of the groups' lists, each in id order already: a list is left at its first
                // finding that would come after all those chosen so far. Equal ids keep the order they were met in.
                chosen.Clear();
                foreach (var group in holding)
                    if (shared[group] == level)
                        foreach (var (groupStudy, findings) in groups.All[group].ByStudy)
                            if ((groupStudy == study) == sameStudy)
                                foreach (var finding in findings)
                                {
                                    var id = FactsOf(finding).Id;
                                    if (chosen.Count == need && string.CompareOrdinal(id, chosen[^1].Id) >= 0) break;
                                    var at = chosen.Count;
                                    while (at > 0 && string.CompareOrdinal(chosen[at - 1].Id, id) > 0) at--;
                                    chosen.Insert(at, (id, finding));
                                    if (chosen.Count > need) chosen.RemoveAt(need);
                                }
                foreach (var (_, finding) in chosen) best.Add(finding);
            }
        return [.. best];
    }

    /// <summary>Findings with the same themes (as listed), by study (<c>""</c> for none), each study's in id order.</summary>
    private sealed record ThemeGroup(IReadOnlyList<string> Themes, Dictionary<string, Document[]> ByStudy);

    /// <summary>The theme groups of a language, and for each theme the groups listing it (a group once for each listing).</summary>
    private sealed record ThemeGroups(ThemeGroup[] All, Dictionary<string, int[]> OfTheme);

    private ThemeGroups ThemeGroupsIn(string lang) =>
        _themeGroups.GetOrAdd(lang, l =>
        {
            ThemeGroup[] all = [.. SortedOfKind(Kinds.Finding, l)
                .GroupBy(f => string.Join('\n', FactsOf(f).Themes.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
                .Select(g => new ThemeGroup(FactsOf(g.First()).Themes, g.GroupBy(f => FactsOf(f).Study ?? "", StringComparer.Ordinal)
                    .ToDictionary(s => s.Key, s => s.OrderBy(f => FactsOf(f).Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal)))];
            var ofTheme = all.SelectMany((group, index) => group.Themes.Select(theme => (Theme: theme, Index: index)))
                .GroupBy(x => x.Theme, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Index).ToArray(), StringComparer.Ordinal);
            return new ThemeGroups(all, ofTheme);
        });

    /// <summary>Every page of the site in every language, without the notices standing in for missing translations.</summary>
    public IEnumerable<Document> Pages => _byId.Values.SelectMany(v => v.Values).Where(p => !TranslationNotice.Is(p));

    /// <summary>The notice pages standing in for missing translations.</summary>
    public IEnumerable<Document> TranslationNotices => _byId.Values.SelectMany(v => v.Values).Where(TranslationNotice.Is);

    /// <summary>Whether the page's content defines the anchor (a heading, a glossary term).</summary>
    public bool HasAnchor(Document page, string anchor) => FactsOf(page).Anchors?.Contains(anchor) == true;
}
