using Guidance.Modules.Search;
using Guidance.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Guidance.Cli;

/// <summary>
/// Serves a built site on 127.0.0.1 only. <c>guidance serve</c> builds first and rebuilds when a file under the
/// input or theme changes; a failed rebuild prints its errors and the last good site stays served. Open pages
/// reload themselves after a rebuild, or show its errors (<see cref="LiveReload"/>). Tests start one
/// in-process on a free port (<c>port: 0</c>) and stop it by disposing it.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the site is served, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="folder"/>; port 0 takes any free port. With <paramref name="live"/>, pages get live reload.</summary>
    public static async Task<PreviewServer> StartAsync(string folder, int port, LiveReload? live = null, CancellationToken token = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        live?.Use(app, files);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes(), ServeUnknownFileTypes = false });
        await app.StartAsync(token);
        return new PreviewServer(app, new Uri(app.Urls.First().TrimEnd('/') + "/"));
    }

    /// <summary>The usual web types, Pagefind's index files (compressed binary chunks) and the citation files.</summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_index", ".pf_fragment", ".pf_filter" })
            types.Mappings[extension] = "application/octet-stream";
        types.Mappings[".bib"] = "application/x-bibtex";
        types.Mappings[".ris"] = "application/x-research-info-systems";
        return types;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    public static async Task<int> RunAsync(SitePaths paths, Pagefind? search, int port, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        var live = new LiveReload(Path.Combine(paths.Theme, "preview", "live-reload.js"));
        int Build(string verb) => live.Record(errors => GuidanceCommand.Report(() => SiteBuild.Run(paths, BuildMode.Preview, token, search), verb, stdout, errors), stderr);
        if (Build("built") != GuidanceCommand.Success)
            stderr.WriteLine("guidance: serving the last good build, if there is one");
        Directory.CreateDirectory(paths.Output);

        using var rebuilds = new Rebuilder(paths, () => Build("rebuilt"));
        await using var server = await StartAsync(paths.Output, port, live, token);
        stdout.WriteLine($"guidance: serving {paths.Output} at {server.Address} (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, token); }
        catch (OperationCanceledException) { }
        return GuidanceCommand.Success;
    }

    /// <summary>Watches input and theme; coalesces bursts of changes into one rebuild.</summary>
    private sealed class Rebuilder : IDisposable
    {
        private readonly List<FileSystemWatcher> _watchers = [];
        private readonly Timer _timer;

        public Rebuilder(SitePaths paths, Action rebuild)
        {
            _timer = new Timer(_ => rebuild());
            foreach (var folder in new[] { paths.Input, paths.Theme }.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
                watcher.Changed += (_, e) => Schedule(e.FullPath);
                watcher.Created += (_, e) => Schedule(e.FullPath);
                watcher.Deleted += (_, e) => Schedule(e.FullPath);
                watcher.Renamed += (_, e) => Schedule(e.FullPath);
                _watchers.Add(watcher);
            }
        }

        // The theme's node_modules changes when a build installs Pagefind; that is not an edit to rebuild for.
        private void Schedule(string path)
        {
            if (path.Split(Path.DirectorySeparatorChar).Contains("node_modules")) return;
            _timer.Change(150, Timeout.Infinite);
        }

        public void Dispose()
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _timer.Dispose();
        }
    }
}
