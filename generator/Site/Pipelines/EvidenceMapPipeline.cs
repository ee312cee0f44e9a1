using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The evidence map of each language (<c>/&lt;lang&gt;/evidence-map/</c>), in the manner of an evidence-and-gap map:
/// themes by study and themes by perspective, each cell the number of the language's findings tagged with the theme,
/// linking to them, an empty cell shown as a gap. Counted from the site model on every build, never written by hand.
/// </summary>
public static class EvidenceMapPipeline
{
    public const string Name = Kinds.EvidenceMap;
    public const string Section = "evidence-map";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that the site model knows the pages as translations of each other.
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.Select(lang => site.Identify(
            new Document { Source = "(evidence map)" }.With([new("id", Name), new(SiteKeys.Title, site.Strings.Get(lang, "evidence_map.title"))]),
            Name, lang, Section, ""))));
        ContentPipeline.AddRendering(site, pipeline, (map, model, page) =>
        {
            var lang = map.Lang();
            page["by_study"] = ByStudy(model, lang);
            page["by_perspective"] = ByPerspective(site, model, lang);
        });
        return pipeline;
    }

    /// <summary>Themes (rows) by studies (columns); a cell links to the theme page's group of that study's findings.</summary>
    public static EvidenceTable ByStudy(SiteModel model, string lang)
    {
        var studies = model.OfKind(Kinds.Study, lang).ToList();
        return Table(model, lang,
            studies.Select(s => new EvidenceColumn(s.Title(), s.PageUrl())).ToList(),
            studies.Select(s => (Func<Document, bool>)(f => f.GetString("study") == s.PageId())).ToList(),
            (theme, column) => $"{theme.PageUrl()}#study-{studies[column].PageId()}");
    }

    /// <summary>Themes (rows) by perspectives (columns); a cell links to the search page with both filters set.</summary>
    public static EvidenceTable ByPerspective(GuidanceSite site, SiteModel model, string lang)
    {
        var names = ContentTypes.Perspectives.Select(p => site.Strings.Get(lang, "perspective." + p)).ToList();
        var search = site.UrlFor(lang, SearchPipeline.Section, "");
        return Table(model, lang,
            names.Select(n => new EvidenceColumn(n, null)).ToList(),
            ContentTypes.Perspectives.Select(p => (Func<Document, bool>)(f => f.GetString("perspective") == p)).ToList(),
            (theme, column) => $"{search}?theme={Uri.EscapeDataString(theme.Title())}&perspective={Uri.EscapeDataString(names[column])}");
    }

    private static EvidenceTable Table(SiteModel model, string lang, IReadOnlyList<EvidenceColumn> columns,
        IReadOnlyList<Func<Document, bool>> inColumn, Func<Document, int, string> urlOf)
    {
        var themes = model.OfKind(Kinds.Theme, lang).ToList();
        var rows = themes.Select(theme =>
        {
            var findings = model.FindingsOfTheme(theme.PageId(), lang);
            var cells = inColumn.Select((match, i) => findings.Count(match) is var n and > 0 ? new EvidenceCell(n, urlOf(theme, i)) : new EvidenceCell(0, null)).ToList();
            return new EvidenceRow(theme.Title(), theme.PageUrl(), cells, findings.Count);
        }).ToList();
        // A finding tagged with several themes counts in each of its rows, but once in a column's total.
        var mapped = themes.SelectMany(t => model.FindingsOfTheme(t.PageId(), lang)).Distinct().ToList();
        var totals = inColumn.Select(match => mapped.Count(match)).ToList();
        return new EvidenceTable(columns, rows, totals, mapped.Count);
    }
}
