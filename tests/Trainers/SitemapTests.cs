using System.Xml.Linq;
using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>sitemap.xml lists every page once with all its translations; robots.txt points to it.</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class SitemapTests(BuiltFixture fixture)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private const string Origin = "https://fixture.example.org";

    private List<XElement> Urls => XDocument.Load(Path.Combine(fixture.Output, "sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();

    [Fact]
    public void Every_page_but_the_language_chooser_is_listed_once_at_its_absolute_url()
    {
        var listed = Urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        var pages = fixture.HtmlFiles.Select(fixture.UrlOf).Where(u => u != "/").Select(u => Origin + u).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, listed);
        Assert.Contains(Origin + "/da/courses/first-steps/handout/", listed);
    }

    [Fact]
    public void Each_url_lists_every_translation_and_the_default_language_as_alternates_that_point_back()
    {
        var byLoc = Urls.ToDictionary(u => u.Element(Sitemap + "loc")!.Value, Alternates);
        foreach (var (loc, alternates) in byLoc)
        {
            Assert.Equal(["da", "en", "x-default"], alternates.Keys);
            Assert.Equal(alternates["da"], alternates["x-default"]);
            Assert.Contains(loc, alternates.Values);
            foreach (var target in alternates.Values) Assert.Equal(alternates, byLoc[target]);
        }
        Assert.Equal(Origin + "/en/about/", byLoc[Origin + "/da/om/"]["en"]);
    }

    [Fact]
    public void Sitemap_alternates_agree_with_the_pages_own_hreflang_links()
    {
        foreach (var url in Urls)
        {
            var loc = url.Element(Sitemap + "loc")!.Value;
            var inPage = fixture.Document(new Uri(loc).AbsolutePath).QuerySelectorAll("link[rel=alternate][hreflang]")
                .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
            Assert.Equal(inPage.OrderBy(p => p.Key), Alternates(url).OrderBy(p => p.Key));
        }
    }

    [Fact]
    public void Robots_txt_allows_everything_and_names_the_sitemap_by_its_absolute_url()
    {
        var robots = File.ReadAllLines(Path.Combine(fixture.Output, "robots.txt"));
        Assert.Equal(["User-agent: *", "Disallow:", "", $"Sitemap: {Origin}/sitemap.xml"], robots);
    }

    private static Dictionary<string, string> Alternates(XElement url) =>
        url.Elements(Xhtml + "link").Where(l => (string?)l.Attribute("rel") == "alternate")
            .ToDictionary(l => (string)l.Attribute("hreflang")!, l => (string)l.Attribute("href")!);
}
