using Guidance.Site;
using Guidance.Site.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Guidance.Cli;

/// <summary>
/// Serves a built site on 127.0.0.1 only. <c>guidance serve</c> builds first and rebuilds when a file under the
/// input or theme changes; a failed rebuild prints its errors and the last good site stays served. Open pages
/// reload themselves after a rebuild (an edited page and the pages listing it as soon as they are written), or show
/// its errors (<see cref="LiveReload"/>). Tests start one in-process on a free port (<c>port: 0</c>) and stop it by
/// disposing it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>
    /// The policy every page carries in its meta tag (theme/layouts/base.html), also sent as a header so that
    /// the preview behaves as a host that sets it would. A test checks the two agree.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private readonly WebApplication _app;
    private readonly IDisposable? _rebuilds;

    private PreviewServer(WebApplication app, IDisposable? rebuilds, Uri address)
    {
        _app = app;
        _rebuilds = rebuilds;
        Address = address;
    }

    /// <summary>Where the site is served, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Serves an already built <paramref name="folder"/> as it is; port 0 takes any free port.</summary>
    public static Task<PreviewServer> StartAsync(string folder, int port, CancellationToken token = default) =>
        StartAsync(folder, port, live: null, rebuilds: null, token, editor: null);

    /// <summary>Builds, then serves the output and rebuilds on change until disposed, with live reload in the pages.</summary>
    /// <param name="timings">Print each build's timings (<c>--timings</c>).</param>
    /// <param name="edit">Also build the browser editor at <c>/admin/</c> and save its entries into the input folder (<see cref="CmsBackend"/>).</param>
    /// <exception cref="UsageException">The output folder is not one a build may write (<see cref="OutputFolder.Check"/>).</exception>
    public static async Task<PreviewServer> StartAsync(SitePaths paths, int port, TextWriter stdout, TextWriter stderr,
        bool search = false, CancellationToken token = default, bool timings = false, bool pdf = true, bool edit = false)
    {
        OutputFolder.Check(paths);
        var live = new LiveReload(Path.Combine(paths.Theme, "preview", "live-reload.js"));
        // A rebuild keeps as many pool threads busy as there are cores, and a starved pool adds a thread only about every
        // half second: the answer telling an open page that its page is written, and the page's reload, waited for that
        // (bench/RESULTS.md). A few threads to spare for requests.
        ThreadPool.GetMinThreads(out var workers, out var completions);
        ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 4), completions);
        var site = new LiveSite(paths, search ? paths.SearchIndex() : null, pdf, edit);
        var language = MessageLanguage.Current; // rebuilds run on the file watcher's timer: they speak the language serve was started in
        int Build(Func<string> verb, IReadOnlyCollection<string> changed, long? changeSeen = null)
        {
            using var speaking = MessageLanguage.Use(language);
            return live.Record((errors, written) => GuidanceCommand.Report(() => site.Build(changed, token, changeSeen, written), verb(), stdout, errors, timings), stderr);
        }
        if (Build(() => Say.Built, []) != GuidanceCommand.Success)
            stderr.WriteLine(Say.ServingLastGood);
        Directory.CreateDirectory(paths.Output);
        var rebuilds = new Rebuilder(paths, (changed, seen) => Build(() => Say.Rebuilt, changed, seen));
        try { return await StartAsync(paths.Output, port, live, rebuilds, token, edit ? new CmsBackend(paths, live) : null); }
        catch
        {
            rebuilds.Dispose();
            throw;
        }
    }

    public static async Task<int> RunAsync(SitePaths paths, bool search, int port, TextWriter stdout, TextWriter stderr, CancellationToken token,
        bool timings = false, bool pdf = true, bool edit = false)
    {
        await using var server = await StartAsync(paths, port, stdout, stderr, search, token, timings, pdf, edit);
        stdout.WriteLine(Say.Serving(paths.Output, server.Address.ToString()));
        if (edit) stdout.WriteLine(Say.EditorAt($"{server.Address}{Site.Cms.DecapConfig.Folder}/", paths.Input));
        try { await Task.Delay(Timeout.Infinite, token); }
        catch (OperationCanceledException) { }
        return GuidanceCommand.Success;
    }

    private static async Task<PreviewServer> StartAsync(string folder, int port, LiveReload? live, IDisposable? rebuilds, CancellationToken token,
        CmsBackend? editor)
    {
        // An explicit content root: the default is the working directory, which is no business of the server's.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Use((context, next) =>
        {
            // A page of another site whose name an attacker points at 127.0.0.1 (DNS rebinding) must get nothing.
            if (!IsLoopbackName(context.Request.Host, context.Connection.LocalPort))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }
            // The editor's pages have a policy of their own (as their meta tag says); a header adds to a meta tag, so
            // sending the pages' policy there too would refuse what the editor needs.
            context.Response.Headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/" + Site.Cms.DecapConfig.Folder)
                ? Site.Cms.CmsAdmin.ContentSecurityPolicy(local: editor is not null)
                : ContentSecurityPolicy;
            return next(context);
        });
        editor?.Use(app);
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        live?.Use(app, files);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes(), ServeUnknownFileTypes = false });
        try { await app.StartAsync(token); }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new PreviewServer(app, rebuilds, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Whether a request's Host is localhost, 127.0.0.1 or [::1] with the port the server listens on.</summary>
    private static bool IsLoopbackName(HostString host, int port) =>
        host.Host.ToLowerInvariant() is "localhost" or "127.0.0.1" or "[::1]" && (host.Port ?? 80) == port;

    /// <summary>The usual web types, Pagefind's index files (compressed binary chunks) and the citation files.</summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            types.Mappings[extension] = "application/octet-stream";
        types.Mappings[".yml"] = "text/yaml; charset=utf-8"; // the editor's config.yml
        types.Mappings[".bib"] = "application/x-bibtex";
        types.Mappings[".ris"] = "application/x-research-info-systems";
        return types;
    }

    public async ValueTask DisposeAsync()
    {
        _rebuilds?.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    /// <summary>
    /// Watches input and theme; coalesces a burst of changes (an editor's save is often several events) into one
    /// rebuild, handed the paths that changed and when the first of them was seen (a Stopwatch timestamp, for
    /// <c>--timings</c>). Rebuilds never overlap: changes during one wait for the next.
    /// </summary>
    private sealed class Rebuilder : IDisposable
    {
        private readonly List<FileSystemWatcher> _watchers = [];
        private readonly Timer _timer;
        private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
        private long _firstSeen;
        private readonly object _building = new();

        public Rebuilder(SitePaths paths, Action<IReadOnlyCollection<string>, long> rebuild)
        {
            _timer = new Timer(_ =>
            {
                lock (_building)
                {
                    List<string> changed;
                    long seen;
                    lock (_changed)
                    {
                        changed = [.. _changed];
                        _changed.Clear();
                        seen = _firstSeen;
                    }
                    if (changed.Count > 0) rebuild(changed, seen);
                }
            });
            foreach (var folder in new[] { paths.Input, paths.Theme }.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
                watcher.Changed += (_, e) => Schedule(e.FullPath);
                watcher.Created += (_, e) => Schedule(e.FullPath);
                watcher.Deleted += (_, e) => Schedule(e.FullPath);
                watcher.Renamed += (_, e) => { Schedule(e.OldFullPath); Schedule(e.FullPath); };
                // Changes were lost (the watcher's buffer overflowed): only a whole build, reading every file, is safe.
                watcher.Error += (_, _) => Add(folder);
                _watchers.Add(watcher);
            }
        }

        // The theme's node_modules changes when a build installs Pagefind, and editors save through hidden, backup and
        // swap files (.x.md.swp, x.md~); none of them is an edit to rebuild for.
        private void Schedule(string path)
        {
            var name = Path.GetFileName(path);
            if (path.Split(Path.DirectorySeparatorChar).Contains("node_modules") || name.StartsWith('.') || name.EndsWith('~')) return;
            Add(path);
        }

        /// <summary>A path to rebuild for; a folder's own path (not a Markdown page) makes the rebuild a whole build.</summary>
        private void Add(string path)
        {
            lock (_changed)
            {
                if (_changed.Count == 0) _firstSeen = System.Diagnostics.Stopwatch.GetTimestamp();
                _changed.Add(path);
            }
            _timer.Change(15, Timeout.Infinite);
        }

        public void Dispose()
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _timer.Dispose();
        }
    }
}
