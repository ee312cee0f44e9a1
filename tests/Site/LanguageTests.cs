using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

[Collection(BuiltFixtureCollection.Name)]
public sealed class LanguageTests(BuiltFixture fixture)
{
    private IEnumerable<string> ContentPages => fixture.HtmlFiles.Select(fixture.UrlOf).Where(u => u != "/");

    [Fact]
    public void Every_hreflang_alternate_points_to_a_page_that_points_back()
    {
        var problems = new List<string>();
        foreach (var url in ContentPages)
        {
            var alternates = Alternates(url);
            Assert.True(alternates.ContainsKey("x-default"), $"{url} has no x-default alternate");
            Assert.Equal(url, alternates[fixture.Document(url).DocumentElement.GetAttribute("lang")!]);
            foreach (var (lang, target) in alternates.Where(a => a.Key != "x-default"))
            {
                if (!File.Exists(fixture.FileOf(target))) { problems.Add($"{url} -> {lang} {target}: no such page"); continue; }
                if (Alternates(target).GetValueOrDefault(fixture.Document(url).DocumentElement.GetAttribute("lang")!) != url)
                    problems.Add($"{url} -> {lang} {target}: does not point back");
            }
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_language_switch_of_every_page_lands_on_the_same_page_in_the_other_language()
    {
        foreach (var url in ContentPages)
        {
            var page = fixture.Document(url);
            var link = page.QuerySelector(".language-switch a[hreflang]");
            Assert.True(link is not null, $"{url} has no language switch");
            var target = fixture.Document(link!.GetAttribute("href")!);
            Assert.Equal(link.GetAttribute("hreflang"), target.DocumentElement.GetAttribute("lang"));
            Assert.Equal(page.Body!.GetAttribute("data-page-id"), target.Body!.GetAttribute("data-page-id"));
        }
    }

    [Fact]
    public void A_glossary_term_is_linked_on_its_first_use_only_with_its_definition_available_on_focus()
    {
        var page = fixture.Document("/da/findings/network-helps/");
        var terms = page.QuerySelectorAll(".prose .term");
        Assert.Single(terms, t => t.QuerySelector("a")!.TextContent == "samordner");
        var link = terms[0].QuerySelector("a")!;
        Assert.Equal("/da/glossary/#samordner", link.GetAttribute("href"));
        var tip = page.GetElementById(link.GetAttribute("aria-describedby")!);
        Assert.Equal("tooltip", tip?.GetAttribute("role"));
        Assert.Equal("En neutral person, der leder processen.", tip?.TextContent);
    }

    [Fact]
    public void Dates_are_written_the_way_each_language_writes_them()
    {
        Assert.Contains("5. marts 2024", fixture.Html("/da/studies/study-a/"));
        Assert.Contains("5 March 2024", fixture.Html("/en/studies/study-a/"));
    }

    private Dictionary<string, string> Alternates(string url) =>
        fixture.Document(url).QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
}
