using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// The preview server's update of the site model (<see cref="Live.CarriedModel"/>): when every page keeps its id,
/// language, kind, file and anchors, and only the contents of some changed (an editor's save), the model of the build
/// before with those pages replaced and only they checked again, which is what makes a rebuild after an edit quick on a
/// large site. Anything else builds the model from all pages. It lives with the live site because nothing else runs
/// again; it is a part of <see cref="SiteModel"/> because it takes over the model's own indexes.
/// </summary>
public sealed partial class SiteModel
{
    /// <summary>The model of <paramref name="pages"/> as an update of <paramref name="previous"/>, reported; null when the pages differ in more than their contents.</summary>
    internal static SiteModel? Updated(SiteModel previous, IReadOnlyList<Document> pages, BuildContext context, Lazy<MissingIds> missing) =>
        previous.EditsIn(pages) is { } replaced ? new SiteModel(previous, replaced, missing).ReportedTo(context) : null;

    private SiteModel(SiteModel previous, IReadOnlyList<(Document Page, PageFacts Facts)> replacing, Lazy<MissingIds> missing)
    {
        _missing = missing;
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
        var keepingIndexes = SwapsKeepingIndexes(previous, changedIds);
        Listing = keepingIndexes is null ? new object() : previous.Listing;
        // The site-wide check (themes without findings) reads every finding's themes: its reports stay while no edit changed any.
        _reports.InsertRange(0, previous._reports.Where(r => !changedIds.Contains(r.Id) && (r.Id != WholeSite || keepingIndexes is not null)));
        if (keepingIndexes is null) CheckThemesHaveFindings();
        _backlinks = replacing.All(r => SameLinks(r.Facts, previous.FactsOf(previous.FindReal(r.Facts.Id, r.Facts.Lang)!)))
            ? previous._backlinks
            : BacklinkIndex();
        _terms = TermSets();
        if (keepingIndexes is not null) CarryIndexes(previous, keepingIndexes);
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

    private static bool SameAnchors(IReadOnlySet<string>? a, IReadOnlySet<string>? b) => a is null ? b is null : b is not null && a.SetEquals(b);

    /// <summary>Whether two versions of a page link to the same pages, in the same order, so that the backlinks stay.</summary>
    private static bool SameLinks(PageFacts a, PageFacts b) =>
        a.Xrefs.Select(x => x.Id).SequenceEqual(b.Xrefs.Select(x => x.Id)) && a.Findings.SequenceEqual(b.Findings);

    /// <summary>
    /// Takes over the lists <paramref name="previous"/> has sorted or grouped, with each replaced page swapped for its new
    /// version, when the replacements keep what the lists are made of (<see cref="SwapsKeepingIndexes"/>). An editor's save
    /// changes a page's text, rarely its title or themes, and sorting again stands between the edit and the pages listing it.
    /// Backlinks and related findings are quicker worked out again for the pages that need them (bench/RESULTS.md).
    /// </summary>
    private void CarryIndexes(SiteModel previous, Dictionary<Document, Document> replaced)
    {
        Document[] Swap(Document[] pages)
        {
            var swapped = pages;
            for (var i = 0; i < pages.Length; i++)
                if (replaced.TryGetValue(pages[i], out var page))
                {
                    if (ReferenceEquals(swapped, pages)) swapped = (Document[])pages.Clone();
                    swapped[i] = page;
                }
            return swapped;
        }
        Dictionary<string, Document[]> SwapAll(Dictionary<string, Document[]> lists) =>
            lists.ToDictionary(l => l.Key, l => Swap(l.Value), StringComparer.Ordinal);

        foreach (var (key, pages) in previous._ofKind) _ofKind[key] = Swap(pages);
        foreach (var (key, pages) in previous._findingsOfStudy) _findingsOfStudy[key] = Swap(pages);
        foreach (var (key, lists) in previous._recommendationsCiting) _recommendationsCiting[key] = SwapAll(lists);
        foreach (var (key, groups) in previous._themeGroups) _themeGroups[key] = groups with { All = [.. groups.All.Select(g => g with { ByStudy = SwapAll(g.ByStudy) })] };
        foreach (var (key, lists) in previous._findingsByTheme) _findingsByTheme[key] = SwapAll(lists);
    }
}
