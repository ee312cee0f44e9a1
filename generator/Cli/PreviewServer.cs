using Guidance.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance serve</c>: builds, serves the output folder on 127.0.0.1 only, and rebuilds when a file under
/// the input or theme changes. A failed rebuild prints its errors and the last good site stays served.
/// Pages reload themselves after a rebuild, or show its errors (<see cref="LiveReload"/>).
/// </summary>
public static class PreviewServer
{
    public static async Task<int> RunAsync(SitePaths paths, int port, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        var live = new LiveReload(Path.Combine(paths.Theme, "preview", "live-reload.js"));
        int Build(string verb) => live.Record(errors => GuidanceCommand.Report(() => SiteBuild.Run(paths, BuildMode.Preview), verb, stdout, errors), stderr);
        if (Build("built") != GuidanceCommand.Success)
            stderr.WriteLine("guidance: serving the last good build, if there is one");
        Directory.CreateDirectory(paths.Output);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(paths.Output);
        live.Use(app, files);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });

        using var rebuilds = new Rebuilder(paths, () => Build("rebuilt"));
        await app.StartAsync(token);
        stdout.WriteLine($"guidance: serving {paths.Output} at http://127.0.0.1:{port}/ (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, token); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
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
                watcher.Changed += (_, _) => Schedule();
                watcher.Created += (_, _) => Schedule();
                watcher.Deleted += (_, _) => Schedule();
                watcher.Renamed += (_, _) => Schedule();
                _watchers.Add(watcher);
            }
        }

        private void Schedule() => _timer.Change(150, Timeout.Infinite);

        public void Dispose()
        {
            foreach (var watcher in _watchers) watcher.Dispose();
            _timer.Dispose();
        }
    }
}
