using System.Net;
using Guidance.Cli;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Guidance.Tests.Browser.DecapForm;

namespace Guidance.Tests.Browser;

/// <summary>
/// The editor's journey in the browser editor (Decap CMS at /admin/) with <c>guidance serve --edit</c>, on a copy of the
/// real content in a temporary folder: create a finding in both languages, edit a recommendation, and see a mistake
/// (a mistyped id, refused beside its field in Danish) and put it right. Screenshots go
/// to tests/artifacts/ (the editor's guide in docs/ uses a few of them).
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class EditorTests(EditorTests.Editing editing) : IClassFixture<EditorTests.Editing>
{
    /// <summary>How long a save and the rebuild it causes may take on a busy machine: a whole build with the search index.</summary>
    private static readonly float Rebuild = 240_000;

    /// <summary>The real content in a temporary folder, served by <c>serve --edit</c>, and one Chromium.</summary>
    public sealed class Editing() : ServedRealSite(edit: true);

    private TempSite Site => editing.Site;
    private Uri Address => editing.Server!.Address;

    [Fact]
    public async Task A_finding_made_in_both_languages_is_saved_as_two_files_passes_check_and_is_in_the_preview()
    {
        await using var editor = await OpenAsync("#/collections/findings/new");
        var page = editor.Page;
        await FillNewFindingAsync(page, Site);
        await Field(page, "Id").ScrollIntoViewIfNeededAsync();
        await Shot(page, "editor-new-finding");
        await PublishAsync(page);
        await Expect(page.GetByText("Gemt, og siden er bygget uden fejl.")).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Shot(page, "editor-saved");

        var da = Site.Read("input/findings/vive-2023/tillid-tager-tid.da.md");
        var en = Site.Read("input/findings/vive-2023/tillid-tager-tid.en.md");
        Assert.Contains("title: Tillid tager tid at opbygge", da);
        Assert.Contains("title: Trust takes time to build", en);
        foreach (var file in new[] { da, en })
        {
            Assert.Contains("id: tillid-tager-tid", file);
            Assert.Contains("study: vive-2023", file);
            Assert.Contains("- tillid", file);
        }
        AssertNewFindingWrittenWithoutEmptyKeys(da, en);
        Assert.DoesNotContain(editor.Errors, e => e.Contains("Content Security Policy"));
        var check = Site.Run("check");
        Assert.True(check.ExitCode == 0, check.ToString());
        // Opened again, the form has nothing unsaved.
        await page.ReloadAsync();
        await ExpectNoUnsavedChangesAsync(page, Site);
        using var http = new HttpClient { BaseAddress = Address };
        Assert.Contains("Tillid tager tid at opbygge", await http.GetStringAsync("/da/findings/tillid-tager-tid/"));
        Assert.Contains("Trust takes time to build", await http.GetStringAsync("/en/findings/tillid-tager-tid/"));
    }

    [Fact]
    public async Task An_existing_recommendation_edited_in_English_is_saved_and_the_preview_shows_it()
    {
        await using var editor = await OpenAsync("#/collections/guidance/entries/reach-out-to-fathers");
        var page = editor.Page;
        var title = Field(page, "Titel", pane: 1);
        await Expect(title).ToHaveValueAsync(PageTitle(Site, "input/guidance/reach-out-to-fathers.en.md"), new() { Timeout = Rebuild });
        await Replace(title, "Contact the child's father early and involve him");
        await PublishAsync(page);
        await Expect(page.GetByText("Gemt, og siden er bygget uden fejl.")).ToBeVisibleAsync(new() { Timeout = Rebuild });

        Assert.Contains("Contact the child's father early and involve him", Site.Read("input/guidance/reach-out-to-fathers.en.md"));
        Assert.Contains("{#hvorfor}", Site.Read("input/guidance/reach-out-to-fathers.da.md")); // the body's heading anchors survive the save
        using var http = new HttpClient { BaseAddress = Address };
        Assert.Contains("Contact the child&#39;s father early and involve him", WebUtility.HtmlDecode(await http.GetStringAsync("/en/guidance/reach-out-to-fathers/")).Replace("'", "&#39;"));
        var check = Site.Run("check");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task A_mistyped_id_is_refused_beside_its_field_in_Danish_and_once_put_right_the_page_is_saved_and_built()
    {
        await using var editor = await OpenAsync("#/collections/findings/new");
        var page = editor.Page;
        await Field(page, "Id").FillAsync("Fædre Og Tillid");
        await Field(page, "Titel").FillAsync("Fædre får tillid, når de bliver inviteret");
        await Field(page, "Titel", pane: 1).FillAsync("Fathers gain trust when they are invited");
        await Choose(page, "Studie", "vive-2023", StudyTitle(Site, "vive-2023"));
        await Choose(page, "Temaer", "faedre", PageTitle(Site, "input/themes/faedre.da.md"));
        await Choose(page, "Perspektiv", "Famil", "Familien");
        await Choose(page, "Evidens", "Kvalitativt", "Kvalitativt studie");
        await Choose(page, "Grundlag", "resultat", "Studiets resultat");
        await Choose(page, "Niveau", "vurderes", "Kan ikke vurderes ud fra resuméet");
        await Field(page, "Begrundelse").FillAsync("Flere studier peger samme vej.");
        await Field(page, "Begrundelse", pane: 1).FillAsync("Several studies point the same way.");
        await Body(page, 0, "## Hvad studiet fandt\n\nFædre får tillid, når de bliver inviteret med fra starten.\n\n## Hvad det kan betyde for praksis\n\nInvitér far fra starten.");
        await Body(page, 1, "## What the study found\n\nFathers gain trust when they are invited from the start.\n\n## What it can mean for practice\n\nInvite the father from the start.");
        await PublishAsync(page);

        // The id: refused by the form, with the site's words, and nothing is written.
        await Expect(page.GetByText("Brug kun små bogstaver, tal og bindestreger").First).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Field(page, "Id").ScrollIntoViewIfNeededAsync();
        await Shot(page, "editor-mistyped-id");
        Assert.Empty(Directory.EnumerateFiles(Site.Input, "faedre-og-tillid*", SearchOption.AllDirectories));

        // Put right, and saved: the page is built.
        await Replace(Field(page, "Id"), "faedre-og-tillid");
        await PublishAsync(page);
        await Expect(page.GetByText("Gemt, og siden er bygget uden fejl.")).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Expect(page.Locator(".guidance-cms-problem")).ToHaveCountAsync(0);
        var check = Site.Run("check");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task A_problem_the_build_finds_in_a_field_is_shown_beside_that_field_in_Danish_and_goes_when_put_right()
    {
        // Judging the confidence of the authors' view is allowed by the form (every level is a choice) and refused by the build.
        const string entry = "input/findings/villumsen-2025/engagement-and-emotions";
        await using var editor = await OpenAsync("#/collections/findings/entries/villumsen-2025/engagement-and-emotions");
        var page = editor.Page;
        await Expect(Field(page, "Titel")).ToHaveValueAsync(PageTitle(Site, entry + ".da.md"), new() { Timeout = Rebuild });
        await Choose(page, "Niveau", "Lav", "Lav");
        await PublishAsync(page);

        var confidence = FieldBox(page, "Sikkerhed");
        var mark = confidence.Locator(".guidance-cms-problem");
        await Expect(mark.First).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Expect(mark.Filter(new() { HasText = "sikkerhedsniveauet 'low' kræver alle GRADE-CERQual-komponenter" })).ToBeVisibleAsync();
        await Expect(mark.Filter(new() { HasText = "et fund med basis 'authors-view' skal have level: not-judged" })).ToBeVisibleAsync();
        await confidence.ScrollIntoViewIfNeededAsync();
        await Shot(page, "editor-problem-beside-field");
        // Only beside the field it is about: the title's box has none.
        await Expect(FieldBox(page, "Titel").Locator(".guidance-cms-problem")).ToHaveCountAsync(0);

        // Opened again, the entry shows the problems of the last build at once. (Opening it again also lets Decap see the
        // choice below as a change: after a save it still compares with the entry as first opened, where the level was this.)
        await page.ReloadAsync();
        await Expect(mark.Filter(new() { HasText = "et fund med basis 'authors-view' skal have level: not-judged" })).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Choose(page, "Niveau", "vurderes", "Kan ikke vurderes ud fra resuméet");
        await PublishAsync(page);
        await Expect(page.GetByText("Gemt, og siden er bygget uden fejl.")).ToBeVisibleAsync(new() { Timeout = Rebuild });
        await Expect(page.Locator(".guidance-cms-problem")).ToHaveCountAsync(0);
        Assert.Contains("level: not-judged", Site.Read(entry + ".da.md"));
    }

    [Fact]
    public async Task A_course_s_items_are_chosen_by_title_and_saved_as_the_same_plain_list_of_ids()
    {
        const string course = "input/courses/introduction-for-new-caseworkers";
        var before = ItemsOf(Site.Read(course + ".da.md"));
        const string added = "families-value-own-honesty";
        Assert.DoesNotContain(added, before);
        var title = PageTitle(Site, "input/findings/villumsen-2025/" + added + ".da.md");
        await using var editor = await OpenAsync("#/collections/courses/entries/introduction-for-new-caseworkers");
        var page = editor.Page;
        var items = page.GetByLabel("fund eller anbefaling", new() { Exact = true });
        // The ids are shown as the pages' titles, with their kind.
        await Expect(items).ToHaveCountAsync(2 * before.Count, new() { Timeout = Rebuild });
        await Expect(page.GetByText(PageTitle(Site, "input/findings/villumsen-2025/families-value-being-heard.da.md") + " (Fund)").First).ToBeVisibleAsync();
        foreach (var pane in new[] { 0, 1 })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Tilføj fund eller anbefaling" }).Nth(pane).ClickAsync();
            var slot = items.Nth(pane == 0 ? before.Count : 2 * before.Count + 1);
            await slot.ClickAsync();
            await page.Keyboard.TypeAsync(title[..12]);
            await page.GetByRole(AriaRole.Option, new() { Name = title + " (Fund)", Exact = true }).ClickAsync();
        }
        await items.Nth(before.Count).ScrollIntoViewIfNeededAsync();
        await Shot(page, "editor-course-items");
        await PublishAsync(page);
        await Expect(page.GetByText("Gemt, og siden er bygget uden fejl.")).ToBeVisibleAsync(new() { Timeout = Rebuild });

        foreach (var lang in new[] { "da", "en" })
        {
            var text = Site.Read($"{course}.{lang}.md");
            Assert.Equal([.. before, added], ItemsOf(text));
            Assert.Contains("items:\n" + string.Concat(before.Append(added).Select(id => $"  - {id}\n")), text.ReplaceLineEndings("\n"));
        }
        var check = Site.Run("check");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public async Task The_glossary_is_edited_in_the_editor_and_saved_as_the_file_the_build_reads()
    {
        const string file = "input/glossary.yml";
        var before = Terms(Site.Read(file));
        const string definition = "A person who is not the caseworker and who prepares and leads the meeting of family and network.";
        await using var editor = await OpenAsync("#/collections/glossary/entries/glossary");
        var page = editor.Page;
        // The terms are listed by their Danish and English names; one is opened and its English definition changed.
        var term = page.GetByText("neutral samordner · neutral coordinator", new() { Exact = true });
        await Expect(term).ToBeVisibleAsync(new() { Timeout = Rebuild });
        // The term's box (the innermost holding its name and a button): its first button opens it.
        var box = page.Locator("div").Filter(new() { Has = term }).Filter(new() { Has = page.Locator("button") }).Last;
        await box.Locator("button").First.ClickAsync();
        // The closed terms' fields are in the page too, hidden: the opened term's are the visible ones, Danish, then English.
        await Replace(page.Locator("textarea[id^='definition-field-']:visible").Nth(1), definition);
        await Shot(page, "editor-glossary");
        await PublishAsync(page);
        await Expect(page.GetByText("Gemt, og siden er bygget uden fejl.")).ToBeVisibleAsync(new() { Timeout = Rebuild });

        // The file Decap wrote reads as before, but for the one definition.
        var after = Terms(Site.Read(file));
        var expected = before.Select(t => t.Id == "samordner" && t.Lang == "en" ? t with { Definition = definition } : t).ToList();
        Assert.Equal(expected, after);
        var check = Site.Run("check");
        Assert.True(check.ExitCode == 0, check.ToString());
        using var http = new HttpClient { BaseAddress = Address };
        Assert.Contains(definition, WebUtility.HtmlDecode(await http.GetStringAsync("/en/glossary/")));
    }

    /// <summary>The glossary's terms as the build reads the file: id, language, term, definition and forms.</summary>
    private static List<(string Id, string Lang, string Term, string Definition, string Forms)> Terms(string glossary)
    {
        var top = (IReadOnlyDictionary<string, object?>)Guidance.Modules.Metadata.YamlData.Read(glossary, "glossary.yml", 1, out _)!;
        return ((List<object?>)top["terms"]!).Cast<IReadOnlyDictionary<string, object?>>().SelectMany(entry => new[] { "da", "en" }.Select(lang =>
        {
            var version = (IReadOnlyDictionary<string, object?>)entry[lang]!;
            return ((string)entry["id"]!, lang, (string)version["term"]!, (string)version["definition"]!,
                string.Join("|", version.GetValueOrDefault("forms") is List<object?> forms ? forms.Cast<string>() : []));
        })).ToList();
    }

    /// <summary>A course's items as its file lists them: the lines "  - id" under "items:".</summary>
    private static List<string> ItemsOf(string course) =>
        course.ReplaceLineEndings("\n").Split('\n').SkipWhile(l => l != "items:").Skip(1).TakeWhile(l => l.StartsWith("  - ", StringComparison.Ordinal))
            .Select(l => l[4..].Trim()).ToList();

    [Fact]
    public async Task The_editor_has_its_own_policy_and_the_pages_keep_theirs()
    {
        using var http = new HttpClient { BaseAddress = Address };
        var page = await http.GetAsync("/da/");
        Assert.Equal(PreviewServer.ContentSecurityPolicy, string.Join("", page.Headers.GetValues("Content-Security-Policy")));
        var admin = await http.GetAsync("/admin/");
        var policy = Guidance.Site.Cms.CmsAdmin.ContentSecurityPolicy(local: true);
        Assert.Equal(policy, string.Join("", admin.Headers.GetValues("Content-Security-Policy")));
        var html = await admin.Content.ReadAsStringAsync();
        Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">", html);
        Assert.DoesNotContain("live-reload", html); // a rebuild after a save must not reload the editor
        var config = await http.GetStringAsync("/admin/config.yml");
        Assert.Contains("name: proxy", config);
    }

    private async Task<BrowserPage> OpenAsync(string entry)
    {
        var context = await editing.Browser!.NewContextAsync(new() { BaseURL = Address.ToString(), ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "da-DK" });
        context.SetDefaultTimeout(120_000);
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page);
        await page.GotoAsync("/admin/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await page.GotoAsync("/admin/" + entry);
        return browserPage;
    }

    /// <summary>The box of a field in the Danish half of the form: its label's bar, what the editor added under it, and its control.</summary>
    private static ILocator FieldBox(IPage page, string label) =>
        page.Locator("label").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^" + label + "$") }).First.Locator("xpath=../..");

    private static async Task PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicer", Exact = true }).ClickAsync();
        await page.GetByText("Publicer nu").ClickAsync();
    }
}

/// <summary>
/// The editor's tests run alone: other tests move the process's working directory (TempSite.Run), which the messages
/// of the served site's builds are relative to.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EditorCollection
{
    public const string Name = "editor";
}
