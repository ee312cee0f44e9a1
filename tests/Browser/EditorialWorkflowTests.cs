using System.Text.Json;
using Guidance.Cli;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using YamlDotNet.Serialization;
using static Guidance.Tests.Browser.DecapForm;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Browser;

/// <summary>
/// The editor as the published site serves it: the real site's <c>/admin/</c> and its generated config, with the GitHub
/// backend and the editorial workflow. GitHub cannot be reached from the tests, so the browser is handed the config
/// with one change, its backend swapped for Decap's in-memory <c>test-repo</c> holding the site's content; the page, its
/// Content-Security-Policy, the collections and <c>publish_mode</c> are what the build wrote. The editor walks a finding
/// through the workflow in the Danish UI: saved as a draft, in review, ready, published; the workflow board shows it in
/// each column. Screenshots go to tests/artifacts/ (the guides in docs/ use them).
/// </summary>
[Collection(EditorCollection.Name)]
public sealed class EditorialWorkflowTests(EditorialWorkflowTests.Published published) : IClassFixture<EditorialWorkflowTests.Published>
{
    /// <summary>The real content in a temporary folder, served as built (<c>serve</c> without <c>--edit</c>), and one Chromium.</summary>
    public sealed class Published() : ServedRealSite(edit: false);

    private TempSite Site => published.Site;

    [Fact]
    public async Task The_published_sites_editor_has_the_github_backend_and_the_editorial_workflow()
    {
        var config = await ConfigAsync();
        var backend = (Dictionary<object, object>)config["backend"];
        Assert.Equal("github", backend["name"]);
        Assert.Equal("guidance-example/guidance", backend["repo"]); // statiq.json's Cms.Repository
        Assert.Equal("main", backend["branch"]);
        Assert.Equal("editorial_workflow", config["publish_mode"]);
        Assert.Equal("da", config["locale"]);
    }

    [Fact]
    public async Task A_finding_goes_from_draft_to_in_review_to_ready_and_is_published_and_the_board_shows_each_step()
    {
        await using var editor = await OpenAsync();
        var page = editor.Page;
        // The editor's questions ("leave the page?", "publish?") answered yes.
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GotoAsync("/admin/#/collections/findings/new");
        await FillNewFindingAsync(page, Site);

        // Saved: a draft, on a branch of its own (GitHub), with both languages' files; nothing published.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Expect(StatusButton(page, "Kladder")).ToBeVisibleAsync();
        // Nothing is rebuilt on the published site after a save, so the editor promises no rebuild there.
        await Expect(page.Locator(".guidance-cms-panel")).ToHaveCountAsync(0);
        await Shot(page, "editor-workflow-draft");
        Assert.Equal(["input/findings/vive-2023/tillid-tager-tid.da.md", "input/findings/vive-2023/tillid-tager-tid.en.md"], await UnpublishedFilesAsync(page));
        await ExpectOnBoardAsync(page, "Kladder");

        // In review: on GitHub a pull request, which the site's check runs on. The status is changed on the board, by
        // dragging the card, as the guides tell.
        await MoveAsync(page, "Kladder", "Til gennemsyn");
        await Shot(page, "editor-workflow-board");
        await OpenEntryAsync(page);
        await Expect(StatusButton(page, "Til gennemsyn")).ToBeVisibleAsync();
        await Shot(page, "editor-workflow-in-review");

        // Ready, then published from the board: the pull request merged, the files on the site's branch.
        await MoveAsync(page, "Til gennemsyn", "Klar");
        await Card(page).HoverAsync();
        await Shot(page, "editor-workflow-ready");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publicer nye dokumenter" }).ClickAsync();
        await Expect(Card(page)).ToHaveCountAsync(0);
        await Shot(page, "editor-workflow-published");

        Assert.Empty(await UnpublishedFilesAsync(page));
        var da = await PublishedFileAsync(page, "input/findings/vive-2023/tillid-tager-tid.da.md");
        var en = await PublishedFileAsync(page, "input/findings/vive-2023/tillid-tager-tid.en.md");
        Assert.Contains("title: Tillid tager tid at opbygge", da);
        Assert.Contains("title: Trust takes time to build", en);
        foreach (var file in new[] { da, en })
        {
            Assert.Contains("id: tillid-tager-tid", file);
            Assert.Contains("study: vive-2023", file);
        }
        await page.GotoAsync("/admin/#/workflow");
        await Expect(page.GetByText("Redaktionel arbejdsgang")).ToBeVisibleAsync();
        await Expect(Card(page)).ToHaveCountAsync(0);
        Assert.DoesNotContain(editor.Errors, e => e.Contains("Content Security Policy"));
    }

