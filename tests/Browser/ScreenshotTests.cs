using Guidance.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Tests.Browser;

/// <summary>
/// Pages at a phone's and a desk's width in both colour schemes, kept as artefacts for a person to look at
/// (tests/artifacts/), and the layout a reader gets: one column on a phone, facts and contents beside the text at a desk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    public static readonly TheoryData<string, string, int, int, ColorScheme> Shots = Every(
        [("home-da", "/da/"), ("finding-da", "/da/findings/heard/"), ("guidance-en", "/en/guidance/listen-first/"), ("search-en", "/en/search/?q=involving")]);

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task The_page_fits_the_width_and_is_saved_as_a_screenshot(string name, string url, int width, int height, ColorScheme scheme)
    {
        await using var browser = await fixture.OpenAsync(url, width, height, colorScheme: scheme);
        if (url.Contains("/search/")) await Microsoft.Playwright.Assertions.Expect(browser.Page.Locator(".search-results li").First).ToBeVisibleAsync();
        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} is {overflow} px wider than a {width} px screen");

        var folder = Path.Combine(Repo.Root, "tests", "artifacts");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{name}-{scheme.ToString().ToLowerInvariant()}-{width}.png");
        await browser.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
        browser.AssertNoErrors();
    }

    [Theory]
    [InlineData("/da/findings/heard/", ".page-header > .facts")]
    [InlineData("/en/guidance/listen-first/", "article > .toc")]
    public async Task At_a_desk_the_facts_and_contents_stand_beside_the_text_and_on_a_phone_above_it(string url, string aside)
    {
        await using var desk = await fixture.OpenAsync(url, 1280, 900);
        var (text, beside) = (await Box(desk.Page, ".prose"), await Box(desk.Page, aside));
        Assert.True(beside.X >= text.X + text.Width, $"at 1280 px {aside} starts at {beside.X} px, inside the text ({text.X}–{text.X + text.Width} px)");
        Assert.True(beside.Y < text.Y + text.Height, $"at 1280 px {aside} is below the text");

        await using var phone = await fixture.OpenAsync(url, 390, 844);
        (text, beside) = (await Box(phone.Page, ".prose"), await Box(phone.Page, aside));
        Assert.Equal(text.X, beside.X, 1.0);
        Assert.True(beside.Y + beside.Height <= text.Y, $"on a phone {aside} is not above the text");
    }

    private static async Task<LocatorBoundingBoxResult> Box(IPage page, string selector) =>
        await page.Locator(selector).First.BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"{selector} is not shown on {page.Url}");

    private static TheoryData<string, string, int, int, ColorScheme> Every((string Name, string Url)[] pages)
    {
        var data = new TheoryData<string, string, int, int, ColorScheme>();
        foreach (var (name, url) in pages)
            foreach (var (width, height) in new[] { (390, 844), (1280, 900) })
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                    data.Add(name, url, width, height, scheme);
        return data;
    }
}
