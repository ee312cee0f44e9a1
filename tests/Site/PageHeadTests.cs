using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>What a search engine, a shared link and the browser's tab show of each page: a description and the icon.</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class PageHeadTests(BuiltFixture fixture)
{
    [Fact]
    public void Every_page_a_reader_can_land_on_has_a_description_and_the_site_icon()
    {
        var missing = new List<string>();
        foreach (var file in fixture.HtmlFiles)
        {
            var url = fixture.UrlOf(file);
            var document = fixture.Document(url);
            if (document.QuerySelector("meta[http-equiv=refresh]") is not null) continue; // a redirect, never shown
            if (document.QuerySelector("meta[name=description]")?.GetAttribute("content") is not { Length: > 0 }) missing.Add($"{url}: no description");
            if (document.QuerySelector("link[rel=icon]")?.GetAttribute("href") != "/icons/icon.svg") missing.Add($"{url}: no icon");
        }
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("/da/", "Viden til socialrådgivere om inddragelse")]
    [InlineData("/en/search/", "Search findings, themes, studies and recommendations.")]
    [InlineData("/en/themes/", "The themes cut across the studies.")]
    public void A_page_without_a_summary_is_described_by_its_introduction(string url, string start)
    {
        var description = fixture.Document(url).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith(start, description);
    }
}
