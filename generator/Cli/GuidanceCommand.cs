using System.CommandLine;
using Guidance.Engine;
using Guidance.Site;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance build | check | serve</c>. Exit codes: 0 success, 1 content errors (each printed as
/// <c>file:line: message</c>), 2 usage errors.
/// </summary>
public static class GuidanceCommand
{
    public const int Success = 0, ContentErrors = 1, UsageError = 2;

    /// <summary>
    /// For tests only: when set (to anything), <c>build</c> prints <see cref="HoldingLine"/> and the staging folder to
    /// standard error once everything is written there, and then waits, before the swap, until it is killed. That is
    /// how a test kills a real build at its most delicate moment without guessing at timing.
    /// </summary>
    public const string HoldBeforeSwapVariable = "GUIDANCE_TEST_HOLD_BEFORE_SWAP";

    public const string HoldingLine = "guidance: test hook: holding before the swap; staging folder: ";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string?>("--input") { Description = "Content folder (default: input/)" };
        var theme = new Option<string?>("--theme") { Description = "Theme folder (default: theme/)" };
        var output = new Option<string?>("--output") { Description = "Output folder (default: output/)" };
        var config = new Option<string?>("--config") { Description = "Settings file (default: statiq.json)" };
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index and the offline copy (no Node.js needed)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each pipeline's modules and each phase took" };
        var edit = new Option<bool>("--edit") { Description = "Also serve the browser editor (Decap CMS) at /admin/, saving into the input folder" };
        var port = new Option<int>("--port") { Description = "Port for the preview server on 127.0.0.1", DefaultValueFactory = _ => 5080 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 65535) r.AddError($"--port {r.GetValueOrDefault<int>()} is not a port; give a number from 1 to 65535");
        });

        SitePaths PathsOf(ParseResult r)
        {
            var defaults = SitePaths.Default();
            return new SitePaths(
                r.GetValue(input) is { } i ? Path.GetFullPath(i) : defaults.Input,
                r.GetValue(theme) is { } t ? Path.GetFullPath(t) : defaults.Theme,
                r.GetValue(output) is { } o ? Path.GetFullPath(o) : defaults.Output,
                r.GetValue(config) is { } c ? Path.GetFullPath(c) : defaults.Config);
        }

        var build = new Command("build", "Build the site into the output folder") { input, theme, output, config, noSearch, timings };
        build.SetAction(r => Report(() => SiteBuild.Run(PathsOf(r), BuildMode.Staged, search: r.GetValue(noSearch) ? null : PathsOf(r).SearchIndex(),
            beforeSwap: HoldBeforeSwap()), "built", stdout, stderr, r.GetValue(timings)));
        var check = new Command("check", "Validate everything a build validates; write nothing") { input, theme, output, config, noSearch, timings };
        check.SetAction(r => Report(() => SiteBuild.Run(PathsOf(r), BuildMode.Check), "checked", stdout, stderr, r.GetValue(timings), "nothing was written"));
        var serve = new Command("serve", "Build, serve on 127.0.0.1 and rebuild on change") { input, theme, output, config, noSearch, port, timings, edit };
        serve.SetAction(async (r, token) =>
        {
            if (r.GetValue(edit) && r.GetValue(noSearch))
                return Usage(new UsageException("--edit needs the editor, which the build installs with Node as it does the search index; leave out --no-search"), stderr);
            try { return await PreviewServer.RunAsync(PathsOf(r), !r.GetValue(noSearch), r.GetValue(port), stdout, stderr, token, r.GetValue(timings), r.GetValue(edit)); }
            catch (UsageException e) { return Usage(e, stderr); }
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
    /// <param name="nothingDone">What the last line of a failure says was left undone.</param>
    public static int Report(Func<BuildReport> run, string verb, TextWriter stdout, TextWriter stderr, bool timings = false,
        string nothingDone = "nothing was published")
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
            if (report.Cms is { } cms)
                stdout.WriteLine($"guidance: editor (Decap CMS) at /admin/: {cms.Files} files, {(cms.Local ? "saving into the input folder" : "publishing through GitHub")}, in {cms.Elapsed.TotalMilliseconds:0} ms of the build");
            return Success;
        }
        catch (UsageException e)
        {
            return Usage(e, stderr);
        }
        catch (SearchIndexException e)
        {
            stderr.WriteLine($"guidance: {e.Message}");
            stderr.WriteLine($"guidance: {nothingDone} (build with --no-search to skip the search index and the offline copy)");
            return ContentErrors;
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error);
            stderr.WriteLine($"guidance: {e.Errors.Count} error(s); {nothingDone}");
            return ContentErrors;
        }
        catch (Exception e)
        {
            return InternalError(e, stderr);
        }
    }

    /// <summary>A command line the tool refuses: one line, exit code 2.</summary>
    private static int Usage(UsageException e, TextWriter stderr)
    {
        stderr.WriteLine($"guidance: {e.Message}");
        return UsageError;
    }

    /// <summary>The test hook of <see cref="HoldBeforeSwapVariable"/>, when it is set.</summary>
    private static Action<string>? HoldBeforeSwap() =>
        Environment.GetEnvironmentVariable(HoldBeforeSwapVariable) is { Length: > 0 }
            ? staging =>
            {
                Console.Error.WriteLine(HoldingLine + staging);
                Console.Error.Flush();
                Thread.Sleep(Timeout.Infinite);
            }
            : null;

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