    [Fact]
    public async Task A_saved_finding_reopened_from_the_board_has_no_unsaved_changes_and_its_files_no_empty_keys()
    {
        await using var editor = await OpenAsync();
        var page = editor.Page;
        var questions = new List<string>();
        page.Dialog += (_, dialog) => { questions.Add(dialog.Message); dialog.AcceptAsync(); };
        await page.GotoAsync("/admin/#/collections/findings/new");
        await FillNewFindingAsync(page, Site);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gem", Exact = true }).ClickAsync();
        await Expect(StatusButton(page, "Kladder")).ToBeVisibleAsync();

        // Opened again from the board, as an editor comes back to a draft: nothing to save, and leaving asks nothing.
        await page.GotoAsync("/admin/#/workflow");
        await OpenEntryAsync(page);
        await ExpectNoUnsavedChangesAsync(page, Site);
        await page.GotoAsync("/admin/#/workflow");
        await Expect(Card(page)).ToHaveCountAsync(1);
        Assert.Empty(questions);

        var files = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(Object.values(window.repoFilesUnpublished).flatMap(e => e.diffs.map(d => [d.path, d.content])))");
        AssertNewFindingWrittenWithoutEmptyKeys(files["input/findings/vive-2023/tillid-tager-tid.da.md"], files["input/findings/vive-2023/tillid-tager-tid.en.md"]);
    }

    /// <summary>The generated config as the build wrote it.</summary>
    private async Task<Dictionary<object, object>> ConfigAsync()
    {
        using var http = new HttpClient { BaseAddress = published.Server!.Address };
        return new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(await http.GetStringAsync("/admin/config.yml"));
    }

    /// <summary>
    /// The editor at /admin/ with the build's config, its backend swapped for the in-memory test-repo (the one change),
    /// which starts with the files of the config's collections, as the repository on GitHub holds them.
    /// </summary>
    private async Task<BrowserPage> OpenAsync()
    {
        var config = await ConfigAsync();
        config["backend"] = new Dictionary<object, object> { ["name"] = "test-repo" };
        var swapped = new SerializerBuilder().Build().Serialize(config);
        // The folder collections' files (the glossary's one file is not needed here).
        var folders = ((List<object>)config["collections"]).Cast<Dictionary<object, object>>().Where(c => c.ContainsKey("folder")).Select(c => (string)c["folder"]);
        var files = folders.ToDictionary(f => f, f => Tree(Path.Combine(Site.Root, f), f));

        var context = await published.Browser!.NewContextAsync(new() { BaseURL = published.Server!.Address.ToString(), ViewportSize = new() { Width = 1400, Height = 1000 }, Locale = "da-DK" });
        context.SetDefaultTimeout(120_000);
        // test-repo lists a collection's folder by its whole path as one key (and writes a saved entry segment by segment).
        await context.AddInitScriptAsync("window.repoFiles = " + JsonSerializer.Serialize(files) + ";");
        await context.RouteAsync("**/admin/config.yml", route => route.FulfillAsync(new() { Status = 200, ContentType = "text/yaml", Body = swapped }));
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page);
        await page.GotoAsync("/admin/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await Expect(page.GetByText("Arbejdsgang").First).ToBeVisibleAsync();
        return browserPage;
    }

    /// <summary>A folder's files as test-repo holds them: nested by folder, each file its path and text.</summary>
    private static Dictionary<string, object> Tree(string folder, string path) =>
        Directory.EnumerateFileSystemEntries(folder).ToDictionary(e => Path.GetFileName(e), e => Directory.Exists(e)
            ? (object)Tree(e, path + "/" + Path.GetFileName(e))
            : new Dictionary<string, object> { ["path"] = path + "/" + Path.GetFileName(e), ["content"] = File.ReadAllText(e) })!;

    private static ILocator StatusButton(IPage page, string status) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Status: " + status, Exact = true });

    private static async Task SetStatusAsync(IPage page, string from, string to)
    {
        await StatusButton(page, from).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = to, Exact = true }).ClickAsync();
        await Expect(StatusButton(page, to)).ToBeVisibleAsync();
    }

    private static ILocator Card(IPage page) => page.Locator("a[href*='tillid-tager-tid']");

    /// <summary>A column of the workflow board, by its heading.</summary>
    private static ILocator Column(IPage page, string heading) =>
        page.Locator("h2").GetByText(heading, new() { Exact = true }).Locator("xpath=..");

    /// <summary>The workflow board holds the finding's card in the named column and in no other.</summary>
    private static async Task ExpectOnBoardAsync(IPage page, string column)
    {
        await page.GotoAsync("/admin/#/workflow");
        await Expect(Card(page)).ToHaveCountAsync(1);
        await Expect(Column(page, column).Locator(Card(page))).ToHaveCountAsync(1);
    }

    /// <summary>Drags the finding's card from one column of the board to another.</summary>
    private static async Task MoveAsync(IPage page, string from, string to)
    {
        await ExpectOnBoardAsync(page, from);
        await Card(page).DragToAsync(Column(page, to));
        await Expect(Column(page, to).Locator(Card(page))).ToHaveCountAsync(1);
        await Expect(Column(page, from).Locator(Card(page))).ToHaveCountAsync(0);
    }

    private static async Task OpenEntryAsync(IPage page)
    {
        await Card(page).ClickAsync();
        await Expect(Field(page, "Id")).ToHaveValueAsync("tillid-tager-tid");
    }

    /// <summary>The files of the entries not yet published (each a branch and pull request on GitHub).</summary>
    private static async Task<string[]> UnpublishedFilesAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => Object.values(window.repoFilesUnpublished).flatMap(e => e.diffs.map(d => d.path)).sort()");

    private static async Task<string> PublishedFileAsync(IPage page, string path) =>
        await page.EvaluateAsync<string>("path => path.split('/').reduce((node, part) => node && node[part], window.repoFiles)?.content ?? ''", path);
}
