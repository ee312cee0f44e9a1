using Guidance.Tests.Support;

namespace Guidance.Tests.Browser;

/// <summary>The home page at a phone's and a desk's width, kept as artefacts for a person to look at (tests/artifacts/).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("phone", 390, 844)]
    [InlineData("desk", 1280, 900)]
    public async Task The_home_page_fits_the_width_and_is_saved_as_a_screenshot(string name, int width, int height)
    {
        await using var browser = await fixture.OpenAsync("/da/", width, height);
        var overflow = await browser.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the home page is {overflow} px wider than a {width} px screen");

        var folder = Path.Combine(Repo.Root, "tests", "artifacts");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"home-da-{name}-{width}.png");
        await browser.Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
        browser.AssertNoErrors();
    }
}
