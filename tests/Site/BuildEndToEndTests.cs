using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

[Collection(BuiltFixtureCollection.Name)]
public sealed class BuildEndToEndTests(BuiltFixture fixture)
{
    [Fact]
    public void Every_internal_link_and_anchor_in_the_built_fixture_resolves()
    {
        Assert.Empty(LinkChecker.BrokenLinks(fixture.Output));
        Assert.True(fixture.HtmlFiles.Count() > 20, "the fixture should produce more than 20 pages");
    }

    [Fact]
    public void Build_prints_pages_per_language_and_the_time_taken()
    {
        Assert.Matches(@"built \d+ pages \(\d+ da, \d+ en\), \d+ files written, in \d+ ms", fixture.Build.Stdout);
    }

    [Theory]
    [InlineData("/da/findings/heard/", "da")]
    [InlineData("/en/findings/heard/", "en")]
    [InlineData("/da/om/", "da")]
    [InlineData("/en/about/", "en")]
    public void Pages_are_written_at_clean_urls_per_language_with_their_language_declared(string url, string lang)
    {
        var document = fixture.Document(url);
        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("header nav a[href='/" + lang + "/themes/']"));
        Assert.NotNull(document.QuerySelector("footer"));
    }

    [Fact]
    public void Xref_links_resolve_to_the_page_of_that_id_in_the_same_language()
    {
        var danish = fixture.Document("/da/guidance/listen-first/");
        var english = fixture.Document("/en/guidance/listen-first/");
        Assert.NotNull(danish.QuerySelector(".prose a[href='/da/findings/heard/']"));
        Assert.NotNull(danish.QuerySelector(".prose a[href='/da/findings/trust-grows/#hvad-studiet-fandt']"));
        Assert.NotNull(english.QuerySelector(".prose a[href='/en/findings/trust-grows/#what-the-study-found']"));
        Assert.NotNull(fixture.Document("/da/findings/network-helps/").QuerySelector(".prose a[href='/da/glossary/#samordner']"));
    }

    [Fact]
    public void The_root_page_offers_every_language_as_a_plain_link()
    {
        var root = fixture.Document("/");
        var links = root.QuerySelectorAll(".languages a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"))).ToList();
        Assert.Equal([("da", "/da/"), ("en", "/en/")], links);
    }

    [Fact]
    public void A_page_with_a_localised_slug_is_published_under_it_and_linked_from_its_translation()
    {
        Assert.True(File.Exists(fixture.FileOf("/da/om/")));
        Assert.False(File.Exists(fixture.FileOf("/da/about/")));
        var switchLink = fixture.Document("/en/about/").QuerySelector(".language-switch a[hreflang='da']");
        Assert.Equal("/da/om/", switchLink?.GetAttribute("href"));
    }
}
