using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site;

/// <summary>
/// Every page of the site by id and language, with the cross-links between them, built once after all
/// content is read. Building it is also where references between files are checked: unknown study,
/// theme or finding ids, duplicate ids, missing translations and xref links to nowhere.
/// </summary>
public sealed class SiteModel
{
    public const string GlossaryId = "glossary";

    private readonly Dictionary<string, Dictionary<string, Document>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Id, string Lang)>> _backlinks = new(StringComparer.Ordinal);

    private readonly Dictionary<string, TermSet> _terms = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, System.Globalization.CultureInfo> _cultures;

    public SiteSettings Settings { get; }
    public IReadOnlyList<string> Languages => Settings.Languages;

    public SiteModel(SiteSettings settings, IReadOnlyDictionary<string, System.Globalization.CultureInfo> cultures, IEnumerable<Document> pages, BuildContext context)
    {
        Settings = settings;
        _cultures = cultures;
        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal)) Add(page, context);
        CheckTranslations(context);
        CheckReferences(context);
        CheckXrefs(context);
        AddTranslationNotices();
        foreach (var lang in Languages)
            _terms[lang] = Find(GlossaryId, lang)?.Get<IReadOnlyList<DefinedTerm>>(Pipelines.GlossaryPipeline.TermsKey) is { } terms
                ? new TermSet(terms) : TermSet.Empty;
    }

    /// <summary>The glossary's terms in a language, for linking their first use on a page.</summary>
    public TermSet TermsIn(string lang) => _terms.GetValueOrDefault(lang, TermSet.Empty);

    /// <summary>The culture a language's dates, numbers and sort order follow (<c>format.culture</c> in its UI strings).</summary>
    public System.Globalization.CultureInfo CultureOf(string lang) => _cultures[lang];

    public StringComparer TitleOrder(string lang) => StringComparer.Create(CultureOf(lang), ignoreCase: true);

    public Document? Find(string id, string lang) =>
        _byId.TryGetValue(id, out var versions) && versions.TryGetValue(lang, out var page) ? page : null;

    public IReadOnlyDictionary<string, Document> Versions(string id) =>
        _byId.TryGetValue(id, out var versions) ? versions : new Dictionary<string, Document>();

    public string? UrlOf(string id, string lang) => Find(id, lang)?.Url_();

    /// <summary>The pages of a kind in a language, in title order; sorted once per kind and language, then shared.</summary>
    public IEnumerable<Document> OfKind(string kind, string lang) => SortedOfKind(kind, lang);

    public IReadOnlyList<Document> FindingsOfTheme(string themeId, string lang) =>
        _findingsOfTheme.GetOrAdd((themeId, lang), key => [.. FactsOfTheme(key.Theme, key.Lang).Select(f => f.Finding)]);

    public IReadOnlyList<Document> FindingsOfStudy(string studyId, string lang) =>
        _findingsOfStudy.GetOrAdd((studyId, lang), key =>
            [.. SortedOfKind("finding", key.Lang).Where(f => f.GetString("study") == key.Study)]);

    public IReadOnlyList<Document> GuidanceCiting(string findingId, string lang) =>
        _guidanceCiting.GetOrAdd(lang, CitationsIn).GetValueOrDefault(findingId) ?? [];

    /// <summary>Guidance tagged with the theme or citing a finding of it.</summary>
    public IReadOnlyList<Document> GuidanceOfTheme(string themeId, string lang)
    {
        var findings = FindingsOfTheme(themeId, lang).Select(f => f.Id_()).ToHashSet();
        return OfKind("guidance", lang).Where(g => g.GetList("themes").Contains(themeId) || g.GetList("findings").Any(findings.Contains)).ToList();
    }

    /// <summary>
    /// Findings sharing themes with this one, most shared themes first, then findings of other studies, then by id.
    /// The ranking depends only on the finding's language, study and set of themes, so it is worked out once for each
    /// such combination (one more than asked, in case the finding itself is among them) and shared.
    /// </summary>
    public IReadOnlyList<Document> RelatedFindings(Document finding, int count = 5)
    {
        var themes = finding.GetList("themes").Distinct().Order(StringComparer.Ordinal).ToArray();
        var key = new RelatedKey(finding.Lang_(), string.Join('\n', themes), finding.GetString("study"), count);
        var ranked = _related.GetOrAdd(key, _ => RankRelated(themes, key));
        var id = finding.Id_();
        return [.. ranked.Where(f => f.Id_() != id).Take(count)];
    }

    /// <summary>Themes that tag the same findings as this one, most findings in common first.</summary>
    public IReadOnlyList<Document> RelatedThemes(string themeId, string lang, int count = 5)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var finding in FindingsOfTheme(themeId, lang))
            foreach (var other in finding.GetList("themes").Where(t => t != themeId))
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
    private readonly ConcurrentDictionary<(string Theme, string Lang), Document[]> _findingsOfTheme = new();
    private readonly ConcurrentDictionary<(string Study, string Lang), Document[]> _findingsOfStudy = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, Document[]>> _guidanceCiting = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Id, string Lang), Document[]> _backlinksOf = new();
    private readonly ConcurrentDictionary<RelatedKey, Document[]> _related = new();
    private readonly ConcurrentDictionary<string, ThemeGroup[]> _themeGroups = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, Dictionary<string, FindingFacts[]>> _findingsByTheme = new(StringComparer.Ordinal);

    private sealed record RelatedKey(string Lang, string Themes, string? Study, int Count);

    /// <summary>What ranking related findings reads of each finding, read from its metadata once.</summary>
    private sealed record FindingFacts(Document Finding, string Id, string? Study, string[] Themes)
    {
        public static FindingFacts Of(Document finding) => new(finding, finding.Id_(), finding.GetString("study"), [.. finding.GetList("themes")]);
    }

    private Document[] SortedOfKind(string kind, string lang) =>
        _ofKind.GetOrAdd((kind, lang), key =>
            [.. _byId.Values.Select(v => v.GetValueOrDefault(key.Lang)).OfType<Document>().Where(d => d.Kind_() == key.Kind)
                .OrderBy(d => d.Title_(), TitleOrder(key.Lang))]);

    /// <summary>The findings of a theme in a language, in title order, each once.</summary>
    private FindingFacts[] FactsOfTheme(string themeId, string lang) =>
        _findingsByTheme.GetOrAdd(lang, l => SortedOfKind("finding", l)
                .Select(FindingFacts.Of)
                .SelectMany(f => f.Themes.Distinct().Select(theme => (Theme: theme, Facts: f)))
                .GroupBy(x => x.Theme, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(x => x.Facts).ToArray(), StringComparer.Ordinal))
            .GetValueOrDefault(themeId) ?? [];

    /// <summary>For each finding id, the guidance in a language that cites it, in title order.</summary>
    private Dictionary<string, Document[]> CitationsIn(string lang) =>
        SortedOfKind("guidance", lang)
            .SelectMany(g => g.GetList("findings").Distinct().Select(id => (Id: id, Guidance: g)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Guidance).ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The best <c>Count + 1</c> findings for a set of themes and a study. Findings with the same themes rank alike but
    /// for their study and id, so they are taken a group at a time: the groups that share most themes first, and from
    /// them the other studies' findings before this study's, each in id order. The work grows with the number of theme
    /// combinations, not of findings: scoring every finding of the themes for every finding made a site ten times larger
    /// take a hundred times longer here.
    /// </summary>
    private Document[] RankRelated(string[] themes, RelatedKey key)
    {
        var wanted = key.Count + 1;
        var best = new List<Document>(wanted);
        var levels = ThemeGroupsIn(key.Lang)
            .Select(group => (Group: group, Shared: group.Themes.Count(t => Array.IndexOf(themes, t) >= 0)))
            .Where(x => x.Shared > 0)
            .GroupBy(x => x.Shared)
            .OrderByDescending(level => level.Key);
        foreach (var level in levels)
            foreach (var sameStudy in new[] { false, true })
            {
                var need = wanted - best.Count;
                if (need == 0) return [.. best];
                best.AddRange(level
                    .SelectMany(x => x.Group.ByStudy.Where(s => (s.Key == (key.Study ?? "")) == sameStudy).SelectMany(s => s.Value.Take(need)))
                    .OrderBy(f => f.Id, StringComparer.Ordinal).Take(need).Select(f => f.Finding));
            }
        return [.. best];
    }

    /// <summary>Findings with the same themes (as listed), by study (<c>""</c> for none), each study's in id order.</summary>
    private sealed record ThemeGroup(string[] Themes, Dictionary<string, FindingFacts[]> ByStudy);

    private ThemeGroup[] ThemeGroupsIn(string lang) =>
        _themeGroups.GetOrAdd(lang, l => [.. SortedOfKind("finding", l)
            .Select(FindingFacts.Of)
            .GroupBy(f => string.Join('\n', f.Themes.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Select(g => new ThemeGroup(g.First().Themes, g.GroupBy(f => f.Study ?? "", StringComparer.Ordinal)
                .ToDictionary(s => s.Key, s => s.OrderBy(f => f.Id, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal)))]);

    private void Add(Document page, BuildContext context)
    {
        var id = page.Id_();
        var versions = _byId.TryGetValue(id, out var existing) ? existing : _byId[id] = new(StringComparer.Ordinal);
        var other = versions.Values.FirstOrDefault();
        if (other is not null && other.Kind_() != page.Kind_())
            context.Report(page.LocationOf("id"), $"the id '{id}' is already used by the {other.Kind_()} {other.Source}; ids are shared by all kinds of page");
        else if (versions.TryGetValue(page.Lang_(), out var twin))
            context.Report(page.LocationOf("id"), $"the id '{id}' in '{page.Lang_()}' is also used by {twin.LocationOf("id")}");
        else
            versions[page.Lang_()] = page;
    }

    private void CheckTranslations(BuildContext context)
    {
        if (Settings.MissingTranslations == ValidationLevel.Off) return;
        var severity = Settings.MissingTranslations == ValidationLevel.Warning ? Severity.Warning : Severity.Error;
        foreach (var (id, versions) in _byId)
        {
            var some = versions.Values.First();
            foreach (var lang in Languages.Where(l => !versions.ContainsKey(l)))
                context.Report(some.LocationOf("id"), $"missing translation: '{id}' has no '{lang}' version", severity);
        }
    }

    private void CheckReferences(BuildContext context)
    {
        foreach (var page in _byId.Values.SelectMany(v => v.Values))
        {
            var kind = page.Kind_();
            if (kind == "finding")
            {
                CheckReference(page, "study", "study", context);
                CheckReference(page, "themes", "theme", context);
            }
            else if (kind == "guidance")
            {
                CheckReference(page, "findings", "finding", context);
                CheckReference(page, "themes", "theme", context);
            }
            else if (kind == "course")
            {
                CheckReference(page, "items", ["finding", "guidance"], context);
                if (page.GetList("items").Count == 0) context.Report(page.LocationOf("items"), "a course needs at least one finding or guidance id in 'items'");
            }
        }
    }

    private void CheckReference(Document page, string key, string kind, BuildContext context) => CheckReference(page, key, [kind], context);

    private void CheckReference(Document page, string key, IReadOnlyList<string> kinds, BuildContext context)
    {
        foreach (var id in page.GetList(key))
        {
            if (Find(id, page.Lang_()) is { } target && kinds.Contains(target.Kind_())) continue;
            if (_byId.TryGetValue(id, out var versions) && kinds.Contains(versions.Values.First().Kind_())) continue; // a missing translation is reported once, above
            var known = _byId.Where(p => kinds.Contains(p.Value.Values.First().Kind_())).Select(p => p.Key).ToList();
            context.Report(page.LocationOf(key), $"unknown {string.Join(" or ", kinds)} '{id}'{Suggestions.Hint(id, known)}");
        }
        foreach (var twice in page.GetList(key).GroupBy(id => id).Where(g => g.Count() > 1))
            context.Report(page.LocationOf(key), $"'{twice.Key}' is listed {twice.Count()} times in '{key}'; list it once");
    }

    private void CheckXrefs(BuildContext context)
    {
        var severity = Settings.Links == ValidationLevel.Warning ? Severity.Warning : Severity.Error;
        foreach (var page in _byId.Values.SelectMany(v => v.Values))
        {
            if (page[ParseMarkdown.XrefsKey] is not IReadOnlyList<XrefLink> links) continue;
            foreach (var link in links)
            {
                var target = Find(link.Id, page.Lang_());
                if (target is null && Settings.Links != ValidationLevel.Off && !_byId.ContainsKey(link.Id))
                    context.Report(link.Location, $"xref to unknown id '{link.Id}'{Suggestions.Hint(link.Id, _byId.Keys.ToList())}", severity);
                else if (target is not null && link.Anchor.Length > 1 && !HasAnchor(target, link.Anchor[1..]) && Settings.Links != ValidationLevel.Off)
                    context.Report(link.Location, $"xref to '{link.Id}{link.Anchor}': '{link.Id}' has no anchor '{link.Anchor[1..]}'", severity);
                if (target is not null)
                {
                    var list = _backlinks.TryGetValue(link.Id, out var l) ? l : _backlinks[link.Id] = [];
                    list.Add((page.Id_(), page.Lang_()));
                }
            }
            foreach (var cited in page.Kind_() == "guidance" ? page.GetList("findings") : [])
            {
                var list = _backlinks.TryGetValue(cited, out var l) ? l : _backlinks[cited] = [];
                list.Add((page.Id_(), page.Lang_()));
            }
        }
    }

    /// <summary>
    /// When a missing translation is not an error, the missing version becomes a notice page at the URL the
    /// translation would have, so that links and the language switch still land on a page.
    /// </summary>
    private void AddTranslationNotices()
    {
        if (Settings.MissingTranslations == ValidationLevel.Error) return;
        foreach (var versions in _byId.Values)
        {
            var existing = versions.GetValueOrDefault(Settings.DefaultLanguage) ?? versions.Values.First();
            foreach (var lang in Languages.Where(l => !versions.ContainsKey(l)).ToList())
                versions[lang] = TranslationNotice.For(existing, lang, Settings);
        }
    }

    /// <summary>Every page of the site in every language, without the notices standing in for missing translations.</summary>
    public IEnumerable<Document> Pages => _byId.Values.SelectMany(v => v.Values).Where(p => !TranslationNotice.Is(p));

    /// <summary>The notice pages standing in for missing translations.</summary>
    public IEnumerable<Document> TranslationNotices => _byId.Values.SelectMany(v => v.Values).Where(TranslationNotice.Is);

    /// <summary>The anchors a page's content defines (headings, glossary terms), or null when it defines none to check against.</summary>
    public static IReadOnlyCollection<string>? AnchorsOf(Document page)
    {
        var headings = page[ParseMarkdown.HeadingsKey] as IReadOnlyList<Heading>;
        var anchors = page["Anchors"] as IReadOnlyCollection<string>;
        if (headings is null && anchors is null) return null;
        return [.. headings?.Select(h => h.Anchor) ?? [], .. anchors ?? []];
    }

    public static bool HasAnchor(Document page, string anchor) => AnchorsOf(page)?.Contains(anchor) == true;
}
