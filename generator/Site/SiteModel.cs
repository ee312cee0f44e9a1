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

    public IEnumerable<Document> OfKind(string kind, string lang) =>
        _byId.Values.Select(v => v.GetValueOrDefault(lang)).OfType<Document>().Where(d => d.Kind_() == kind)
            .OrderBy(d => d.Title_(), TitleOrder(lang));

    public IReadOnlyList<Document> FindingsOfTheme(string themeId, string lang) =>
        OfKind("finding", lang).Where(f => f.GetList("themes").Contains(themeId)).ToList();

    public IReadOnlyList<Document> FindingsOfStudy(string studyId, string lang) =>
        OfKind("finding", lang).Where(f => f.GetString("study") == studyId).ToList();

    public IReadOnlyList<Document> GuidanceCiting(string findingId, string lang) =>
        OfKind("guidance", lang).Where(g => g.GetList("findings").Contains(findingId)).ToList();

    /// <summary>Guidance tagged with the theme or citing a finding of it.</summary>
    public IReadOnlyList<Document> GuidanceOfTheme(string themeId, string lang)
    {
        var findings = FindingsOfTheme(themeId, lang).Select(f => f.Id_()).ToHashSet();
        return OfKind("guidance", lang).Where(g => g.GetList("themes").Contains(themeId) || g.GetList("findings").Any(findings.Contains)).ToList();
    }

    /// <summary>Findings sharing themes with this one, most shared themes first.</summary>
    public IReadOnlyList<Document> RelatedFindings(Document finding, int count = 5)
    {
        var themes = finding.GetList("themes");
        return OfKind("finding", finding.Lang_())
            .Where(f => f.Id_() != finding.Id_())
            .Select(f => (Finding: f, Shared: f.GetList("themes").Count(themes.Contains), SameStudy: f.GetString("study") == finding.GetString("study")))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).ThenBy(x => x.SameStudy).ThenBy(x => x.Finding.Id_(), StringComparer.Ordinal)
            .Take(count).Select(x => x.Finding).ToList();
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
        _backlinks.TryGetValue(id, out var sources)
            ? sources.Where(s => s.Lang == lang).Select(s => s.Id).Distinct().Select(s => Find(s, lang)).OfType<Document>().ToList()
            : [];

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
