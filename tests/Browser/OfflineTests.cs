using System.Text.RegularExpressions;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>
/// The offline copy as a practitioner on a home visit meets it: one page opened online, then no network; a page never
/// opened still opens, the search still finds, and the page says it is a saved copy.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfflineTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/da/", "/da/findings/network-helps/", "Netværket kan bære ansvar", "Søg på siden", "inddragelsen", "/da/themes/netvaerk/",
        "Du er offline. Du læser en gemt kopi af siden")]
    [InlineData("/en/", "/en/findings/network-helps/", "The network can share responsibility", "Search the site", "involving", "/en/findings/heard/",
        "You are offline. This is a saved copy of the page")]
    public async Task After_one_visit_online_a_page_never_opened_and_the_search_work_offline_and_say_so(
        string home, string unvisited, string title, string searchLabel, string query, string expected, string notice)
    {
        await using var browser = await fixture.OpenAsync(home);
        var page = browser.Page;
        await Expect(page.Locator(".offline-notice")).ToBeHiddenAsync();
        await WaitForTheOfflineCopy(page);

        await browser.Context.SetOfflineAsync(true);
        await page.GotoAsync(unvisited);
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".offline-notice")).ToBeVisibleAsync();
        await Expect(page.Locator(".offline-notice")).ToContainTextAsync(notice);

        await page.GetByRole(AriaRole.Search).GetByLabel(searchLabel).FillAsync(query);
        await page.GetByRole(AriaRole.Search).GetByLabel(searchLabel).PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex($"/search/\\?q={query}$"));
        await Expect(page.Locator($".search-results a[href='{expected}']")).ToBeVisibleAsync();
        await Expect(page.Locator(".offline-notice")).ToBeVisibleAsync();

        await browser.Context.SetOfflineAsync(false);
        await Expect(page.Locator(".offline-notice")).ToBeHiddenAsync(); // back online: the notice goes
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task Each_language_is_an_installable_app_with_its_own_start_page_and_icons()
    {
        await using var browser = await fixture.OpenAsync("/en/");
        var href = await browser.Page.Locator("link[rel=manifest]").GetAttributeAsync("href");
        Assert.Equal("/en/manifest.webmanifest", href);
        var response = await browser.Page.APIRequest.GetAsync(href!);
        Assert.True(response.Ok);
        var manifest = System.Text.Json.JsonDocument.Parse(await response.TextAsync()).RootElement;
        Assert.Equal("Fixture", manifest.GetProperty("name").GetString());
        Assert.Equal("/en/", manifest.GetProperty("start_url").GetString());
        Assert.Equal("/en/", manifest.GetProperty("scope").GetString());
        foreach (var icon in manifest.GetProperty("icons").EnumerateArray())
            Assert.True((await browser.Page.APIRequest.GetAsync(icon.GetProperty("src").GetString()!)).Ok, icon.GetProperty("src").GetString());
        browser.AssertNoErrors();
    }

    /// <summary>Until the page's language has a service worker that has kept its files and controls the page.</summary>
    internal static Task WaitForTheOfflineCopy(IPage page) => page.EvaluateAsync(@"async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
            await new Promise(resolve => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }");
}
