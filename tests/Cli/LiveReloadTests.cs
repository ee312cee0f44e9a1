using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Guidance.Cli;
using Guidance.Messages;
using Guidance.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Guidance.Tests.Cli;

/// <summary>
/// <c>guidance serve</c> with live reload, run in-process on a free port: the state endpoint moves on after each
/// rebuild, carries the errors of a failed one while the last good site is still served, and the script that
/// asks it is added to the pages sent, never to the files on disk.
/// </summary>
public sealed class LiveReloadTests
{
    [Fact]
    public async Task A_rebuild_moves_the_version_on_a_broken_edit_brings_its_errors_and_the_last_good_page_stays_served()
    {
        using var site = new TempSite();
        await using var serve = await Serve.StartAsync(site);

        var first = await serve.StateAsync();
        Assert.Null(first.Error);
        var page = await serve.Http.GetStringAsync("/en/findings/heard/");
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}?v={first.Version}\" defer></script>\n</body>", page);
        Assert.DoesNotContain("live-reload", File.ReadAllText(Path.Combine(site.Output, "en", "findings", "heard", "index.html")));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("_guidance", StringComparison.Ordinal) || f.Contains("live-reload", StringComparison.Ordinal));

        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("title: \"Parents want to be heard\"", "title: \"Parents want to be listened to\""));
        var rebuilt = await serve.WaitForAsync(first.Version, s => s.Error is null);
        Assert.True(rebuilt.Version > first.Version);
        Assert.Contains("<h1>Parents want to be listened to</h1>", await serve.Http.GetStringAsync("/en/findings/heard/"));

        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));
        var broken = await serve.WaitForAsync(rebuilt.Version, s => s.Error is not null);
        Assert.Contains("input/findings/study-a/heard.da.md:5: unknown theme 'hort' (did you mean 'hoert'?)", broken.Error);
        Assert.Contains("input/findings/study-a/heard.da.md:5: unknown theme 'hort' (did you mean 'hoert'?)", serve.Terminal);
        Assert.Contains("<h1>Parents want to be listened to</h1>", await serve.Http.GetStringAsync("/en/findings/heard/"));

        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hort]", "themes: [hoert]"));
        var repaired = await serve.WaitForAsync(broken.Version, s => s.Error is null);
        Assert.True(repaired.Version > broken.Version);
    }

    [Fact]
    public async Task With_timings_a_rebuild_tells_how_long_after_the_save_the_page_and_the_pages_listing_it_were_written()
    {
        using var site = new TempSite();
        await using var serve = await Serve.StartAsync(site, timings: true);
        var first = await serve.StateAsync();

        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("Parents feel involved", "Parents feel truly involved"));
        await serve.WaitForAsync(first.Version, s => s.Error is null);

        // Counted from the watcher's first event of the save, debounce included: what an editor waits for.
        var rerun = serve.Terminal.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => l != "timings: Rerun").Skip(1)
            .TakeWhile(l => l.StartsWith("timings:  ", StringComparison.Ordinal)).ToList();
        Assert.Contains(rerun, l => Regex.IsMatch(l, @"^timings: +\d+ ms  build started, after the change was seen$"));
        Assert.Contains(rerun, l => Regex.IsMatch(l, @"^timings: +\d+ ms  1 page\(s\) of priority 2 written, after the change was seen$"));
        Assert.Contains(rerun, l => Regex.IsMatch(l, @"^timings: +\d+ ms  \d+ page\(s\) of priority 1 written, after the change was seen$"));
        Assert.Contains(rerun, l => Regex.IsMatch(l, @"^timings: +\d+ ms  the longest of priority 1 to render and write: en/[a-z/-]+/index\.html$"));
    }

    [Fact]
    public async Task The_script_and_state_are_served_without_caching_and_an_unchanged_site_holds_the_request()
    {
        using var site = new TempSite();
        await using var serve = await Serve.StartAsync(site);

        var script = await serve.Http.GetAsync(LiveReload.ScriptPath);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", script.Headers.CacheControl?.ToString());
        Assert.Contains("textContent", await script.Content.ReadAsStringAsync());

        var state = await serve.StateAsync();
        var held = serve.Http.GetAsync($"{LiveReload.StatePath}?since={state.Version}");
        var other = await serve.Http.GetStringAsync("/da/");
        Assert.False(held.IsCompleted, "the request for a change was answered although nothing changed");
        Assert.Contains("<html lang=\"da\">", other);
        Assert.Contains("<script src=\"/_guidance/live-reload.js", other);
    }

    [Fact]
    public async Task In_the_browser_a_page_reloads_after_a_rebuild_and_shows_a_failed_builds_errors_as_text_under_its_CSP()
    {
        using var site = new TempSite();
        await using var serve = await Serve.StartAsync(site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = serve.Address });
        var problems = new List<string>();
        // A refused script or fetch would show here; the site has no favicon, which the browser asks for on its own.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                lock (problems) problems.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => { lock (problems) problems.Add(error); };
        await page.GotoAsync("/en/findings/heard/");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Parents want to be heard");

        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("title: \"Parents want to be heard\"", "title: \"Parents want to be listened to\""));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Parents want to be listened to", new() { Timeout = 30_000 });

        // A theme id with markup in it: the overlay must show it as text, not make an element of it.
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("themes: [hoert]", "themes: [\"<b>hoert</b>\"]"));
        var overlay = page.GetByRole(AriaRole.Alertdialog);
        await Expect(overlay).ToContainTextAsync("unknown theme '<b>hoert</b>'", new() { Timeout = 30_000 });
        Assert.Equal(0, await overlay.Locator("b").CountAsync());
        await Expect(page.Locator("h1")).ToHaveTextAsync("Parents want to be listened to");

        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("themes: [\"<b>hoert</b>\"]", "themes: [hoert]"));
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task In_the_browser_the_edited_page_and_a_page_listing_it_reload_before_the_rebuild_ends_and_other_pages_when_it_has()
    {
        using var site = new TempSite();
        await using var serve = await Serve.StartAsync(site);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchChromiumAsync(playwright);
        await using var tabs = await browser.NewContextAsync(new() { BaseURL = serve.Address });
        async Task<IPage> Open(string path)
        {
            var tab = await tabs.NewPageAsync();
            await tab.GotoAsync(path);
            await tab.EvaluateAsync("() => { window.loadedBeforeTheEdit = true; }"); // gone once the page reloads
            return tab;
        }
        var finding = await Open("/en/findings/heard/");
        var theme = await Open("/en/themes/hoert/"); // lists the finding
        var other = await Open("/en/themes/netvaerk/"); // does not
        await Expect(finding.Locator("h1")).ToHaveTextAsync("Parents want to be heard");

        // The rebuild cannot end, nor be told to the pages as ended, until the test lets its last line through.
        var before = await serve.StateAsync();
        serve.RebuildEnds.Reset();
        try
        {
            site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("title: \"Parents want to be heard\"", "title: \"Parents want to be listened to\""));
            await Expect(finding.Locator("h1")).ToHaveTextAsync("Parents want to be listened to", new() { Timeout = 30_000 });
            await Expect(theme.Locator("a.card-title[href='/en/findings/heard/']")).ToHaveTextAsync("Parents want to be listened to", new() { Timeout = 30_000 });
            Assert.True(await other.EvaluateAsync<bool>("() => window.loadedBeforeTheEdit === true"), "a page the edit does not list reloaded before the rebuild ended");
            Assert.Equal(before.Version, (await serve.StateAsync()).Version); // the rebuild has not ended
        }
        finally { serve.RebuildEnds.Set(); }

        await other.WaitForFunctionAsync("() => window.loadedBeforeTheEdit === undefined", null, new() { Timeout = 30_000 });
        // The pages that reloaded early are as the finished rebuild is: their script has no reason to reload them again.
        var done = await serve.StateAsync();
        Assert.Null(done.Written);
        foreach (var early in new[] { finding, theme })
            Assert.EndsWith($"?v={done.Version}", await early.Locator($"script[src^='{LiveReload.ScriptPath}']").GetAttributeAsync("src"));
    }

    [Fact]
    public async Task A_serve_started_in_danish_rebuilds_in_danish_and_the_overlay_says_so_in_danish()
    {
        using var site = new TempSite();
        Serve started;
        using (MessageLanguage.Use(MessageLanguage.Danish)) started = await Serve.StartAsync(site); // as the CLI does for a Danish site
        await using var serve = started;
        Assert.Equal(MessageLanguage.English, MessageLanguage.Current);

        var first = await serve.StateAsync();
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));
        var broken = await serve.WaitForAsync(first.Version, s => s.Error is not null);
        Assert.Contains("input/findings/study-a/heard.da.md:5: ukendt tema 'hort' (mente du 'hoert'?)", broken.Error);
        Assert.Contains("guidance: 1 fejl; intet blev udgivet", broken.Error);
        const string heading = "Siden kunne ikke bygges igen; du ser den seneste udgave, der virkede.";
        Assert.Equal(heading, broken.Title);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserFixture.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = serve.Address });
        await page.GotoAsync("/da/findings/heard/");
        var overlay = page.GetByRole(AriaRole.Alertdialog, new() { Name = heading });
        await Expect(overlay.GetByRole(AriaRole.Heading)).ToHaveTextAsync(heading, new() { Timeout = 30_000 });
        await Expect(overlay).ToContainTextAsync("ukendt tema 'hort' (mente du 'hoert'?)");
    }

    /// <summary><c>guidance serve</c> on a TempSite, in-process, on a free port of 127.0.0.1; stopped when disposed.</summary>
    private sealed class Serve : IAsyncDisposable
    {
        private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);
        private readonly CancellationTokenSource _stop = new();
        private readonly StringWriter _terminal = new();
        private Task<int>? _run;

        public HttpClient Http { get; private set; } = new();

        /// <summary>Reset, a rebuild's last line (<c>guidance: rebuilt …</c>) waits until it is set again, and with it the rebuild's end.</summary>
        public ManualResetEventSlim RebuildEnds { get; } = new(initialState: true);
        public string Address { get; private set; } = "";
        public string Terminal { get { lock (_terminal) return _terminal.ToString(); } }

        public static async Task<Serve> StartAsync(TempSite site, bool timings = false)
        {
            var serve = new Serve();
            var port = FreePort();
            serve.Address = $"http://127.0.0.1:{port}/";
            serve.Http = new HttpClient { BaseAddress = new Uri(serve.Address), Timeout = Deadline };
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            // "guidance: serving … (Ctrl+C to stop)", or in Danish "guidance: viser … (Ctrl+C for at stoppe)".
            var stdout = new Watching(serve._terminal, line =>
            {
                if (line.Contains("(Ctrl+C", StringComparison.Ordinal)) started.TrySetResult();
                if (line.StartsWith("guidance: rebuilt ", StringComparison.Ordinal)) serve.RebuildEnds.Wait(Deadline);
            });
            var stderr = new Watching(serve._terminal, _ => { });
            serve._run = Task.Run(() => PreviewServer.RunAsync(site.Paths, false, port, stdout, stderr, serve._stop.Token, timings));
            if (await Task.WhenAny(started.Task, serve._run, Task.Delay(Deadline)) != started.Task)
                throw new InvalidOperationException("guidance serve did not start:\n" + serve.Terminal + (serve._run.IsFaulted ? serve._run.Exception!.ToString() : ""));
            return serve;
        }

        public async Task<LiveReloadState> StateAsync(int? since = null) =>
            (await Http.GetFromJsonAsync<LiveReloadState>(LiveReload.StatePath + (since is { } v ? $"?since={v}" : ""), JsonSerializerOptions.Web))!;

        /// <summary>Asks as the page's script does until a build after <paramref name="since"/> is as wanted (an edit may cause more than one).</summary>
        public async Task<LiveReloadState> WaitForAsync(int since, Func<LiveReloadState, bool> wanted)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < Deadline)
            {
                var state = await StateAsync(since);
                if (state.Version != since && wanted(state)) return state;
                since = state.Version;
            }
            throw new TimeoutException($"no wanted rebuild within {Deadline}:\n{Terminal}");
        }

        public async ValueTask DisposeAsync()
        {
            RebuildEnds.Set();
            _stop.Cancel();
            if (_run is not null) await _run;
            Http.Dispose();
        }

        private static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }

    /// <summary>Collects what the server prints (from several threads) and tells about each line.</summary>
    private sealed class Watching(StringWriter into, Action<string> seen) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
        public override void Write(char value) { lock (into) into.Write(value); }
        public override void WriteLine(string? value)
        {
            lock (into) into.WriteLine(value);
            seen(value ?? "");
        }
    }
}
