using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>
/// What a trainer gets on paper (print media, as Chromium prints): the text and its sources only, with the published
/// address after each link, and cards and facts kept whole across page breaks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/da/findings/heard/", "/da/studies/study-a/")]
    [InlineData("/en/guidance/listen-first/", "/en/findings/heard/")]
    [InlineData("/en/themes/tillid/", "/en/findings/trust-grows/")]
    [InlineData("/da/", "/da/themes/tillid/")]
    public async Task A_printed_page_has_no_navigation_search_or_buttons_and_writes_out_where_links_go(string url, string linked)
    {
        await using var browser = await fixture.OpenAsync(url, colorScheme: ColorScheme.Dark);
        var page = browser.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        foreach (var screenOnly in new[] { ".site-header", "nav", "[role=search]", "button", "input", ".site-footer", ".offline-notice", ".heading-link", ".page-actions" })
            await Expect(page.Locator(screenOnly).And(page.Locator(":visible"))).ToHaveCountAsync(0);

        // After a link in the text, its published address; a reader of the paper cannot follow "/da/…".
        var link = page.Locator($"main a[href='{linked}']").First;
        var after = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal($"\" (https://fixture.example.org{linked})\"", after);

        // Black on white, whatever the screen's scheme.
        Assert.Equal("rgb(0, 0, 0)", await page.Locator("h1").EvaluateAsync<string>("h => getComputedStyle(h).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        browser.AssertNoErrors();
    }

    [Theory]
    [InlineData("/en/courses/first-steps/", "Download the references of every study in the course for your reference manager:")]
    [InlineData("/da/studies/study-a/", "Hent referencen til dit referenceprogram, fx Zotero, EndNote eller Mendeley:")]
    public async Task Paper_does_not_announce_downloads_it_cannot_show(string url, string sentence)
    {
        await using var browser = await fixture.OpenAsync(url);
        var page = browser.Page;
        await Expect(page.GetByText(sentence)).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        // The download links are left off paper, so the sentence that leads into them goes with them.
        await Expect(page.Locator(".downloads").And(page.Locator(":visible"))).ToHaveCountAsync(0);
        await Expect(page.GetByText(sentence)).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("/da/findings/heard/", ".facts")]
    [InlineData("/da/findings/heard/", ".cards li")]
    [InlineData("/en/", ".tiles li")]
    public async Task A_page_break_never_cuts_a_card_or_the_facts(string url, string selector)
    {
        await using var browser = await fixture.OpenAsync(url);
        await browser.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var breaks = await browser.Page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside");
        Assert.Equal("avoid", breaks);
    }
}
