using System.CommandLine;
using Guidance.Engine;
using Guidance.Modules.Search;
using Guidance.Modules.Tools;
using Guidance.Site;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance build | check | serve</c>. Exit codes: 0 success, 1 content errors (each printed as
/// <c>file:line: message</c>), 2 usage errors.
/// </summary>
public static class GuidanceCommand
{
    public const int Success = 0, ContentErrors = 1, UsageError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string?>("--input") { Description = "Content folder (default: input/)" };
        var theme = new Option<string?>("--theme") { Description = "Theme folder (default: theme/)" };
        var output = new Option<string?>("--output") { Description = "Output folder (default: output/)" };
        var config = new Option<string?>("--config") { Description = "Settings file (default: statiq.json)" };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index and the offline copy (no Node.js needed)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline's modules and each phase took" };
        var port = new Option<int>("--port") { Description = "Port for the preview server on 127.0.0.1", DefaultValueFactory = _ => 5080 };

        SitePaths PathsOf(ParseResult r)
        {
            var defaults = SitePaths.Default();
            return new SitePaths(
                r.GetValue(input) is { } i ? Path.GetFullPath(i) : defaults.Input,
                r.GetValue(theme) is { } t ? Path.GetFullPath(t) : defaults.Theme,
                r.GetValue(output) is { } o ? Path.GetFullPath(o) : defaults.Output,
                r.GetValue(config) is { } c ? Path.GetFullPath(c) : defaults.Config);
        }

        // Pagefind is pinned in the theme's package.json; check never indexes.
        Pagefind? SearchOf(ParseResult r) => r.GetValue(noSearch) ? null : new Pagefind(PathsOf(r).Theme);

        var build = new Command("build", "Build the site into the output folder") { input, theme, output, config, noSearch, timings };
        build.SetAction(r => Report(() => SiteBuild.Run(PathsOf(r), BuildMode.Staged, search: SearchOf(r)), "built", stdout, stderr, r.GetValue(timings)));
        var check = new Command("check", "Validate everything a build validates; write nothing") { input, theme, output, config, noSearch, timings };
        check.SetAction(r => Report(() => SiteBuild.Run(PathsOf(r), BuildMode.Check), "checked", stdout, stderr, r.GetValue(timings)));
        var serve = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on change") { input, theme, output, config, noSearch, port, timings };
        serve.SetAction(async (r, token) =>
        {
            try { return await PreviewServer.RunAsync(PathsOf(r), SearchOf(r), r.GetValue(port), stdout, stderr, token, r.GetValue(timings)); }
            catch (Exception e) when (e is not OperationCanceledException) { return InternalError(e, stderr); }
        });

        var root = new RootCommand("Builds the Guidance practice-guidance site from Markdown research findings.") { build, check, serve };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"guidance: {error.Message}");
            stderr.WriteLine("Run 'guidance --help' for usage.");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>"guidance: offline copy (Workbox): da 192 files, 1441 KB; en 192 files, 1459 KB, in 850 ms of the build".</summary>
    private static string OfflineLine(Modules.Offline.OfflineReport offline) =>
        "guidance: offline copy (Workbox): " + string.Join("; ", offline.PerLanguage.OrderBy(l => l.Key)
            .Select(l => $"{l.Key} {l.Value.Files} files, {l.Value.Bytes / 1024} KB"))
        + $", in {offline.Elapsed.TotalMilliseconds:0} ms of the build";

    /// <summary>Runs a build and prints its outcome: figures on success, every located error on failure.</summary>
    public static int Report(Func<BuildReport> run, string verb, TextWriter stdout, TextWriter stderr, bool timings = false)
    {
        try
        {
            var report = run();
            if (timings) PrintTimings(report.Timings ?? [], stdout);
            foreach (var warning in report.Warnings) stderr.WriteLine(warning);
            var pages = string.Join(", ", report.PagesPerLanguage.OrderBy(p => p.Key).Select(p => $"{p.Value} {p.Key}"));
            stdout.WriteLine($"guidance: {verb} {report.PagesPerLanguage.Values.Sum()} pages ({pages}), {report.FilesWritten} files written, in {report.Elapsed.TotalMilliseconds:0} ms");
            if (report.Search is { } search)
            {
                if (search.Installed is { } install) stdout.WriteLine($"guidance: installed Pagefind (npm ci) in {install.TotalMilliseconds:0} ms");
                var indexed = string.Join(", ", search.PagesPerLanguage.OrderBy(p => p.Key).Select(p => $"{p.Value} {p.Key}"));
                stdout.WriteLine($"guidance: search index (Pagefind): {indexed} pages, in {search.Elapsed.TotalMilliseconds:0} ms of the build");
            }
            if (report.Offline is { } offline) stdout.WriteLine(OfflineLine(offline));
            return Success;
        }
        catch (ExternalToolException e)
        {
            stderr.WriteLine($"guidance: {e.Message}");
            stderr.WriteLine("guidance: nothing was published (build with --no-search to skip the search index and the offline copy)");
            return ContentErrors;
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error);
            stderr.WriteLine($"guidance: {e.Errors.Count} error(s); nothing was published");
            return ContentErrors;
        }
        catch (Exception e)
        {
            return InternalError(e, stderr);
        }
    }

    /// <summary>Each stage's whole time, then its slowest steps: where a build's time goes, without a profiler.</summary>
    private static void PrintTimings(IReadOnlyList<StepTiming> timings, TextWriter stdout)
    {
        foreach (var stage in timings.GroupBy(t => t.Stage))
        {
            var whole = stage.FirstOrDefault(t => t.Pipeline == StepTiming.WholeStage && t.Step == StepTiming.WholeStage);
            stdout.WriteLine($"timings: {stage.Key}{(whole is null ? "" : $" {whole.Elapsed.TotalMilliseconds:0} ms")}");
            foreach (var step in stage.Where(t => t != whole).OrderByDescending(t => t.Elapsed).Take(12))
                stdout.WriteLine($"timings:   {step.Elapsed.TotalMilliseconds,7:0} ms  {(step.Pipeline == StepTiming.WholeStage ? "" : step.Pipeline + ": ")}{step.Step}");
        }
    }

    /// <summary>
    /// A bug or a failure of the machine (a full disk, an unreadable folder), not a content error: one line that
    /// says what happened, never a stack trace, since the reader is an editor. Exit code 1: nothing was published.
    /// </summary>
    public static int InternalError(Exception e, TextWriter stderr)
    {
        var message = string.Join(" ", e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        stderr.WriteLine($"guidance: internal error: {message}");
        return ContentErrors;
    }
}
