using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Trainers;

/// <summary>
/// The trainers' features in Debian's Chromium: copying a link with the keyboard, what a handout looks like in print,
/// and WCAG 2.1 AA on the new pages. The built fixture is served to the browser from its files at http://localhost/,
/// a secure context, so the clipboard works as it does on the real site.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class TrainersBrowserTests(BuiltFixture fixture, TrainersBrowserTests.Chromium chromium) : IClassFixture<TrainersBrowserTests.Chromium>, IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }

    /// <summary>One headless Debian Chromium for every test in the class.</summary>
    public sealed class Chromium : IAsyncLifetime
    {
        private const string ExecutablePath = "/usr/bin/chromium";
        private IPlaywright? _playwright;

        public IBrowser Browser { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            // Never skipped: a machine without the browser fails with what to do.
            if (!File.Exists(ExecutablePath))
                throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ExecutablePath}: run `apt-get install -y chromium` (as root; .ci/run does it).");
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        }

        public async Task DisposeAsync()
        {
            if (_playwright is null) return;
            await Browser.CloseAsync();
            _playwright.Dispose();
        }
    }

    private async Task<(IPage Page, List<string> Errors)> OpenAsync(string path)
    {
        var context = await chromium.Browser.NewContextAsync(new() { BaseURL = "http://localhost/" });
        _contexts.Add(context);
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await context.RouteAsync("http://localhost/**", route =>
        {
            var file = fixture.FileOf(new Uri(route.Request.Url).AbsolutePath);
            return File.Exists(file) ? route.FulfillAsync(new() { Path = file }) : route.FulfillAsync(new() { Status = 404 });
        });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add(message.Text); };
        page.PageError += (_, error) => { lock (errors) errors.Add(error); };
        await page.GotoAsync(path);
        return (page, errors);
    }

    [Fact]
    public async Task Pressing_Enter_on_a_section_link_copies_the_sections_canonical_address_and_announces_it()
    {
        var (page, errors) = await OpenAsync("/en/findings/heard/");
        await page.Locator("a.heading-link[href='#what-the-study-found']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".copy-status")).ToHaveTextAsync("Link copied.");
        Assert.Equal("https://fixture.example.org/en/findings/heard/#what-the-study-found", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.EndsWith("/en/findings/heard/#what-the-study-found", page.Url);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Clicking_the_page_link_copies_the_page_address_and_stays_on_the_page()
    {
        var (page, errors) = await OpenAsync("/da/guidance/listen-first/");
        await page.EvaluateAsync("window.stillHere = true");
        await page.GetByRole(AriaRole.Link, new() { Name = "Link til denne anbefaling" }).ClickAsync();

        await Expect(page.Locator(".copy-status")).ToHaveTextAsync("Linket er kopieret.");
        Assert.Equal("https://fixture.example.org/da/guidance/listen-first/", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.True(await page.EvaluateAsync<bool>("window.stillHere === true"), "the page reloaded");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Clicking_a_course_items_link_copies_the_address_of_the_item_in_the_course()
    {
        var (page, errors) = await OpenAsync("/en/courses/first-steps/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Link to this text in the course: Parents want to be heard" }).ClickAsync();

        await Expect(page.Locator(".copy-status")).ToHaveTextAsync("Link copied.");
        Assert.Equal("https://fixture.example.org/en/courses/first-steps/#item-heard", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Link to this course" }).ClickAsync();
        await Expect(page.Locator(".copy-status")).ToHaveTextAsync("Link copied.");
        Assert.Equal("https://fixture.example.org/en/courses/first-steps/", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/da/guidance/listen-first/#sådan-kan-du-gøre", "saadan-kan-du-goere")]
    [InlineData("/da/guidance/listen-first/#saadan-kan-du-goere", "saadan-kan-du-goere")]
    public async Task A_link_to_a_headings_old_id_with_danish_letters_lands_on_the_heading_as_its_new_id_does(string url, string id)
    {
        var (page, errors) = await OpenAsync("/da/guidance/listen-first/");
        await page.SetViewportSizeAsync(390, 500); // a phone, so the section lies below the first screen
        await page.GotoAsync(url);
        var top = await page.Locator("#" + id).EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        Assert.True(await page.EvaluateAsync<double>("window.scrollY") > 0, "the page did not move to the section");
        Assert.InRange(top, -2, 60);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task In_print_a_handout_has_no_navigation_prints_link_addresses_and_starts_each_text_on_a_new_page()
    {
        var (page, _) = await OpenAsync("/en/courses/first-steps/handout/");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var hidden in new[] { ".site-header", ".site-footer", ".breadcrumbs", ".heading-link", ".screen-only" })
            await Expect(page.Locator(hidden).First).ToBeHiddenAsync();
        await Expect(page.Locator(".print-only")).ToBeVisibleAsync();
        Assert.Equal(["page", "page", "page"], await page.Locator("article.handout-item").EvaluateAllAsync<string[]>("items => items.map(i => getComputedStyle(i).breakBefore)"));
        var after = await page.Locator("#item-heard .prose a").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://fixture.example.org/en/findings/trust-grows/", after);

        // The introduction, then each of the three texts on a page of its own: at least four pages.
        var pdf = System.Text.Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        var pages = System.Text.RegularExpressions.Regex.Count(pdf, @"/Type\s*/Page[^s]");
        Assert.True(pages >= 4, $"the handout printed on {pages} page(s)");
    }

    [Theory]
    [InlineData("/da/courses/first-steps/")]
    [InlineData("/en/courses/first-steps/handout/")]
    [InlineData("/da/studies/study-a/")]
    public async Task Course_study_and_linked_pages_have_no_wcag_21_aa_violations(string url)
    {
        var (page, _) = await OpenAsync(url);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }
}
