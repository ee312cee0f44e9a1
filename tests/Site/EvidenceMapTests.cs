using Guidance.Tests.Support;
using static Guidance.Tests.Support.EvidenceMapReader;

namespace Guidance.Tests.Site;

/// <summary>
/// The evidence map of the fixture site: every cell's number is the number of findings the front matter tags with
/// that theme and study (or perspective), non-empty cells lead to existing anchors and filtered searches, and empty
/// cells are marked as gaps, in both languages.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class EvidenceMapTests(BuiltFixture fixture)
{
    private List<Finding> Findings => FindingsIn(fixture.Site.Input);

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Each_cell_of_themes_by_study_counts_the_findings_tagged_so_and_links_to_their_group_on_the_theme_page(string lang)
    {
        var cells = CellsOf(fixture.Document($"/{lang}/evidence-map/"), "map-studies", StudyOf);
        var studies = Findings.Select(f => f.Study).Distinct().ToList();
        // Every theme of the language is a row, every study a column.
        Assert.Equal(ThemeIdsIn(fixture.Site.Input, lang).Order(), cells.Select(c => c.Theme).Distinct().Order());
        Assert.Equal(studies.Order(), cells.Select(c => c.Column).Distinct().Order());
        foreach (var cell in cells)
        {
            Assert.True(ExpectedByStudy(Findings, lang, cell.Theme, cell.Column) == cell.Count, $"{lang} {cell.Theme} × {cell.Column}: shows {cell.Count}");
            if (cell.Count == 0) continue;
            var href = cell.Element.QuerySelector("a")!.GetAttribute("href")!;
            Assert.Equal($"/{lang}/themes/{cell.Theme}/#study-{cell.Column}", href);
            var target = fixture.Document(href.Split('#')[0]);
            Assert.NotNull(target.GetElementById("study-" + cell.Column));
        }
        Assert.Contains(cells, c => c.Count == 0); // the fixture has gaps and cells of several findings
        Assert.Contains(cells, c => c.Count > 1);
    }

    [Theory]
    [InlineData("da")]
    [InlineData("en")]
    public void Each_cell_of_themes_by_perspective_counts_the_findings_tagged_so_and_links_to_a_filtered_search(string lang)
    {
        var perspectives = PerspectivesByName(fixture.Site.Theme, lang);
        var cells = CellsOf(fixture.Document($"/{lang}/evidence-map/"), "map-perspectives", h => perspectives[h.TextContent.Trim()]);
        Assert.Equal(perspectives.Values.Order(), cells.Select(c => c.Column).Distinct().Order());
        foreach (var cell in cells)
        {
            Assert.True(ExpectedByPerspective(Findings, lang, cell.Theme, cell.Column) == cell.Count, $"{lang} {cell.Theme} × {cell.Column}: shows {cell.Count}");
            if (cell.Count == 0) continue;
            var theme = fixture.Document($"/{lang}/themes/{cell.Theme}/").QuerySelector("h1")!.TextContent.Trim();
            var name = perspectives.Single(p => p.Value == cell.Column).Key;
            Assert.Equal($"/{lang}/search/?theme={Uri.EscapeDataString(theme)}&perspective={Uri.EscapeDataString(name)}",
                cell.Element.QuerySelector("a")!.GetAttribute("href"));
        }
        Assert.Contains(cells, c => c.Count == 0);
    }

    [Theory]
    [InlineData("da", "ingen fund", "1 fund", "2 fund")]
    [InlineData("en", "no findings", "1 finding", "2 findings")]
    public void Gaps_are_marked_and_every_count_is_read_out_with_its_word(string lang, string gap, string one, string two)
    {
        var page = fixture.Document($"/{lang}/evidence-map/");
        var cells = page.QuerySelectorAll("table td:not(.total)").ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            if (cell.QuerySelector("a") is { } link)
            {
                Assert.DoesNotContain("gap", cell.ClassList);
                Assert.Matches(@"^\d+ \S", link.TextContent);
            }
            else
            {
                Assert.Contains("gap", cell.ClassList);
                Assert.Equal("–", cell.QuerySelector("[aria-hidden=true]")!.TextContent);
                Assert.Equal(gap, cell.QuerySelector(".visually-hidden")!.TextContent);
            }
        }
        var texts = cells.Select(c => c.QuerySelector("a")?.TextContent).OfType<string>().ToList();
        Assert.Contains(one, texts);
        Assert.Contains(two, texts);
    }

    [Theory]
    [InlineData("da", "Evidenskort")]
    [InlineData("en", "Evidence map")]
    public void The_map_is_a_real_table_page_linked_from_the_findings_index_and_the_footer_in_the_sitemap_and_not_searched(string lang, string title)
    {
        var page = fixture.Document($"/{lang}/evidence-map/");
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("table > caption").Length);
        foreach (var table in page.QuerySelectorAll("table"))
        {
            Assert.NotEmpty(table.QuerySelectorAll("thead th[scope=col]"));
            Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.NotNull(row.QuerySelector("th[scope=row]")));
            var wrapper = table.ParentElement!;
            Assert.Equal("0", wrapper.GetAttribute("tabindex"));
            Assert.Equal(table.QuerySelector("caption")!.Id, wrapper.GetAttribute("aria-labelledby"));
        }
        Assert.Null(page.QuerySelector("[data-pagefind-body]"));
        Assert.Contains(fixture.Document($"/{lang}/findings/").QuerySelectorAll(".page-header a"), a => a.GetAttribute("href") == $"/{lang}/evidence-map/");
        Assert.Contains(fixture.Document($"/{lang}/").QuerySelectorAll("footer a"), a => a.GetAttribute("href") == $"/{lang}/evidence-map/" && a.TextContent == title);
        Assert.Contains($"/{lang}/evidence-map/</loc>", fixture.Html("/sitemap.xml"));
    }
}
