using Guidance.Cli;
using Microsoft.Playwright;

namespace Guidance.Tests.Support;

/// <summary>
/// For the browser tests: the fixture site built WITH its search index, served by the project's own preview
/// server on a free port of 127.0.0.1, and one headless Debian Chromium shared by every test in the collection.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Debian's Chromium, headless, for a test that starts its own browser; a missing browser fails and says what to install.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"This test needs Debian's Chromium at {ChromiumPath}: run `apt-get install -y chromium` (.ci/run does it).");
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
    }

    private static readonly string[] LaunchArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private TempSite? _site;
    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public TempSite Site => _site ?? throw new InvalidOperationException("the fixture is not started");
    public CliResult Build { get; private set; } = new(-1, "", "");
    public Uri Address => _server?.Address ?? throw new InvalidOperationException("the fixture is not started");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the fixture is not started");

    public async Task InitializeAsync()
    {
        // Never skip: a machine without the browser fails every browser test with what to do.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {ChromiumPath}, which is missing: run `apt-get install -y chromium` (as root; .ci/run does it).");
        _site = new TempSite().WithSearch();
        Build = _site.Run("build");
        if (Build.ExitCode != 0) throw new InvalidOperationException("The fixture did not build with its search index:\n" + Build);
        _server = await PreviewServer.StartAsync(_site.Output, port: 0);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = LaunchArguments });
    }

    /// <summary>
    /// A page in a fresh browser context, at the site's address. <paramref name="locale"/> is what the browser asks
    /// for, which the root page follows. Console errors (a refused script or style is one) are collected.
    /// </summary>
    /// <param name="colorScheme">The scheme the reader's system asks for (<c>prefers-color-scheme</c>); light unless given.</param>
    public async Task<BrowserPage> OpenAsync(string path, int width = 1280, int height = 900, string locale = "da-DK", ColorScheme colorScheme = ColorScheme.Light)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = Address.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = locale,
            ColorScheme = colorScheme,
        });
        var page = await context.NewPageAsync();
        var browserPage = new BrowserPage(context, page);
        await page.GotoAsync(path);
        return browserPage;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        _site?.Dispose();
    }
}

/// <summary>A page of the served fixture with the errors its console reported.</summary>
public sealed class BrowserPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public BrowserPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // Every error counts, a missing icon (/favicon.ico, which the browser asks for when a page names none) too.
            if (message.Type != "error") return;
            lock (_errors) _errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
    }

    public IPage Page { get; }

    /// <summary>The page's own browser context: its service workers, caches and network (offline).</summary>
    public IBrowserContext Context => _context;

    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors]; } }

    /// <summary>No script error and nothing refused by the Content-Security-Policy, which the console reports.</summary>
    public void AssertNoErrors() => Assert.True(Errors.Count == 0, "the browser console reported:\n" + string.Join("\n", Errors));

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
