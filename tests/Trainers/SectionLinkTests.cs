using AngleSharp.Dom;
using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>Every section, finding and recommendation has a lasting address a trainer can copy.</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class SectionLinkTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("/da/findings/heard/", "Link til dette afsnit")]
    [InlineData("/en/guidance/listen-first/", "Link to this section")]
    [InlineData("/en/about/", "Link to this section")]
    [InlineData("/da/courses/first-steps/", "Link til dette afsnit")]
    public void Every_section_heading_in_a_page_body_has_a_link_to_itself_named_in_the_page_language(string url, string label)
    {
        var headings = fixture.Document(url).QuerySelectorAll(".prose h2, .prose h3");
        Assert.NotEmpty(headings);
        foreach (var heading in headings)
        {
            Assert.False(string.IsNullOrEmpty(heading.Id), $"{url}: '{heading.TextContent}' has no id");
            var link = LinkBeside(heading);
            Assert.Equal("#" + heading.Id, link.GetAttribute("href"));
            Assert.Equal($"{label}: {heading.TextContent}", link.GetAttribute("aria-label"));
            Assert.Equal("#", link.TextContent);
        }
    }

    [Theory]
    [InlineData("/en/studies/study-a/", "study-design")]
    [InlineData("/en/studies/study-a/", "theme-tillid")]
    [InlineData("/da/themes/tillid/", "study-study-a")]
    [InlineData("/en/findings/heard/", "finding-guidance")]
    [InlineData("/en/guidance/listen-first/", "guidance-findings")]
    public void Sections_and_lists_of_findings_in_layouts_have_an_anchor_and_a_link_to_it(string url, string id)
    {
        var heading = fixture.Document(url).GetElementById(id);
        Assert.NotNull(heading);
        Assert.Equal("#" + id, LinkBeside(heading!).GetAttribute("href"));
    }

    [Theory]
    [InlineData("/da/findings/heard/", "Link til dette fund")]
    [InlineData("/en/findings/heard/", "Link to this finding")]
    [InlineData("/da/guidance/listen-first/", "Link til denne anbefaling")]
    [InlineData("/en/guidance/listen-first/", "Link to this recommendation")]
    public void A_finding_or_recommendation_offers_its_own_address_as_a_link(string url, string text)
    {
        var link = fixture.Document(url).QuerySelector("header a.page-link");
        Assert.Equal(url, link?.GetAttribute("href"));
        Assert.Equal(text, link?.TextContent);
    }

    [Fact]
    public void A_finding_listed_under_two_themes_on_one_page_leaves_every_id_on_every_page_unique()
    {
        var study = fixture.Document("/en/studies/study-a/");
        Assert.Equal(2, study.QuerySelectorAll("a.card-title[href='/en/findings/trust-grows/']").Length);
        var duplicates = fixture.HtmlFiles
            .SelectMany(file => fixture.Document(fixture.UrlOf(file)).QuerySelectorAll("[id]")
                .GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"{fixture.UrlOf(file)}: #{g.Key}"))
            .ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Copying_is_done_by_the_site_script_with_a_polite_status_message_in_the_page_language()
    {
        var page = fixture.Document("/da/findings/heard/");
        var status = page.QuerySelector(".copy-status");
        Assert.Equal("status", status?.GetAttribute("role"));
        Assert.Equal("Linket er kopieret.", status?.GetAttribute("data-copied"));
        Assert.NotNull(page.QuerySelector("script[src='/assets/copy-link.js']"));
        Assert.True(File.Exists(Path.Combine(fixture.Output, "assets", "copy-link.js")));
        // The Content-Security-Policy allows no inline script: every script is a file, or JSON-LD data.
        Assert.All(fixture.HtmlFiles.SelectMany(f => fixture.Document(fixture.UrlOf(f)).QuerySelectorAll("script")),
            script => Assert.True(script.HasAttribute("src") || script.GetAttribute("type") == "application/ld+json", script.OuterHtml));
    }

    private static IElement LinkBeside(IElement heading)
    {
        Assert.Equal("anchored", heading.ParentElement?.ClassName);
        return heading.ParentElement!.QuerySelector(":scope > a.heading-link") ?? throw new Xunit.Sdk.XunitException($"no link beside #{heading.Id}");
    }
}
