using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>Courses: a page per language listing its findings and recommendations, and a handout with their full text.</summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class CourseTests(BuiltFixture fixture)
{
    [Theory]
    [InlineData("da", "Første skridt i inddragelse", "Før kurset")]
    [InlineData("en", "First steps in involvement", "Before the course")]
    public void A_course_page_has_its_introduction_and_its_items_in_the_order_given(string lang, string title, string firstSection)
    {
        var page = fixture.Document($"/{lang}/courses/first-steps/");
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(firstSection, page.QuerySelector(".prose h2")?.TextContent);
        var items = page.QuerySelectorAll(".course-items > li");
        Assert.Equal(["item-listen-first", "item-heard", "item-trust-grows"], items.Select(i => i.Id));
        Assert.Equal([$"/{lang}/guidance/listen-first/", $"/{lang}/findings/heard/", $"/{lang}/findings/trust-grows/"],
            items.Select(i => i.QuerySelector("a.card-title")?.GetAttribute("href")));
        Assert.Equal($"/{lang}/courses/first-steps/handout/", page.QuerySelector(".handout-link a")?.GetAttribute("href"));
    }

    [Fact]
    public void A_handout_holds_each_items_title_evidence_label_and_full_text_one_after_another()
    {
        var page = fixture.Document("/en/courses/first-steps/handout/");
        var items = page.QuerySelectorAll("article.handout-item");
        Assert.Equal(["Consider listening before you explain", "Parents want to be heard", "Trust grows step by step"],
            items.Select(i => i.QuerySelector("h2")?.TextContent));

        var finding = items[1];
        Assert.Equal("Qualitative study", finding.QuerySelector(".facts .evidence")?.TextContent);
        Assert.Contains("12 parents.", finding.QuerySelector(".facts")?.TextContent);
        Assert.Equal(["What the study found", "What it can mean for practice"], finding.QuerySelectorAll(".prose h3").Select(h => h.TextContent));
        Assert.Contains("Parents feel involved when they are heard.", finding.QuerySelector(".prose")?.TextContent);
        Assert.Equal("https://fixture.example.org/en/findings/heard/", finding.QuerySelector(".item-url a")?.GetAttribute("href"));

        var recommendation = items[0];
        Assert.Equal(["Parents want to be heard Qualitative study", "Trust grows step by step Qualitative study"],
            recommendation.QuerySelectorAll(".facts li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Ask open questions.", recommendation.QuerySelector(".prose")?.TextContent);
    }

    [Fact]
    public void Links_in_a_handout_are_absolute_so_they_still_work_printed_or_saved_as_pdf()
    {
        var page = fixture.Document("/en/courses/first-steps/handout/");
        Assert.Equal("https://fixture.example.org/en/findings/trust-grows/#what-the-study-found",
            page.QuerySelector("#item-listen-first .prose a[href*='trust-grows']")?.GetAttribute("href"));
        Assert.Equal("https://fixture.example.org/en/guidance/listen-first/", page.QuerySelector(".page-header + .prose a")?.GetAttribute("href"));
        Assert.Contains("https://fixture.example.org/en/courses/first-steps/", page.QuerySelector(".print-only")?.TextContent);
    }

    [Fact]
    public void The_handout_and_course_pages_are_translations_of_each_other_and_reachable_from_home_and_the_course_index()
    {
        var handout = fixture.Document("/da/courses/first-steps/handout/");
        Assert.Equal("/en/courses/first-steps/handout/", handout.QuerySelector(".language-switch a[hreflang='en']")?.GetAttribute("href"));
        Assert.Equal(["/da/", "/da/courses/", "/da/courses/first-steps/"], handout.QuerySelectorAll(".breadcrumbs a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(fixture.Document("/en/courses/").QuerySelector(".tiles a[href='/en/courses/first-steps/']"));
        Assert.NotNull(fixture.Document("/en/").QuerySelector("#home-courses ~ ul a[href='/en/courses/first-steps/']"));
    }

    [Fact]
    public void Print_styles_hide_navigation_print_link_addresses_and_start_each_handout_item_on_a_new_page()
    {
        var css = File.ReadAllText(Path.Combine(fixture.Output, "assets", "site.css"));
        var print = css[css.IndexOf("@media print {", StringComparison.Ordinal)..];
        Assert.Matches(@"\.site-header,[^{]*\.heading-link[^{]*\{ display: none !important; \}", print);
        Assert.Contains("content: \" (\" attr(href) \")\"", print);
        Assert.Matches(@"\.handout-item \{ break-before: page;", print);
    }
}
