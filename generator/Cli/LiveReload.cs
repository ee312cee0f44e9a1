using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Guidance.Cli;

/// <summary>
/// What the preview's pages ask the server: which build the site is at, and its errors if the last build failed, under
/// <paramref name="Title"/>, the overlay's heading in the language of the errors. While a rebuild after an edit runs,
/// <paramref name="Written"/> lists the pages (<c>/en/findings/x/</c>) it has already written, the edited pages first:
/// they are as build <c>Version + 1</c> makes them, every other page as build <paramref name="Version"/> made it.
/// </summary>
public sealed record LiveReloadState(int Version, string? Error, string? Title = null, IReadOnlyList<string>? Written = null);

/// <summary>
/// Live reload for <c>guidance serve</c>. Every build the server runs is recorded here: its number and, when it
/// failed, the errors it printed. The server adds one script to each HTML page it sends (never to the files on
/// disk): <c>theme/preview/live-reload.js</c>, which asks <see cref="StatePath"/> and reloads the page after a
/// successful rebuild, or shows the errors over the page after a failed one while the last good site stays served.
/// The endpoint holds a request with <c>?since=N</c> until the build number is past N (long polling), which works
/// under the pages' Content-Security-Policy (script from 'self', connect-src 'self'). After an edit, the page an editor
/// waits for does not wait for the whole rebuild: a page the rebuild has written ahead of the others reloads as soon as
/// it is written (<c>&amp;written=K</c> holds the request until more than K pages are), every other page when the
/// rebuild is done. A page opened meanwhile is the file as it is: the new version where written, else the last build's.
/// </summary>
public sealed class LiveReload(string scriptFile)
{
    public const string ScriptPath = "/_guidance/live-reload.js";
    public const string StatePath = "/_guidance/live-reload";
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(25);

    private readonly Lock _build = new();
    private readonly Lock _state = new();
    private LiveReloadState _current = new(0, null);
    private TaskCompletionSource _changed = NewSignal();

    public LiveReloadState State { get { lock (_state) return _current; } }

    /// <summary>
    /// Runs one build (one at a time: rebuilds may be asked for while one runs) and records its outcome. The build
    /// writes its errors to the writer it is given; they go to <paramref name="terminal"/> and, when it fails, to the page.
    /// It tells the output paths of the pages it writes ahead of the others (<c>en/findings/x/index.html</c>) to the
    /// action it is given, as it writes them.
    /// </summary>
    public int Record(Func<TextWriter, Action<IReadOnlyList<string>>, int> build, TextWriter terminal)
    {
        lock (_build)
        {
            var errors = new StringWriter();
            var exitCode = build(new TeeWriter(terminal, errors), WrittenAhead);
            Change(current => new LiveReloadState(current.Version + 1, exitCode == GuidanceCommand.Success ? null : errors.ToString().TrimEnd(), Say.RebuildFailed));
            return exitCode;
        }
    }

    /// <summary>
    /// Pages the running build has written ahead of the others. It wrote them after checking everything, so the last
    /// build's errors no longer describe what is served.
    /// </summary>
    private void WrittenAhead(IReadOnlyList<string> outputPaths) =>
        Change(current => current with
        {
            Error = null,
            Written = [.. (current.Written ?? []).Union(outputPaths.Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).Select(p => PageUrl("/" + p)), StringComparer.Ordinal)],
        });

    private void Change(Func<LiveReloadState, LiveReloadState> change)
    {
        lock (_state)
        {
            _current = change(_current);
            _changed.TrySetResult();
            _changed = NewSignal();
        }
    }

    /// <summary>
    /// The state once the build number is past <paramref name="since"/> or, when <paramref name="written"/> is given, the
    /// running build has written more than that many pages; or as it is after <see cref="LongestWait"/>.
    /// </summary>
    public async Task<LiveReloadState> ChangedSinceAsync(int since, CancellationToken token, int? written = null)
    {
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            lock (_state)
            {
                if (_current.Version != since || written is { } count && (_current.Written?.Count ?? 0) != count) return _current;
                changed = _changed.Task;
            }
            var left = LongestWait - deadline.Elapsed;
            if (left <= TimeSpan.Zero) return State;
            try { await changed.WaitAsync(left, token); }
            catch (Exception e) when (e is TimeoutException or OperationCanceledException) { return State; }
        }
    }

    /// <summary>Adds the endpoint, the script and the script tag in every HTML page; call before the static file handlers.</summary>
    public void Use(WebApplication app, IFileProvider site)
    {
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            context.Response.Headers.CacheControl = "no-store";
            if (path == StatePath)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                var state = int.TryParse(context.Request.Query["since"], out var since)
                    ? await ChangedSinceAsync(since, wait.Token, int.TryParse(context.Request.Query["written"], out var written) ? written : null)
                    : State;
                await context.Response.WriteAsJsonAsync(state, JsonSerializerOptions.Web, context.RequestAborted);
            }
            else if (path == ScriptPath && File.Exists(scriptFile))
            {
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.SendFileAsync(scriptFile);
            }
            // Not the editor's page: reloading it after the rebuild its own save caused would lose what the editor sees.
            else if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/" + Site.Cms.DecapConfig.Folder) && PageAt(site, path) is { } page)
            {
                // Asked before the file is read: a page written in between is then reloaded once more, never missed.
                var version = VersionOf(State, path);
                context.Response.ContentType = "text/html; charset=utf-8";
                await using var stream = page.CreateReadStream();
                await context.Response.WriteAsync(Inject(await new StreamReader(stream).ReadToEndAsync(), version));
            }
            else
            {
                context.Response.Headers.Remove("Cache-Control");
                await next(context);
            }
        });
    }

    /// <summary>The script tag before <c>&lt;/body&gt;</c>; the build number lets the script see a rebuild that finished before it ran.</summary>
    public static string Inject(string html, int version)
    {
        var tag = $"<script src=\"{ScriptPath}?v={version}\" defer></script>\n";
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + tag : html[..end] + tag + html[end..];
    }

    /// <summary>The build a page is as: the running one when it has written the page already.</summary>
    public static int VersionOf(LiveReloadState state, string path) =>
        state.Written?.Contains(PageUrl(path), StringComparer.Ordinal) == true ? state.Version + 1 : state.Version;

    /// <summary>A page's address as the state lists it: <c>/da/x/index.html</c> is <c>/da/x/</c>.</summary>
    private static string PageUrl(string path) =>
        path.EndsWith("/index.html", StringComparison.OrdinalIgnoreCase) ? path[..^"index.html".Length] : path;

    /// <summary>The HTML file a request path names (<c>/da/</c> → <c>da/index.html</c>); the provider refuses paths outside the site.</summary>
    private static IFileInfo? PageAt(IFileProvider site, string path)
    {
        var file = path.EndsWith('/') ? path + "index.html" : path;
        if (!file.EndsWith(".html", StringComparison.OrdinalIgnoreCase)) return null;
        var info = site.GetFileInfo(file);
        return info.Exists && !info.IsDirectory ? info : null;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Writes to two writers: the terminal sees the errors as they come, the page gets a copy.</summary>
    private sealed class TeeWriter(TextWriter first, TextWriter second) : TextWriter
    {
        public override System.Text.Encoding Encoding => first.Encoding;
        public override void Write(char value) { first.Write(value); second.Write(value); }
        public override void Write(string? value) { first.Write(value); second.Write(value); }
        public override void WriteLine(string? value) { first.WriteLine(value); second.WriteLine(value); }
        public override void Flush() { first.Flush(); second.Flush(); }
    }
}
