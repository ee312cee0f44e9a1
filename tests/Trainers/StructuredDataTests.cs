using System.Text.Json;
using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>schema.org JSON-LD: what a study, finding or recommendation is, and what it is based on.</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class StructuredDataTests(BuiltFixture fixture)
{
    private JsonElement JsonLd(string url)
    {
        var script = Assert.Single(fixture.Document(url).QuerySelectorAll("head script[type='application/ld+json']"));
        return JsonDocument.Parse(script.TextContent).RootElement;
    }

    [Fact]
    public void An_article_is_a_ScholarlyArticle_in_the_language_it_was_published_in_about_its_themes()
    {
        var study = JsonLd("/da/studies/study-a/");
        Assert.Equal("https://schema.org", study.GetProperty("@context").GetString());
        Assert.Equal("ScholarlyArticle", study.GetProperty("@type").GetString());
        Assert.Equal("Study A on involvement", study.GetProperty("name").GetString());
        Assert.Equal("en", study.GetProperty("inLanguage").GetString());
        Assert.Equal(["Hansen", "Berg"], study.GetProperty("author").EnumerateArray().Select(a => a.GetProperty("familyName").GetString()));
        Assert.Equal("2024-03-05", study.GetProperty("datePublished").GetString());
        Assert.Equal(["https://fixture.example.org/da/themes/hoert/", "https://fixture.example.org/da/themes/tillid/"],
            study.GetProperty("about").EnumerateArray().Select(t => t.GetProperty("url").GetString()));
        Assert.Equal("Journal of Fixtures", study.GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("isPartOf").GetProperty("name").GetString());
        Assert.Equal("https://doi.org/10.0000/fixture.a", study.GetProperty("sameAs")[0].GetString());
    }

    [Fact]
    public void A_report_is_a_Report_published_by_its_organisation_with_its_isbn()
    {
        var study = JsonLd("/en/studies/study-b/");
        Assert.Equal("Report", study.GetProperty("@type").GetString());
        Assert.Equal("nb", study.GetProperty("inLanguage").GetString());
        Assert.Equal("Fixture Institute", study.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("978-0-00-000000-0", study.GetProperty("identifier")[0].GetProperty("value").GetString());
        Assert.False(study.TryGetProperty("author", out _));
        Assert.False(study.TryGetProperty("datePublished", out _));
    }

    [Fact]
    public void A_finding_is_a_CreativeWork_in_the_page_language_based_on_its_study_page()
    {
        var finding = JsonLd("/en/findings/heard/");
        Assert.Equal("CreativeWork", finding.GetProperty("@type").GetString());
        Assert.Equal("en", finding.GetProperty("inLanguage").GetString());
        Assert.Equal("https://fixture.example.org/en/findings/heard/", finding.GetProperty("url").GetString());
        Assert.Equal("https://fixture.example.org/en/studies/study-a/", finding.GetProperty("isBasedOn").GetString());
    }

    [Fact]
    public void A_recommendation_is_a_CreativeWork_based_on_the_pages_of_its_findings()
    {
        var guidance = JsonLd("/da/guidance/listen-first/");
        Assert.Equal("CreativeWork", guidance.GetProperty("@type").GetString());
        Assert.Equal("da", guidance.GetProperty("inLanguage").GetString());
        Assert.Equal(["https://fixture.example.org/da/findings/heard/", "https://fixture.example.org/da/findings/trust-grows/"],
            guidance.GetProperty("isBasedOn").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public void Pages_without_structured_data_have_no_JSON_LD()
    {
        Assert.Empty(fixture.Document("/en/themes/tillid/").QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public void A_title_that_closes_the_script_element_stays_inside_the_JSON()
    {
        const string title = "Heard </script><script>alert(1)</script> & <!-- done";
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("title: \"Parents want to be heard\"", $"title: '{title}'"));
        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.ToString());

        var html = File.ReadAllText(Path.Combine(site.Output, "en", "findings", "heard", "index.html"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var scripts = page.QuerySelectorAll("script");
        // The JSON-LD, then the site's own script files only (the pack's, site.js, copy-link.js): no script was injected.
        Assert.Equal(["application/ld+json", null, null, null], scripts.Select(s => s.GetAttribute("type")));
        Assert.All(scripts.Skip(1), s => Assert.StartsWith("/assets/", s.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Equal(title, JsonDocument.Parse(scripts[0].TextContent).RootElement.GetProperty("name").GetString());
        Assert.Contains(@"Heard \u003C/script\u003E\u003Cscript\u003Ealert(1)\u003C/script\u003E \u0026 \u003C!-- done", html);
    }
}
