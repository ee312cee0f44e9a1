using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// What the pages tell the search index (read from the built HTML, without running Pagefind): which part of a
/// page is indexed, the filters and metadata it carries, the search box on every page and the search page.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class SearchMarkupTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("/da/findings/heard/")]
    [InlineData("/en/themes/tillid/")]
    [InlineData("/da/studies/study-a/")]
    [InlineData("/en/guidance/listen-first/")]
    [InlineData("/da/om/")]
    [InlineData("/en/glossary/")]
    public void Only_the_main_content_of_a_content_page_is_indexed(string url)
    {
        var document = fixture.Document(url);
        var body = Assert.Single(document.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Equal("main", body.LocalName);
        foreach (var part in document.QuerySelectorAll("main .breadcrumbs, main .backlinks, main .toc, main .card"))
            Assert.Equal("all", part.GetAttribute("data-pagefind-ignore"));
        Assert.Null(document.QuerySelector(".site-header [data-pagefind-body], .site-footer [data-pagefind-body]"));
    }

    [Theory]
    [InlineData("/da/")]
    [InlineData("/en/findings/")]
    [InlineData("/da/themes/")]
    [InlineData("/da/search/")]
    [InlineData("/")]
    public void Lists_the_home_page_and_the_search_page_are_left_out_of_the_index(string url) =>
        Assert.Null(fixture.Document(url).QuerySelector("[data-pagefind-body]"));

    [Fact]
    public void A_finding_carries_its_filters_and_the_metadata_for_the_result_list()
    {
        var document = fixture.Document("/da/findings/network-helps/");
        var filters = document.QuerySelectorAll("[data-pagefind-filter]").Select(e => (e.GetAttribute("data-pagefind-filter"), e.TextContent)).ToList();
        Assert.Equal([
            ("theme", "Netværk"), ("theme", "Tillid"), ("perspective", "Netværket"), ("evidence", "Casestudie"), ("basis", "Baggrund og beskrivelse, ikke et resultat"),
            ("study", "Studie B om netværk"), ("country", "Norge"),
        ], filters);
        var meta = document.QuerySelectorAll("[data-pagefind-meta]").ToDictionary(e => e.GetAttribute("data-pagefind-meta")!, e => e.TextContent);
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "Fund", ["evidence"] = "Casestudie", ["study"] = "Studie B om netværk" }, meta);
        // Kept for the index only: hidden from readers, and its words are not searched.
        var holder = document.QuerySelector("[data-pagefind-filter]")!.ParentElement!;
        Assert.True(holder.HasAttribute("hidden"));
        Assert.True(holder.HasAttribute("data-pagefind-ignore"));
    }

    [Theory]
    [InlineData("/da/findings/heard/", "da")]
    [InlineData("/en/", "en")]
    [InlineData("/en/themes/", "en")]
    [InlineData("/da/glossary/", "da")]
    public void Every_page_has_a_search_box_that_submits_to_the_search_page_of_its_language(string url, string lang)
    {
        var form = fixture.Document(url).QuerySelector(".site-header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal($"/{lang}/search/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]");
        Assert.NotNull(input);
        Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public void The_search_page_offers_the_filters_with_the_values_the_pages_carry()
    {
        var page = fixture.Document("/da/search/");
        Assert.Null(page.QuerySelector(".site-header form[role=search]")); // its own form is the search box here
        var form = page.QuerySelector("main form.search-form")!;
        Assert.Equal("/da/search/", form.GetAttribute("action"));
        Assert.Equal("/pagefind/pagefind.js", form.GetAttribute("data-pagefind"));
        string[] Options(string name) => [.. form.QuerySelectorAll($"select[name={name}] option").Skip(1).Select(o => o.TextContent)];
        Assert.Equal(["At blive hørt", "Netværk", "Tillid"], Options("theme"));
        Assert.Equal(["Familien", "Netværket"], Options("perspective"));
        Assert.Equal(["Casestudie", "Kvalitativt studie"], Options("evidence"));
        Assert.Equal(["Studie A om inddragelse", "Studie B om netværk"], Options("study"));
        Assert.Equal(["Danmark", "Norge"], Options("country"));
        Assert.Equal("/assets/search.js", page.QuerySelector("script[src$='search.js']")?.GetAttribute("src"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])")); // the policy allows no inline script
    }

    [Fact]
    public void A_build_with_no_search_writes_no_index()
    {
        Assert.False(Directory.Exists(Path.Combine(fixture.Output, "pagefind")));
        Assert.DoesNotContain("search index", fixture.Build.Stdout);
    }
}
