using Guidance.Cli;
using Guidance.Tests.Support;
using Microsoft.Playwright;

namespace Guidance.Tests.Browser;

/// <summary>
/// The real content in a temporary folder, served by the preview server (with the editor's local backend when
/// <paramref name="edit"/>), and one Chromium: what the editor's tests open /admin/ in.
/// </summary>
public abstract class ServedRealSite(bool edit) : IAsyncLifetime
{
    public TempSite Site { get; } = new TempSite(Repo.Root).WithSearch();
    public LineWriter Output { get; } = new();
    public PreviewServer? Server { get; private set; }
    private IPlaywright? _playwright;
    public IBrowser? Browser { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
            throw new InvalidOperationException($"The browser tests need Debian's Chromium at {BrowserFixture.ChromiumPath}: run `apt-get install -y chromium`.");
        // Speaking Danish, as the command line does for this site (its default language is Danish): the editor shows the build's messages.
        using (Guidance.Messages.MessageLanguage.Use(Guidance.Messages.MessageLanguage.Danish))
            Server = await PreviewServer.StartAsync(Site.Paths, 0, Output, Output, search: true, edit: edit);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Site.Dispose();
    }
}
