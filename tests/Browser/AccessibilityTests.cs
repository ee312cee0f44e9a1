using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Guidance.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>axe-core on every page type in both languages, at WCAG 2.1 AA: no violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    [Theory]
    [InlineData("home", "/da/")]
    [InlineData("home", "/en/")]
    [InlineData("theme", "/da/themes/tillid/")]
    [InlineData("theme", "/en/themes/tillid/")]
    [InlineData("finding", "/da/findings/heard/")]
    [InlineData("finding", "/en/findings/heard/")]
    [InlineData("study", "/da/studies/study-a/")]
    [InlineData("study", "/en/studies/study-b/")]
    [InlineData("recommendation", "/da/guidance/listen-first/")]
    [InlineData("recommendation", "/en/guidance/listen-first/")]
    [InlineData("page", "/da/om/")]
    [InlineData("page", "/en/about/")]
    [InlineData("glossary", "/da/glossary/")]
    [InlineData("glossary", "/en/glossary/")]
    [InlineData("themes-index", "/da/themes/")]
    [InlineData("themes-index", "/en/themes/")]
    [InlineData("findings-index", "/da/findings/")]
    [InlineData("findings-index", "/en/findings/")]
    [InlineData("studies-index", "/da/studies/")]
    [InlineData("studies-index", "/en/studies/")]
    [InlineData("guidance-index", "/da/guidance/")]
    [InlineData("guidance-index", "/en/guidance/")]
    [InlineData("evidence-map", "/da/evidence-map/")]
    [InlineData("evidence-map", "/en/evidence-map/")]
    [InlineData("search", "/da/search/?q=inddrage")]
    [InlineData("search", "/en/search/?q=involving")]
    public async Task Page_has_no_wcag_21_aa_violations(string kind, string url)
    {
        await using var browser = await fixture.OpenAsync(url);
        if (kind == "search") await Expect(browser.Page.Locator(".search-results li").First).ToBeVisibleAsync(); // check the results too
        await AssertNoViolations(browser, url);
    }

    [Fact]
    public async Task The_root_page_has_no_wcag_21_aa_violations()
    {
        // A browser asking for neither language stays on the root page instead of being sent on.
        await using var browser = await fixture.OpenAsync("/", locale: "fr-FR");
        await Expect(browser.Page.Locator("html")).ToHaveAttributeAsync("lang", "da");
        await Expect(browser.Page.Locator(".languages a")).ToHaveCountAsync(2);
        await AssertNoViolations(browser, "/");
    }

    private static async Task AssertNoViolations(BrowserPage browser, string url)
    {
        var result = await browser.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => $"{n.Target} {n.Html}"))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {url}:\n{report}");
        Assert.True(result.Passes.Length > 0, "axe ran no checks at all");
        browser.AssertNoErrors();
    }
}
