using Guidance.Engine;

namespace Guidance.Site;

/// <summary>A name and value the search index keeps for a page: a filter to narrow results by, or metadata to show in them.</summary>
public sealed record SearchField(string Name, string Value);

/// <summary>The values of one filter on the search page, with the label to show for it.</summary>
public sealed record SearchFilter(string Name, string Label, IReadOnlyList<string> Values);

/// <summary>
/// What the search index (Pagefind) learns about a page beyond its text. Only pages with their own content are
/// indexed (findings, themes, studies, recommendations, info pages, the glossary): lists and the home page only
/// repeat what those say. Filter values are the words a reader sees in the page's language, so the search page
/// can offer them as they are and each language's index has its own.
/// </summary>
public sealed record SearchData(IReadOnlyList<SearchField> Filters, IReadOnlyList<SearchField> Meta)
{
    /// <summary>The filters in the order the search page offers them, each with the UI string that labels it.</summary>
    public static readonly (string Name, string LabelKey)[] FilterNames =
        [("theme", "kind.theme"), ("perspective", "label.perspective"), ("evidence", "label.evidence"), ("basis", "label.basis"), ("study", "label.study"), ("country", "study.country")];

    private static readonly string[] IndexedKinds = ["finding", "theme", "study", "guidance", "page", "glossary"];
    private static readonly string[] KindsWithLabel = ["finding", "theme", "study", "guidance"];

    /// <summary>Null for a page the index leaves out.</summary>
    public static SearchData? Of(Document page, SiteModel model, UiStrings strings, FindingCards cards)
    {
        var kind = page.Kind_();
        if (!IndexedKinds.Contains(kind)) return null;
        var lang = page.Lang_();
        var filters = new List<SearchField>();
        var meta = new List<SearchField>();
        if (KindsWithLabel.Contains(kind)) meta.Add(new("kind", strings.Get(lang, "kind." + kind)));
        switch (kind)
        {
            case "finding":
                var card = cards.Of(page, model);
                filters.AddRange(card.Themes.Select(t => new SearchField("theme", t.Title)));
                filters.Add(new("perspective", card.PerspectiveName));
                filters.Add(new("evidence", card.EvidenceName));
                filters.Add(new("basis", card.BasisName));
                if (model.Find(page.GetString("study") ?? "", lang) is { } study) filters.AddRange(StudyFilters(study, strings));
                meta.Add(new("evidence", card.EvidenceName));
                meta.Add(new("study", card.Study.Title));
                break;
            case "theme":
                filters.Add(new("theme", page.Title_()));
                break;
            case "study":
                filters.AddRange(StudyFilters(page, strings));
                break;
            case "guidance":
                filters.AddRange(FindingCard.ThemeLinks(page, model).Select(t => new SearchField("theme", t.Title)));
                break;
        }
        return new SearchData(filters, meta);
    }

    /// <summary>Every value each filter takes on the indexed pages of a language, in that language's order.</summary>
    public static IReadOnlyList<SearchFilter> FiltersOf(SiteModel model, UiStrings strings, FindingCards cards, string lang)
    {
        var fields = IndexedKinds.SelectMany(kind => model.OfKind(kind, lang))
            .Select(page => Of(page, model, strings, cards)).OfType<SearchData>()
            .SelectMany(data => data.Filters).ToList();
        var order = model.TitleOrder(lang);
        return FilterNames
            .Select(f => new SearchFilter(f.Name, strings.Get(lang, f.LabelKey),
                fields.Where(x => x.Name == f.Name).Select(x => x.Value).Distinct().Order(order).ToList()))
            .Where(f => f.Values.Count > 0)
            .ToList();
    }

    private static IEnumerable<SearchField> StudyFilters(Document study, UiStrings strings) =>
    [
        new("study", study.Title_()),
        new("country", strings.Get(study.Lang_(), "country." + study.GetString("country"))),
    ];
}
