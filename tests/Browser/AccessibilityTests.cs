using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>axe-core on every page type in both languages, at WCAG 2.1 AA: no violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static readonly TheoryData<string, string> EveryKind = new()
    {
        { "home", "/da/" },
        { "home", "/en/" },
        { "theme", "/da/themes/tillid/" },
        { "theme", "/en/themes/tillid/" },
        { "finding", "/da/findings/heard/" },
        { "finding", "/en/findings/heard/" },
        { "study", "/da/studies/study-a/" },
        { "study", "/en/studies/study-b/" },
        { "recommendation", "/da/guidance/listen-first/" },
        { "recommendation", "/en/guidance/listen-first/" },
        { "page", "/da/om/" },
        { "page", "/en/about/" },
        { "glossary", "/da/glossary/" },
        { "glossary", "/en/glossary/" },
        { "themes-index", "/da/themes/" },
        { "themes-index", "/en/themes/" },
        { "findings-index", "/da/findings/" },
        { "findings-index", "/en/findings/" },
        { "studies-index", "/da/studies/" },
        { "studies-index", "/en/studies/" },
        { "guidance-index", "/da/guidance/" },
        { "guidance-index", "/en/guidance/" },
        { "evidence-map", "/da/evidence-map/" },
        { "evidence-map", "/en/evidence-map/" },
        { "changelog", "/da/changelog/" },
        { "changelog", "/en/changelog/" },
        { "search", "/da/search/?q=inddrage" },
        { "search", "/en/search/?q=involving" },
        { "pack", "/da/pack/" },
        { "pack", "/en/pack/" },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task Page_has_no_wcag_21_aa_violations(string kind, string url)
    {
        await using var browser = await fixture.OpenAsync(url);
        if (kind == "search") await Expect(browser.Page.Locator(".search-results li").First).ToBeVisibleAsync(); // check the results too
        if (kind == "pack") await Expect(browser.Page.Locator(".pack-empty")).ToBeVisibleAsync(); // drawn by its script
        await AssertNoViolations(browser, url);
    }

    [Theory]
    [MemberData(nameof(EveryKind))]
    public async Task Page_has_no_wcag_21_aa_violations_in_the_dark_scheme(string kind, string url)
    {
        await using var browser = await fixture.OpenAsync(url, colorScheme: ColorScheme.Dark);
        if (kind == "search") await Expect(browser.Page.Locator(".search-results li").First).ToBeVisibleAsync();
        if (kind == "pack") await Expect(browser.Page.Locator(".pack-empty")).ToBeVisibleAsync();
        // The dark scheme is in use: the page's background is dark, not the light scheme's white.
        Assert.Equal("rgb(18, 24, 32)", await browser.Page.EvaluateAsync<string>("getComputedStyle(document.documentElement).backgroundColor"));
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

    internal static async Task AssertNoViolations(BrowserPage browser, string url)
    {
        var result = await browser.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n  " + string.Join("\n  ", v.Nodes.Select(n => $"{n.Target} {n.Html}"))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {url}:\n{report}");
        Assert.True(result.Passes.Length > 0, "axe ran no checks at all");
        browser.AssertNoErrors();
    }
}
