using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site;

/// <summary>
/// Building the model from all pages, and checking the references between pages as it is built. The preview server's
/// update of the model of the build before, when only the contents of some pages changed, is in <c>Site/Live</c>.
/// </summary>
public sealed partial class SiteModel
{
    /// <summary>
    /// What building the model found wrong, by the id of the page it is about, so that an update (<c>Site/Live</c>) can keep the reports of
    /// the ids it keeps; and, for a report about an id that no page has, that id.
    /// </summary>
    private readonly List<(string Id, string? Missing, ContentError Error)> _reports = [];

    /// <summary>Whether two pages claimed one id and language (or one id for two kinds), so that one of them is missing here.</summary>
    private bool _hasClashingIds;

    private readonly int _pageCount;

    /// <summary>
    /// Why an unknown id is unknown, when the site can tell (a draft, a rename): made only when a reference is broken, as
    /// it reads the ledger of published paths and every page's old paths (3 ms of each serve rebuild at 4,000 pages).
    /// </summary>
    private readonly Lazy<MissingIds> _missing;

    /// <summary>": it was renamed to 'x'; write that instead", or else the closest known id.</summary>
    private string WhyUnknown(string id, string lang, IReadOnlyList<string> known) =>
        _missing.Value.Explain(id, lang) is { } why ? ": " + why : Suggestions.Hint(id, known);

    /// <summary>What the model read of each of its pages (and notices), by document.</summary>
    private readonly Dictionary<Document, PageFacts> _facts;

    /// <summary>What the model reads of a page: kept for its own pages, read again for any other.</summary>
    public PageFacts FactsOf(Document page) => _facts.TryGetValue(page, out var facts) ? facts : PageFacts.Read(page);

    /// <summary>Whether the document is one of the model's pages (or notices) itself, not another version of one.</summary>
    public bool Holds(Document page) => _facts.ContainsKey(page);

    /// <summary>The model of <paramref name="pages"/>, its checks' findings reported (the live site may update one instead: <see cref="Live.CarriedModel"/>).</summary>
    public static SiteModel Of(GuidanceSite site, IReadOnlyList<Document> pages, BuildContext context) =>
        new SiteModel(site.Settings, site.Types, site.Settings.Languages.ToDictionary(l => l, site.Strings.CultureOf), pages, MissingIds.Later(site, pages)).ReportedTo(context);

    /// <summary>
    /// Reports what building the model found wrong. A file that failed to read is no page, so every reference to its id
    /// would fail too: those reports only follow from the file's own error, which is printed, and are left out.
    /// </summary>
    private SiteModel ReportedTo(BuildContext context)
    {
        var failed = context.FilesWithErrors.Select(PresumedId).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, missing, error) in _reports)
            if (missing is null || !failed.Contains(missing)) context.Report(error);
        return this;
    }

    /// <summary>The id a file most likely has: its name up to the first dot (<c>input/findings/a/trust.en.md</c> is <c>trust</c>).</summary>
    private static string PresumedId(string file) => Path.GetFileName(file).Split('.')[0];

    private SiteModel(SiteSettings settings, ContentTypes types, IReadOnlyDictionary<string, System.Globalization.CultureInfo> cultures, IReadOnlyList<Document> pages, Lazy<MissingIds> missing)
    {
        _missing = missing;
        Listing = new object();
        Settings = settings;
        Types = types;
        _cultures = cultures;
        _byId = new(StringComparer.Ordinal);
        _facts = new(pages.Count * 2, ReferenceEqualityComparer.Instance);
        // Reading each page's facts and checking each id read the pages and the finished index only, so both run on every
        // core: at 40,000 pages they were most of the model's time, on one core while the others waited for the model.
        var facts = new PageFacts[pages.Count];
        Parallel.For(0, pages.Count, i => facts[i] = PageFacts.Read(pages[i]));
        for (var i = 0; i < pages.Count; i++) _facts[pages[i]] = facts[i];
        foreach (var page in pages.OrderBy(p => p.Source, StringComparer.Ordinal)) Add(page);
        _pageCount = _byId.Values.Sum(v => v.Count);
        Parallel.ForEach(_byId, entry => Check(entry.Key, entry.Value));
        CheckThemesHaveFindings();
        _backlinks = BacklinkIndex();
        foreach (var versions in _byId.Values) AddTranslationNotices(versions);
        _terms = TermSets();
    }

    /// <summary>A page of the model, but not a notice standing in for a missing translation: what references are checked against.</summary>
    private Document? FindReal(string id, string lang) => Find(id, lang) is { } page && KindOf(page) != TranslationNotice.Kind ? page : null;

    /// <param name="missing">The id whose page does not exist, when that is what the report is about.</param>
    /// <remarks>Under a lock, as ids are checked in parallel; the order of the reports does not matter, as the engine sorts them.</remarks>
    private void Report(string id, SourceLocation location, string message, Severity severity = Severity.Error, string? missing = null)
    {
        lock (_reports) _reports.Add((id, missing, new ContentError(location, message, severity)));
    }

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
        CheckTranslationsAgree(versions);
    }

    private void CheckReferences(Document page)
    {
        var facts = FactsOf(page);
        foreach (var field in Types.Of(facts.Kind)?.Fields ?? [])
            if (field.RefersTo is { } kinds) CheckReference(page, field.Key, page.GetList(field.Key), kinds);
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
            Report(facts.Id, page.LocationOf(key), Say.UnknownReference(string.Join(Say.Or, kinds.Select(Say.Kind)), id, WhyUnknown(id, facts.Lang, known)), missing: id);
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
                Report(facts.Id, link.Location, Say.XrefUnknownId(link.Id, WhyUnknown(link.Id, facts.Lang, _byId.Keys.ToList())), severity, missing: link.Id);
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
