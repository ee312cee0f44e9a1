using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// What the search index (Pagefind) learns about a page beyond its text. Only the content types declared
/// <see cref="ContentType.Searched"/> are indexed: lists and the home page only repeat what those say. Filter values are the words a reader sees in the page's language, so the search page
/// can offer them as they are and each language's index has its own.
/// </summary>
public sealed record SearchData(IReadOnlyList<SearchField> Filters, IReadOnlyList<SearchField> Meta)
{
    /// <summary>The filters in the order the search page offers them, each with the UI string that labels it.</summary>
    public static readonly (string Name, string LabelKey)[] FilterNames =
        [("theme", ContentTypes.Theme.NameKey), ("perspective", "label.perspective"), ("evidence", "label.evidence"), ("basis", "label.basis"), ("study", "label.study"), ("country", "study.country")];

    /// <summary>Null for a page the index leaves out.</summary>
    public static SearchData? Of(Document page, SiteModel model, GuidanceSite site)
    {
        var kind = page.Kind();
        if (site.Types.Of(kind) is not { Searched: true } type || kind != type.Kind) return null;
        var (strings, cards) = (site.Strings, site.Cards);
        var lang = page.Lang();
        var filters = new List<SearchField>();
        var meta = new List<SearchField>();
        // A type with a list page of its own is named in the results; an info page or the glossary speaks for itself.
        if (type.IndexTitleKey is not null) meta.Add(new("kind", strings.Get(lang, type.NameKey)));
        switch (kind)
        {
            case Kinds.Finding:
                var card = cards.For(page, model);
                filters.AddRange(card.Themes.Select(t => new SearchField("theme", t.Title)));
                filters.Add(new("perspective", card.PerspectiveName));
                filters.Add(new("evidence", card.EvidenceName));
                filters.Add(new("basis", card.BasisName));
                if (model.Find(page.GetString("study") ?? "", lang) is { } study) filters.AddRange(StudyFilters(study, strings));
                meta.Add(new("evidence", card.EvidenceName));
                meta.Add(new("study", card.Study.Title));
                break;
            case Kinds.Theme:
                filters.Add(new("theme", page.Title()));
                break;
            case Kinds.Study:
                filters.AddRange(StudyFilters(page, strings));
                break;
            case var _ when type.FieldOf("themes")?.RefersTo?.Contains(Kinds.Theme) == true:
                filters.AddRange(FindingCard.ThemeLinks(page, model).Select(t => new SearchField("theme", t.Title)));
                break;
        }
        return new SearchData(filters, meta);
    }

    /// <summary>Every value each filter takes on the indexed pages of a language, in that language's order.</summary>
    public static IReadOnlyList<SearchFilter> FiltersOf(SiteModel model, GuidanceSite site, string lang)
    {
        var strings = site.Strings;
        // Each filter's values, each once, as first met: one pass over the pages' fields, where a pass over all of them
        // for each filter went over some 160,000 fields six times at 40,000 pages.
        var values = FilterNames.ToDictionary(f => f.Name, _ => (Seen: new HashSet<string>(StringComparer.Ordinal), InOrder: new List<string>()), StringComparer.Ordinal);
        foreach (var page in site.Types.All.Where(t => t.Searched).SelectMany(type => model.OfKind(type.Kind, lang)))
            foreach (var field in Of(page, model, site)?.Filters ?? [])
                if (values.TryGetValue(field.Name, out var filter) && filter.Seen.Add(field.Value)) filter.InOrder.Add(field.Value);
        var order = model.TitleOrder(lang);
        return FilterNames
            .Select(f => new SearchFilter(f.Name, strings.Get(lang, f.LabelKey), values[f.Name].InOrder.Order(order).ToList()))
            .Where(f => f.Values.Count > 0)
            .ToList();
    }

    private static IEnumerable<SearchField> StudyFilters(Document study, UiStrings strings) =>
    [
        new("study", study.Title()),
        new("country", strings.Get(study.Lang(), "country." + study.GetString("country"))),
    ];
}
