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
            studies.Select(s => s.PageId()).ToList(), f => model.FactsOf(f).Study,
            (theme, column) => $"{theme.PageUrl()}#study-{studies[column].PageId()}");
    }

    /// <summary>Themes (rows) by perspectives (columns); a cell links to the search page with both filters set.</summary>
    public static EvidenceTable ByPerspective(GuidanceSite site, SiteModel model, string lang)
    {
        var names = ContentTypes.Perspectives.Select(p => site.Strings.Get(lang, "perspective." + p)).ToList();
        var search = site.UrlFor(lang, SearchPipeline.Section, "");
        return Table(model, lang,
            names.Select(n => new EvidenceColumn(n, null)).ToList(),
            ContentTypes.Perspectives, f => f.GetString("perspective"),
            (theme, column) => $"{search}?theme={Uri.EscapeDataString(theme.Title())}&perspective={Uri.EscapeDataString(names[column])}");
    }

    /// <summary>
    /// Counts each finding once per table: its column is looked up once, then added to the row of each of its themes.
    /// Asking every finding of a theme, for every column, whether it belonged there read its metadata some 700,000 times
    /// a table at 40,000 pages (seconds of a build; bench/RESULTS.md).
    /// </summary>
    private static EvidenceTable Table(SiteModel model, string lang, IReadOnlyList<EvidenceColumn> columns,
        IReadOnlyList<string> columnKeys, Func<Document, string?> keyOf, Func<Document, int, string> urlOf)
    {
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = columnKeys.Count - 1; i >= 0; i--) columnOf[columnKeys[i]] = i; // the first column of a key, as a match did
        var columnOfFinding = new Dictionary<Document, int>(ReferenceEqualityComparer.Instance);
        int ColumnOf(Document finding)
        {
            if (!columnOfFinding.TryGetValue(finding, out var column))
                columnOfFinding[finding] = column = keyOf(finding) is { } key && columnOf.TryGetValue(key, out var found) ? found : -1;
            return column;
        }
        var themes = model.OfKind(Kinds.Theme, lang).ToList();
        var rows = themes.Select(theme =>
        {
            var findings = model.FindingsOfTheme(theme.PageId(), lang);
            var counts = new int[columns.Count];
            foreach (var finding in findings)
                if (ColumnOf(finding) is var column and >= 0) counts[column]++;
            var cells = counts.Select((n, i) => n > 0 ? new EvidenceCell(n, urlOf(theme, i)) : new EvidenceCell(0, null)).ToList();
            return new EvidenceRow(theme.Title(), theme.PageUrl(), cells, findings.Count);
        }).ToList();
        // A finding tagged with several themes counts in each of its rows, but once in a column's total.
        var totals = new int[columns.Count];
        foreach (var column in columnOfFinding.Values)
            if (column >= 0) totals[column]++;
        return new EvidenceTable(columns, rows, totals, columnOfFinding.Count);
    }
}
