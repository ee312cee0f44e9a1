using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>
/// A trainer's pack, kept in the browser: "Add to my pack" on a finding and a recommendation, the pack page ordering it
/// from the keyboard, keeping it over a reload, rebuilding it from a shared link in another browser, printing it with a
/// reference list and downloading the references of its studies.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PackTests(BrowserFixture fixture)
{
    // The fixture: the finding 'network-helps' rests on study B (Fixture Institute, Esbjerg, no year, no authors); the
    // recommendation 'listen-first' on the findings 'heard' and 'trust-grows', both of study A (Hansen & Berg, 2024).
    private const string Finding = "Netværket kan bære ansvar", Recommendation = "Overvej at lytte, før du forklarer";

    /// <summary>Adds the finding, then the recommendation, from their pages, and opens the pack page.</summary>
    private static async Task BuildPackAsync(IPage page)
    {
        await page.GotoAsync("/da/findings/network-helps/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj til min pakke" }).ClickAsync();
        await Expect(page.Locator(".pack-control .pack-status")).ToHaveTextAsync("Tilføjet til din pakke.");
        await Expect(page.Locator(".pack-toggle")).ToHaveTextAsync("Fjern fra min pakke");
        await page.GotoAsync("/da/guidance/listen-first/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj til min pakke" }).ClickAsync();
        await Expect(page.Locator(".pack-toggle")).ToHaveTextAsync("Fjern fra min pakke");
        await page.GetByRole(AriaRole.Link, new() { Name = "Se min pakke" }).ClickAsync();
        await Expect(page.Locator(".pack-item")).ToHaveCountAsync(2);
    }

    private static ILocator Titles(IPage page) => page.Locator(".pack-item-title");

    [Fact]
    public async Task A_pack_built_from_two_pages_is_ordered_from_the_keyboard_and_kept_over_a_reload()
    {
        await using var browser = await fixture.OpenAsync("/da/");
        var page = browser.Page;
        await BuildPackAsync(page);
        await Expect(Titles(page)).ToHaveTextAsync([Finding, Recommendation]);
        // Each item names the study it rests on, with authors (or the organisation) and year.
        await Expect(page.Locator(".pack-item-source").Nth(0)).ToHaveTextAsync("Studie: Studie B om netværk – Fixture Institute (n.d.)");
        await Expect(page.Locator(".pack-item-source").Nth(1)).ToHaveTextAsync("Bygger på: Studie A om inddragelse – Hansen, M. L., & Berg, O. (2024)");

        await page.GetByLabel("Pakkens titel").FillAsync("Første møde med forældre");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Første møde med forældre");

        // From the keyboard: the recommendation moves up; the keyboard's place stays on the moved item.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Flyt op: {Recommendation}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(Titles(page)).ToHaveTextAsync([Recommendation, Finding]);
        await Expect(page.Locator(".pack-status")).ToHaveTextAsync($"{Recommendation} er nu nummer 1 af 2.");
        Assert.Equal($"Flyt ned: {Recommendation}", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-label')"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Flyt op: {Recommendation}" })).ToBeDisabledAsync();

        await page.ReloadAsync();
        await Expect(Titles(page)).ToHaveTextAsync([Recommendation, Finding]);
        await Expect(page.GetByLabel("Pakkens titel")).ToHaveValueAsync("Første møde med forældre");

        // The finding's page knows it is in the pack; removing it there leaves the recommendation.
        await page.GotoAsync("/da/findings/network-helps/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Fjern fra min pakke" }).ClickAsync();
        await page.GotoAsync("/da/pack/");
        await Expect(Titles(page)).ToHaveTextAsync([Recommendation]);
        // And removing on the pack page empties it.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Fjern: {Recommendation}" }).ClickAsync();
        await Expect(page.Locator(".pack-item")).ToHaveCountAsync(0);
        await Expect(page.Locator(".pack-empty")).ToBeVisibleAsync();
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task The_shared_link_rebuilds_the_same_pack_in_a_fresh_browser()
    {
        string share;
        await using (var trainer = await fixture.OpenAsync("/da/"))
        {
            await BuildPackAsync(trainer.Page);
            await trainer.Page.GetByLabel("Pakkens titel").FillAsync("Netværk & lytning");
            await trainer.Page.GetByRole(AriaRole.Button, new() { Name = $"Flyt ned: {Finding}" }).ClickAsync();
            share = await trainer.Page.GetByLabel("Link til pakken").InputValueAsync();
        }
        // The link is the pack page's published address (as its canonical link), the pack in its fragment.
        Assert.StartsWith("https://fixture.example.org/da/pack/#", share, StringComparison.Ordinal);

        await using var colleague = await fixture.OpenAsync("/da/"); // a new browser context: nothing stored
        var page = colleague.Page;
        var link = new Uri(share);
        await page.GotoAsync(link.PathAndQuery + link.Fragment);
        await Expect(Titles(page)).ToHaveTextAsync([Recommendation, Finding]);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Netværk & lytning");
        // Kept in this browser from now on: a reload (the fragment is gone from the address) shows it again.
        Assert.Equal("", new Uri(page.Url).Fragment);
        await page.ReloadAsync();
        await Expect(Titles(page)).ToHaveTextAsync([Recommendation, Finding]);
        colleague.AssertNoErrors();
    }

    [Fact]
    public async Task A_shared_link_replacing_a_pack_offers_to_bring_the_earlier_one_back()
    {
        await using var browser = await fixture.OpenAsync("/da/");
        var page = browser.Page;
        await BuildPackAsync(page);
        await page.GotoAsync("/da/pack/#t=Delt&i=heard");
        await Expect(Titles(page)).ToHaveTextAsync(["Forældre vil høres"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Hent min tidligere pakke igen" }).ClickAsync();
        await Expect(Titles(page)).ToHaveTextAsync([Finding, Recommendation]);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task The_printed_pack_shows_each_item_with_its_study_and_a_reference_list_and_no_controls()
    {
        await using var browser = await fixture.OpenAsync("/da/");
        var page = browser.Page;
        await BuildPackAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Expect(page.Locator(".pack-item-title").First).ToBeVisibleAsync();
        await Expect(page.Locator(".pack-item .lead").First).ToBeVisibleAsync();
        await Expect(page.Locator(".pack-item-source").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referencer" })).ToBeVisibleAsync();
        // The reference list in APA order (by first author or organisation), each study once.
        await Expect(page.Locator(".pack-references li")).ToHaveTextAsync([
            "Fixture Institute. (n.d.). Studie B om netværk.",
            "Hansen, M. L., & Berg, O. (2024). Study A on involvement. Journal of Fixtures, 3(2), 10–20. https://doi.org/10.0000/fixture.a",
        ]);
        foreach (var screenOnly in new[] { "button", "input", ".pack-actions", ".site-header", "nav" })
            await Expect(page.Locator(screenOnly).And(page.Locator(":visible"))).ToHaveCountAsync(0);
        // Paper gets each item's published address.
        var after = await page.Locator(".pack-item-title a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal("\" (https://fixture.example.org/da/findings/network-helps/)\"", after);
        browser.AssertNoErrors();
    }

    [Theory]
    [InlineData("Hent referencer (RIS)", ".ris")]
    [InlineData("Hent referencer (BibTeX)", ".bib")]
    public async Task The_references_download_holds_every_study_of_the_pack(string button, string extension)
    {
        await using var browser = await fixture.OpenAsync("/da/");
        var page = browser.Page;
        await BuildPackAsync(page);
        await page.GetByLabel("Pakkens titel").FillAsync("Første møde");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        Assert.Equal("foerste-moede" + extension, download.SuggestedFilename);
        var text = await File.ReadAllTextAsync(await download.PathAsync());
        // The same records as each study's own citation file.
        foreach (var study in new[] { "study-a", "study-b" })
        {
            var own = File.ReadAllText(Path.Combine(fixture.Site.Output, "da", "studies", study, study + extension)); // the file named after the study
            Assert.Contains(own.TrimEnd(), text, StringComparison.Ordinal);
        }
        Assert.Equal(2, extension == ".ris" ? text.Split("ER  - ").Length - 1 : text.Split("\n@").Length);
        browser.AssertNoErrors();
    }

    [Fact]
    public async Task Offline_a_pack_opens_from_a_shared_link_and_its_references_download()
    {
        await using var browser = await fixture.OpenAsync("/da/");
        var page = browser.Page;
        await OfflineTests.WaitForTheOfflineCopy(page);

        await browser.Context.SetOfflineAsync(true);
        await page.GotoAsync("/da/pack/#t=Hjemmebes%C3%B8g&i=network-helps,listen-first");
        await Expect(Titles(page)).ToHaveTextAsync([Finding, Recommendation]);
        await Expect(page.Locator(".pack-references li")).ToHaveCountAsync(2);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Hent referencer (RIS)" }).ClickAsync());
        Assert.Equal("hjemmebesoeg.ris", download.SuggestedFilename);
        Assert.Equal(2, (await File.ReadAllTextAsync(await download.PathAsync())).Split("ER  - ").Length - 1);
        browser.AssertNoErrors();
    }

    [Theory]
    [InlineData("da", ColorScheme.Light)]
    [InlineData("en", ColorScheme.Dark)]
    public async Task A_pack_page_with_items_has_no_wcag_21_aa_violations(string lang, ColorScheme scheme)
    {
        await using var browser = await fixture.OpenAsync($"/{lang}/pack/#t=Pack&i=network-helps,listen-first,heard", colorScheme: scheme);
        await Expect(browser.Page.Locator(".pack-item")).ToHaveCountAsync(3);
        await AccessibilityTests.AssertNoViolations(browser, $"/{lang}/pack/");
    }
}
