using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site;

/// <summary>
/// Building the model, and checking the references between pages as it is built: from all pages, or, in the preview
/// server, from the model of the build before when only the contents of some pages changed.
/// </summary>
public sealed partial class SiteModel
{
    /// <summary>
    /// What building the model found wrong, by the id of the page it is about, so that an update can keep the reports of
    /// the ids it keeps; and, for a report about an id that no page has, that id.
    /// </summary>
    private readonly List<(string Id, string? Missing, ContentError Error)> _reports = [];

    /// <summary>Whether two pages claimed one id and language (or one id for two kinds), so that one of them is missing here.</summary>
    private bool _hasClashingIds;

    private readonly int _pageCount;

    /// <summary>What the model read of each of its pages (and notices), by document.</summary>
    private readonly Dictionary<Document, PageFacts> _facts;

    /// <summary>What the model reads of a page: kept for its own pages, read again for any other.</summary>
    public PageFacts FactsOf(Document page) => _facts.TryGetValue(page, out var facts) ? facts : PageFacts.Read(page);

    /// <summary>Whether the document is one of the model's pages (or notices) itself, not another version of one.</summary>
    public bool Holds(Document page) => _facts.ContainsKey(page);

    /// <summary>
    /// The model of <paramref name="pages"/>. In an engine that runs again, <paramref name="previous"/> is the model of its
    /// last run: when every page keeps its id, language, kind, file and anchors, and only the contents of some changed
    /// (an editor's save), the model is that one with those pages replaced and only they checked again, which is what
    /// makes a rebuild after an edit quick on a large site. Anything else builds the model from all pages.
    /// </summary>
    public static SiteModel Of(SiteSettings settings, ContentTypes types, IReadOnlyDictionary<string, System.Globalization.CultureInfo> cultures,
        IReadOnlyList<Document> pages, BuildContext context, SiteModel? previous = null)
    {
        var model = previous?.EditsIn(pages) is { } replaced
            ? new SiteModel(previous, replaced)
            : new SiteModel(settings, types, cultures, pages);
        // A file that failed to read is no page, so every reference to its id would fail too: those reports only
        // follow from the file's own error, which is printed, and are left out.
        var failed = context.FilesWithErrors.Select(PresumedId).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, missing, error) in model._reports)
            if (missing is null || !failed.Contains(missing)) context.Report(error);
        return model;
    }

    /// <summary>The id a file most likely has: its name up to the first dot (<c>input/findings/a/trust.en.md</c> is <c>trust</c>).</summary>
    private static string PresumedId(string file) => Path.GetFileName(file).Split('.')[0];

    private SiteModel(SiteSettings settings, ContentTypes types, IReadOnlyDictionary<string, System.Globalization.CultureInfo> cultures, IReadOnlyList<Document> pages)
    {
        Settings = settings;
        Types = types;
        _cultures = cultures;
        _byId = new(StringComparer.Ordinal);
        _facts = new(pages.Count * 2, ReferenceEqualityComparer.Instance);
        foreach (var page in pages) _facts[page] = PageFacts.Read(page);
        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal)) Add(page);
        _pageCount = _byId.Values.Sum(v => v.Count);
        foreach (var (id, versions) in _byId) Check(id, versions);
        _backlinks = BacklinkIndex();
        foreach (var versions in _byId.Values) AddTranslationNotices(versions);
        _terms = TermSets();
    }

    private SiteModel(SiteModel previous, IReadOnlyList<(Document Page, PageFacts Facts)> replacing)
    {
        Settings = previous.Settings;
        Types = previous.Types;
        _cultures = previous._cultures;
        _pageCount = previous._pageCount;
        _byId = new(previous._byId, StringComparer.Ordinal);
        _facts = new(previous._facts, ReferenceEqualityComparer.Instance);
        var changedIds = replacing.Select(r => r.Facts.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (page, facts) in replacing)
        {
            _facts.Remove(previous._byId[facts.Id][facts.Lang]);
            _facts[page] = facts;
        }
        foreach (var id in changedIds)
        {
            foreach (var notice in previous._byId[id].Values.Where(TranslationNotice.Is)) _facts.Remove(notice); // made again below
            var versions = previous._byId[id].Where(v => !TranslationNotice.Is(v.Value)).ToDictionary(StringComparer.Ordinal);
            foreach (var (page, facts) in replacing.Where(r => r.Facts.Id == id)) versions[facts.Lang] = page;
            _byId[id] = versions;
            Check(id, versions);
            AddTranslationNotices(versions);
        }
        _reports.InsertRange(0, previous._reports.Where(r => !changedIds.Contains(r.Id)));
        _backlinks = replacing.All(r => SameLinks(r.Facts, previous.FactsOf(previous.FindReal(r.Facts.Id, r.Facts.Lang)!)))
            ? previous._backlinks
            : BacklinkIndex();
        _terms = TermSets();
        if (SwapsKeepingIndexes(previous, changedIds) is { } replaced) CarryIndexes(previous, replaced);
    }

    /// <summary>
    /// Each page (and notice) of <paramref name="previous"/> that this model holds another version of, with that version,
    /// when every one keeps what the indexes depend on: its title, which orders the lists, and the study, themes, findings
    /// and links that group them. Null when any of them changed.
    /// </summary>
    private Dictionary<Document, Document>? SwapsKeepingIndexes(SiteModel previous, IEnumerable<string> changedIds)
    {
        var replaced = new Dictionary<Document, Document>(ReferenceEqualityComparer.Instance);
        foreach (var id in changedIds)
            foreach (var (lang, old) in previous._byId[id])
            {
                if (Find(id, lang) is not { } page) return null;
                var (before, after) = (previous.FactsOf(old), FactsOf(page));
                if (old.Title() != page.Title() || before.Kind != after.Kind || before.Study != after.Study
                    || !before.Themes.SequenceEqual(after.Themes) || !SameLinks(before, after))
                    return null;
                replaced[old] = page;
            }
        return replaced;
    }

    /// <summary>
    /// The pages that replace pages of this model, when the others are this model's very documents and every replacement
    /// keeps the id, language, kind, file and anchors of the page it replaces: what the other pages' checks depend on.
    /// Null when the pages differ in any other way.
    /// </summary>
    private List<(Document Page, PageFacts Facts)>? EditsIn(IReadOnlyList<Document> pages)
    {
        if (_hasClashingIds || pages.Count != _pageCount) return null;
        var replacing = new List<(Document, PageFacts)>();
        foreach (var page in pages)
        {
            if (_facts.ContainsKey(page)) continue; // unchanged: the model holds its pages as they are, none it has replaced
            var facts = PageFacts.Read(page);
            var old = FindReal(facts.Id, facts.Lang);
            if (old is null || old.Source != page.Source || FactsOf(old) is var before && (before.Kind != facts.Kind || !SameAnchors(before.Anchors, facts.Anchors)))
                return null;
            replacing.Add((page, facts));
        }
        // The replaced page itself must be gone, or two pages now claim its id and language.
        var current = pages.ToHashSet(ReferenceEqualityComparer.Instance);
        var keys = new HashSet<(string, string)>();
        foreach (var (_, facts) in replacing)
            if (!keys.Add((facts.Id, facts.Lang)) || current.Contains(FindReal(facts.Id, facts.Lang)!)) return null;
        return replacing;
    }

    private static bool SameAnchors(IReadOnlyList<string>? a, IReadOnlyList<string>? b) => a is null ? b is null : b is not null && a.ToHashSet().SetEquals(b);

    /// <summary>Whether two versions of a page link to the same pages, in the same order, so that the backlinks stay.</summary>
    private static bool SameLinks(PageFacts a, PageFacts b) =>
        a.Xrefs.Select(x => x.Id).SequenceEqual(b.Xrefs.Select(x => x.Id)) && a.Findings.SequenceEqual(b.Findings);

    /// <summary>A page of the model, but not a notice standing in for a missing translation: what references are checked against.</summary>
    private Document? FindReal(string id, string lang) => Find(id, lang) is { } page && KindOf(page) != TranslationNotice.Kind ? page : null;

    /// <param name="missing">The id whose page does not exist, when that is what the report is about.</param>
    private void Report(string id, SourceLocation location, string message, Severity severity = Severity.Error, string? missing = null) =>
        _reports.Add((id, missing, new ContentError(location, message, severity)));

    private void Add(Document page)
    {
        var (id, lang, kind) = FactsOf(page) is var facts ? (facts.Id, facts.Lang, facts.Kind) : default;
        var versions = _byId.TryGetValue(id, out var existing) ? existing : _byId[id] = new(StringComparer.Ordinal);
        var other = versions.Values.FirstOrDefault();
        if (other is not null && KindOf(other) != kind)
            ReportClash(id, page, Say.IdUsedByOtherKind(id, KindOf(other), other.Source ?? ""));
        else if (versions.TryGetValue(lang, out var twin))
            ReportClash(id, page, Say.IdUsedTwice(id, lang, twin.LocationOf("id").ToString()));
        else
            versions[lang] = page;
    }

    private void ReportClash(string id, Document page, string message)
    {
        _hasClashingIds = true;
        Report(id, page.LocationOf("id"), message);
    }

    private string KindOf(Document page) => FactsOf(page).Kind;

    /// <summary>Checks the versions of one id: that each language has one, and what each version refers to.</summary>
    private void Check(string id, Dictionary<string, Document> versions)
    {
        if (Settings.MissingTranslations != ValidationLevel.Off && versions.Count < Languages.Count)
        {
            var severity = Settings.MissingTranslations == ValidationLevel.Warning ? Severity.Warning : Severity.Error;
            var some = versions.Values.First();
            foreach (var lang in Languages.Where(l => !versions.ContainsKey(l)))
                Report(id, some.LocationOf("id"), Say.MissingTranslation(id, lang), severity, missing: id);
        }
        foreach (var page in versions.Values)
        {
            CheckReferences(page);
            CheckXrefs(page);
        }
    }

    private void CheckReferences(Document page)
    {
        var facts = FactsOf(page);
        foreach (var field in Types.Of(facts.Kind)?.Fields ?? [])
            if (field.RefersTo is { } kinds) CheckReference(page, field.Key, page.GetList(field.Key), kinds);
        if (facts.Kind == Kinds.Course && facts.Items.Count == 0)
            Report(facts.Id, page.LocationOf("items"), Say.CourseNeedsItems);
    }

    /// <param name="ids">The ids listed under <paramref name="key"/>.</param>
    private void CheckReference(Document page, string key, IReadOnlyList<string> ids, IReadOnlyList<string> kinds)
    {
        var facts = FactsOf(page);
        foreach (var id in ids)
        {
            if (FindReal(id, facts.Lang) is { } target && kinds.Contains(KindOf(target))) continue;
            if (_byId.TryGetValue(id, out var versions) && kinds.Contains(KindOf(versions.Values.First()))) continue; // a missing translation is reported once, above
            var known = _byId.Where(p => kinds.Contains(KindOf(p.Value.Values.First()))).Select(p => p.Key).ToList();
            Report(facts.Id, page.LocationOf(key), Say.UnknownReference(string.Join(Say.Or, kinds.Select(Say.Kind)), id, Suggestions.Hint(id, known)), missing: id);
        }
        if (ids.Count < 2) return;
        foreach (var twice in ids.GroupBy(id => id).Where(g => g.Count() > 1))
            Report(facts.Id, page.LocationOf(key), Say.ListedTwice(twice.Key, twice.Count(), key));
    }

    private void CheckXrefs(Document page)
    {
        if (Settings.Links == ValidationLevel.Off) return;
        var severity = Settings.Links == ValidationLevel.Warning ? Severity.Warning : Severity.Error;
        var facts = FactsOf(page);
        foreach (var link in facts.Xrefs)
        {
            var target = FindReal(link.Id, facts.Lang);
            if (target is null && !_byId.ContainsKey(link.Id))
                Report(facts.Id, link.Location, Say.XrefUnknownId(link.Id, Suggestions.Hint(link.Id, _byId.Keys.ToList())), severity, missing: link.Id);
            else if (target is not null && link.Anchor.Length > 1 && !HasAnchor(target, link.Anchor[1..]))
                Report(facts.Id, link.Location, Say.XrefUnknownAnchor(link.Id + link.Anchor, link.Id, link.Anchor[1..]), severity);
        }
    }

    /// <summary>For each page id, the pages (id and language) whose text links to it or that cite it.</summary>
    private Dictionary<string, List<(string Id, string Lang)>> BacklinkIndex()
    {
        var backlinks = new Dictionary<string, List<(string Id, string Lang)>>(StringComparer.Ordinal);
        void Add(string target, PageFacts from) =>
            (backlinks.TryGetValue(target, out var list) ? list : backlinks[target] = []).Add((from.Id, from.Lang));
        foreach (var page in _byId.Values.SelectMany(v => v.Values))
        {
            var facts = FactsOf(page);
            foreach (var link in facts.Xrefs)
                if (FindReal(link.Id, facts.Lang) is not null) Add(link.Id, facts);
            if (facts.Kind == Kinds.Recommendation)
                foreach (var cited in facts.Findings) Add(cited, facts);
        }
        return backlinks;
    }

    /// <summary>
    /// When a missing translation is not an error, the missing version becomes a notice page at the URL the
    /// translation would have, so that links and the language switch still land on a page.
    /// </summary>
    private void AddTranslationNotices(Dictionary<string, Document> versions)
    {
        if (Settings.MissingTranslations == ValidationLevel.Error || versions.Count == 0) return;
        var existing = versions.GetValueOrDefault(Settings.DefaultLanguage) ?? versions.Values.First();
        foreach (var lang in Languages.Where(l => !versions.ContainsKey(l)).ToList())
        {
            var notice = TranslationNotice.For(existing, lang, Settings);
            versions[lang] = notice;
            _facts[notice] = PageFacts.Read(notice);
        }
    }

    private Dictionary<string, TermSet> TermSets() => Languages.ToDictionary(lang => lang,
        lang => Find(GlossaryId, lang)?.Get<IReadOnlyList<DefinedTerm>>(Pipelines.GlossaryPipeline.TermsKey) is { } terms ? new TermSet(terms) : TermSet.Empty,
        StringComparer.Ordinal);
}
