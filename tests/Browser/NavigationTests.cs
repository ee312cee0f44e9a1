using System.Text.RegularExpressions;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>Moving around the site as a reader does: between languages, and from a theme to its evidence and back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("/da/findings/heard/", "English", "/en/findings/heard/", "en", "Parents want to be heard")]
    [InlineData("/en/about/", "Dansk", "/da/om/", "da", "Om fixturen")]
    [InlineData("/da/search/", "English", "/en/search/", "en", "Search")]
    public async Task The_language_switch_lands_on_the_translated_page(string from, string language, string to, string lang, string heading)
    {
        await using var browser = await fixture.OpenAsync(from);
        var page = browser.Page;
        await page.GetByRole(AriaRole.Navigation, new() { Name = lang == "en" ? "Sprog" : "Language" })
            .GetByRole(AriaRole.Link, new() { Name = language }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(to) + "$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task A_reader_follows_a_theme_to_a_finding_to_its_study_and_back()
    {
        await using var browser = await fixture.OpenAsync("/da/themes/hoert/");
        var page = browser.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "Forældre vil høres" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/da/findings/heard/$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Forældre vil høres");

        await page.Locator(".facts").GetByRole(AriaRole.Link, new() { Name = "Studie A om inddragelse" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/da/studies/study-a/$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Studie A om inddragelse");

        // The study lists the finding, which leads back to it; the browser's back button returns to the study.
        await page.Locator("section[aria-labelledby=study-findings]").GetByRole(AriaRole.Link, new() { Name = "Forældre vil høres" }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/da/findings/heard/$"));
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/da/studies/study-a/$"));
        await page.GoBackAsync();
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/da/themes/hoert/$"));
        browser.AssertNoErrors();
    }
}
