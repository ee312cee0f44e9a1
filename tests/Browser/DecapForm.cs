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

    /// <summary>Fills a new finding of VIVE's study in both languages, every field a finding asks for, as an editor does.</summary>
    public static async Task FillNewFindingAsync(IPage page, TempSite site)
    {
        await Field(page, "Id").FillAsync("tillid-tager-tid");
        await Field(page, "Titel").FillAsync("Tillid tager tid at opbygge");
        await Field(page, "Titel", pane: 1).FillAsync("Trust takes time to build");
        await Choose(page, "Studie", "vive-2023", StudyTitle(site, "vive-2023"));
        await Choose(page, "Temaer", "tillid", PageTitle(site, "input/themes/tillid.da.md"));
        await Choose(page, "Perspektiv", "Famil", "Familien");
        await Choose(page, "Evidens", "Kvalitativt", "Kvalitativt studie");
        await Choose(page, "Grundlag", "resultat", "Studiets resultat");
        await Choose(page, "Niveau", "vurderes", "Kan ikke vurderes ud fra resuméet");
        // Lines of the editor's text that look like keys, "Forbehold:" on its own and "note: null", are words to keep.
        await Field(page, "Begrundelse").FillAsync("Resuméet siger ikke, hvor mange studier der bærer fundet.\nForbehold:\nnote: null\nDet er ét studie.");
        await Field(page, "Begrundelse", pane: 1).FillAsync("The summary does not say how many studies support the finding.");
        await Body(page, 0, "## Hvad studiet fandt\n\nForældre fortæller, at tillid kommer efter flere møder.\n\n## Hvad det kan betyde for praksis\n\nGiv det tid.");
        await Body(page, 1, "## What the study found\n\nParents say that trust comes after several meetings.\n\n## What it can mean for practice\n\nGive it time.");
    }

    /// <summary>
    /// The finding <see cref="FillNewFindingAsync"/> made, open in the form: once both halves show its study by title (the
    /// moment the relation fields report what they loaded), the toolbar says the changes are saved, not that some are unsaved.
    /// </summary>
    public static async Task ExpectNoUnsavedChangesAsync(IPage page, TempSite site)
    {
        await Expect(page.GetByText(StudyTitle(site, "vive-2023"), new() { Exact = true })).ToHaveCountAsync(2);
        await Expect(page.GetByText("Ændringer gemt", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByText("Ugemte ændringer", new() { Exact = true })).ToHaveCountAsync(0);
    }

    /// <summary>
    /// The two files of the finding <see cref="FillNewFindingAsync"/> made, as the editor wrote them: no key left empty
    /// (<c>key: null</c>), and what the editor filled in written in both.
    /// </summary>
    public static void AssertNewFindingWrittenWithoutEmptyKeys(string da, string en)
    {
        foreach (var file in new[] { da, en })
        {
            Assert.DoesNotMatch(@"(?m):\s*null\s*$", file.Replace("    note: null\n", "")); // but the line of the editor's text
            Assert.Contains("id: tillid-tager-tid", file);
            Assert.Contains("study: vive-2023", file);
            Assert.Contains("perspective: family", file);
            Assert.Contains("  level: not-judged", file);
        }
        Assert.Contains("  reason: |-\n    Resuméet siger ikke, hvor mange studier der bærer fundet.\n    Forbehold:\n    note: null\n    Det er ét studie.\n", da.ReplaceLineEndings("\n"));
        Assert.Contains("  reason: The summary does not say how many studies support the finding.", en);
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
