using System.Text.RegularExpressions;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>Search as a reader uses it: the box in the header, the search page, its filters, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Danish_search_from_the_header_finds_a_page_that_uses_another_form_of_the_word()
    {
        await using var browser = await fixture.OpenAsync("/da/");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Search).GetByLabel("Søg på siden").FillAsync("inddragelsen");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Søg" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/da/search/\\?q=inddragelsen$"));
        await Expect(page.Locator(".search-status")).ToContainTextAsync("resultater for »inddragelsen«");
        // The theme says only "inddrages": found through Danish stemming, not as a prefix of the query.
        var theme = Result(page, "/da/themes/netvaerk/");
        await Expect(theme).ToBeVisibleAsync();
        await Expect(theme.Locator("h2")).ToHaveTextAsync("Netværk");
        await Expect(theme.Locator(".excerpt mark")).ToHaveTextAsync(new Regex(@"^inddrages\W*$", RegexOptions.IgnoreCase));
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task English_search_finds_a_finding_by_another_form_of_the_word_with_its_evidence_label()
    {
        await using var browser = await fixture.OpenAsync("/en/");
        var page = browser.Page;
        await page.GetByLabel("Search the site").FillAsync("involving");
        await page.GetByLabel("Search the site").PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/en/search/\\?q=involving$"));
        var finding = Result(page, "/en/findings/heard/");
        await Expect(finding.Locator("h2")).ToHaveTextAsync("Parents want to be heard");
        await Expect(finding.Locator(".meta")).ToHaveTextAsync("Finding · Qualitative study · Study A on involvement");
        await Expect(finding.Locator(".meta .evidence")).ToHaveTextAsync("Qualitative study");
        // Every highlighted word is another form of the query ("involved", "involvement"), never the query itself.
        var marked = await finding.Locator(".excerpt mark").AllTextContentsAsync();
        Assert.NotEmpty(marked);
        Assert.All(marked, word => Assert.Matches(@"^(?i)involv(?!ing)\w*\W*$", word));
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task Each_language_searches_only_its_own_pages()
    {
        await using var danish = await fixture.OpenAsync("/da/search/?q=trust");
        await Expect(danish.Page.Locator(".search-status")).ToHaveTextAsync(new Regex("^Ingen resultater for »trust«"));
        await Expect(danish.Page.Locator(".search-results li")).ToHaveCountAsync(0);

        await using var english = await fixture.OpenAsync("/en/search/?q=trust");
        await Expect(Result(english.Page, "/en/themes/tillid/")).ToBeVisibleAsync();
        await Expect(english.Page.Locator(".search-results a[href^='/da/']")).ToHaveCountAsync(0);
        danish.AssertNoErrors();
        english.AssertNoErrors();
    }

    [Fact]
    public async Task A_theme_filter_narrows_the_results_to_pages_on_that_theme()
    {
        await using var browser = await fixture.OpenAsync("/da/search/?q=inddrage");
        var page = browser.Page;
        var status = page.Locator(".search-status");
        await Expect(status).ToContainTextAsync("resultater for »inddrage«");
        var before = await ResultUrls(page);
        Assert.Contains("/da/findings/heard/", before); // says "inddrages"
        Assert.Contains("/da/studies/study-a/", before); // says "inddragelse"

        await page.GetByLabel("Tema").SelectOptionAsync("Netværk");

        await Expect(status).ToHaveTextAsync("2 resultater for »inddrage«");
        Assert.Equal(["/da/findings/network-helps/", "/da/themes/netvaerk/"], (await ResultUrls(page)).Order(StringComparer.Ordinal));
        Assert.True(before.Count > 2, "without the filter there should be more results: " + string.Join(", ", before));
        await Expect(page).ToHaveURLAsync(new Regex("\\?q=inddrage&theme=Netv%C3%A6rk$"));
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task Filters_alone_list_every_page_they_match_and_come_back_from_the_url()
    {
        await using var browser = await fixture.OpenAsync("/en/search/?perspective=The+network");
        var page = browser.Page;
        await Expect(page.GetByLabel("Perspective")).ToHaveValueAsync("The network");
        await Expect(page.Locator(".search-status")).ToHaveTextAsync("Pages that match the filters: 1");
        Assert.Equal(["/en/findings/network-helps/"], await ResultUrls(page));
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task The_search_works_with_the_keyboard_alone()
    {
        await using var browser = await fixture.OpenAsync("/da/themes/tillid/");
        var page = browser.Page;
        var focused = await TabUntil(page, "#site-search-query");
        Assert.True(focused, "Tab should reach the search box in the header");
        await page.Keyboard.TypeAsync("tillid");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/da/search/\\?q=tillid$"));
        await Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();

        Assert.True(await TabUntil(page, ".search-results a"), "Tab should reach the first result after the form");
        var target = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(target) + "$"));
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task The_search_runs_under_the_sites_content_security_policy_which_the_browser_enforces()
    {
        await using var browser = await fixture.OpenAsync("/da/search/?q=tillid");
        var page = browser.Page;
        await Expect(page.Locator("meta[http-equiv='Content-Security-Policy']")).ToHaveAttributeAsync("content", new Regex("script-src 'self' 'wasm-unsafe-eval';"));
        await Expect(Result(page, "/da/themes/tillid/")).ToBeVisibleAsync();
        browser.AssertNoErrors();

        // The same policy refuses an inline script, and the console says so: the checks above would have seen it.
        var ran = await page.EvaluateAsync<bool>("() => { const s = document.createElement('script'); s.textContent = 'window.inlineRan = true'; document.head.append(s); return window.inlineRan === true; }");
        Assert.False(ran);
        Assert.Contains(browser.Errors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    private static ILocator Result(IPage page, string url) =>
        page.Locator(".search-results li").Filter(new() { Has = page.Locator($"h2 a[href='{url}']") });

    private static async Task<List<string>> ResultUrls(IPage page) =>
        [.. await page.Locator(".search-results h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")];

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, at most 40 times.</summary>
    private static async Task<bool> TabUntil(IPage page, string selector)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return true;
        }
        return false;
    }
}
