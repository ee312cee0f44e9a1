using Guidance.Site;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance serve</c>: builds, serves the output folder on 127.0.0.1 only, and rebuilds when a file under
/// the input or theme changes. A failed rebuild prints its errors and the last good site stays served.
/// </summary>
public static class PreviewServer
{
    /// <summary>
    /// The policy every page carries in its meta tag (theme/layouts/base.html), also sent as a header so that
    /// the preview behaves as a host that sets it would. A test checks the two agree.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    public static async Task<int> RunAsync(SitePaths paths, int port, TextWriter stdout, TextWriter stderr, CancellationToken token)
    {
        await using var server = await StartAsync(paths, port, stdout, stderr, token);
        stdout.WriteLine($"guidance: serving {paths.Output} at {server.Address} (Ctrl+C to stop)");
        try { await Task.Delay(Timeout.Infinite, token); }
        catch (OperationCanceledException) { }
        return GuidanceCommand.Success;
    }

    /// <summary>
    /// Builds, then serves the output on 127.0.0.1 and rebuilds on change until disposed. Port 0 picks a free port
    /// (tests); <see cref="Running.Address"/> says which.
    /// </summary>
    public static async Task<Running> StartAsync(SitePaths paths, int port, TextWriter stdout, TextWriter stderr, CancellationToken token = default)
    {
        if (GuidanceCommand.Report(() => SiteBuild.Run(paths, BuildMode.Staged), "built", stdout, stderr) != GuidanceCommand.Success)
            stderr.WriteLine("guidance: serving the last good build, if there is one");
        Directory.CreateDirectory(paths.Output);

        // An explicit content root: the default is the working directory, which is no business of the server's.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            return next(context);
        });
        var files = new PhysicalFileProvider(paths.Output);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = false });

        var rebuilds = new Rebuilder(paths, stdout, stderr);
        try { await app.StartAsync(token); }
        catch
        {
            rebuilds.Dispose();
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new Running(app, rebuilds, files, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>A started preview server; disposing it stops serving and watching.</summary>
    public sealed class Running(WebApplication app, IDisposable rebuilds, IDisposable files, Uri address) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public async ValueTask DisposeAsync()
        {
            rebuilds.Dispose();
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            files.Dispose();
        }
    }

    /// <summary>Watches input and theme; coalesces bursts of changes into one rebuild.</summary>
    private sealed class Rebuilder : IDisposable
    {
        private readonly List<FileSystemWatcher> _watchers = [];
        private readonly Timer _timer;

        public Rebuilder(SitePaths paths, TextWriter stdout, TextWriter stderr)
        {
            _timer = new Timer(_ => GuidanceCommand.Report(() => SiteBuild.Run(paths, BuildMode.Staged), "rebuilt", stdout, stderr));
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
