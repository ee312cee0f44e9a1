using Guidance.Modules.Metadata;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>What an editor does in the browser editor's form (Decap CMS), shared by the local and the production editor's tests.</summary>
public static class DecapForm
{
    /// <summary>A field by its label, in the Danish (0) or English (1) half of the form.</summary>
    public static ILocator Field(IPage page, string label, int pane = 0) => page.GetByLabel(label, new() { Exact = true }).Nth(pane);

    /// <summary>A choice in a select or a search among other pages: type, then pick the option the editor sees.</summary>
    public static async Task Choose(IPage page, string label, string typed, string option)
    {
        await Field(page, label).ClickAsync();
        await page.Keyboard.TypeAsync(typed);
        await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).ClickAsync();
    }

    /// <summary>Replaces what a field holds, as an editor does: select all, type.</summary>
    public static async Task Replace(ILocator field, string text)
    {
        await field.ClickAsync();
        await field.PressAsync("Control+A");
        await field.PressSequentiallyAsync(text);
        await Expect(field).ToHaveValueAsync(text);
    }

    /// <summary>Types a page's body into the Danish (0) or English (1) Markdown editor.</summary>
    public static async Task Body(IPage page, int pane, string text)
    {
        var editor = page.Locator("[aria-label='markdown field']").Nth(pane).Locator("[contenteditable=true], textarea").First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>A screenshot into tests/artifacts/, where the editor's guides in docs/images/ take theirs from.</summary>
    public static async Task Shot(IPage page, string name)
    {
        var folder = Path.Combine(Repo.Root, "tests", "artifacts");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    }

    /// <summary>A study's Danish title, as the form's search among studies shows it.</summary>
    public static string StudyTitle(TempSite site, string id) =>
        ((IReadOnlyDictionary<string, object?>)YamlData.ReadMapping(site.Read($"input/studies/{id}.yml"), id).Values["title"]!)["da"] as string ?? "";

    /// <summary>A page's title from its front matter.</summary>
    public static string PageTitle(TempSite site, string file) =>
        site.Read(file).Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim().Trim('"');
}
