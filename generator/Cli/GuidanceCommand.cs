using System.CommandLine;
using Guidance.Engine;
using Guidance.Site;

namespace Guidance.Cli;

/// <summary>
/// <c>guidance build | check | serve | rename | translations</c>. Exit codes: 0 success, 1 content errors (each printed as
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

    /// <param name="environment">Where the message language's variables are read (<see cref="MessageLanguage.Choose"/>); the process's environment by default.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<string, string?>? environment = null)
    {
        using var language = MessageLanguage.Use(MessageLanguage.Choose(SiteLanguage.DefaultOf(args), environment ?? Environment.GetEnvironmentVariable));
        var input = new Option<string?>("--input") { Description = Say.InputOption };
        var theme = new Option<string?>("--theme") { Description = Say.ThemeOption };
        var output = new Option<string?>("--output") { Description = Say.OutputOption };
        var config = new Option<string?>("--config") { Description = Say.ConfigOption };
        var noSearch = new Option<bool>("--no-search") { Description = Say.NoSearchOption };
        var noPdf = new Option<bool>("--no-pdf") { Description = Say.NoPdfOption };
        var timings = new Option<bool>("--timings") { Description = Say.TimingsOption };
        var readability = new Option<bool>("--readability") { Description = Say.ReadabilityOption };
        var edit = new Option<bool>("--edit") { Description = Say.EditOption };
        var port = new Option<int>("--port") { Description = Say.PortOption, DefaultValueFactory = _ => 5080 };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 65535) r.AddError(Say.NotAPort(r.GetValueOrDefault<int>()));
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

        var build = new Command("build", Say.BuildCommand) { input, theme, output, config, noSearch, noPdf, timings };
        build.SetAction(r => Report(() => SiteBuild.Run(PathsOf(r), BuildMode.Staged, search: r.GetValue(noSearch) ? null : PathsOf(r).SearchIndex(),
            beforeSwap: HoldBeforeSwap(), pdf: !r.GetValue(noPdf)), Say.Built, stdout, stderr, r.GetValue(timings)));
        var check = new Command("check", Say.CheckCommand) { input, theme, output, config, noSearch, noPdf, timings, readability };
        check.SetAction(r => Report(() => SiteBuild.Run(PathsOf(r), BuildMode.Check), Say.Checked, stdout, stderr, r.GetValue(timings), Say.NothingWritten,
            r.GetValue(readability)));
        var serve = new Command("serve", Say.ServeCommand) { input, theme, output, config, noSearch, noPdf, port, timings, edit };
        serve.SetAction(async (r, token) =>
        {
            if (r.GetValue(edit) && r.GetValue(noSearch))
                return Usage(new UsageException(Say.EditNeedsNode), stderr);
            try { return await PreviewServer.RunAsync(PathsOf(r), !r.GetValue(noSearch), r.GetValue(port), stdout, stderr, token, r.GetValue(timings), pdf: !r.GetValue(noPdf), edit: r.GetValue(edit)); }
            catch (UsageException e) { return Usage(e, stderr); }
            catch (Exception e) when (e is not OperationCanceledException) { return InternalError(e, stderr); }
        });

        var rename = RenameCommand.Create(input, theme, config, PathsOf, stdout, stderr);

        // --no-search is accepted, as check accepts it, so the same options work for every command; nothing is indexed.
        var translations = new Command("translations", Say.TranslationsCommand) { input, theme, output, config, noSearch };
        translations.SetAction(r => TranslationsCommand.Run(PathsOf(r), stdout, stderr));

        var root = new RootCommand(Say.RootCommand) { build, check, serve, rename, translations };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) stderr.WriteLine($"guidance: {InOwnWords(error, parsed)}");
            stderr.WriteLine(Say.SeeHelp);
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>A parse error in the tool's language: System.CommandLine's own words are English only.</summary>
    private static string InOwnWords(System.CommandLine.Parsing.ParseError error, ParseResult parsed) =>
        parsed.UnmatchedTokens.FirstOrDefault(t => error.Message.Contains($"'{t}'", StringComparison.Ordinal)) is { } token
            ? Say.UnknownArgument(token) : error.Message;

    /// <summary>"guidance: offline copy (Workbox): da 192 files, 1441 KB; en 192 files, 1459 KB, in 850 ms of the build".</summary>
    private static string OfflineLine(Modules.Offline.OfflineReport offline) =>
        Say.OfflineLine(string.Join("; ", offline.PerLanguage.OrderBy(l => l.Key)
            .Select(l => Say.OfflineLanguage(l.Key, l.Value.Files, l.Value.Bytes / 1024))), $"{offline.Elapsed.TotalMilliseconds:0}");

    /// <summary>Runs a build and prints its outcome: figures on success, every located error on failure.</summary>
    /// <param name="nothingDone">What the last line of a failure says was left undone.</param>
    public static int Report(Func<BuildReport> run, string verb, TextWriter stdout, TextWriter stderr, bool timings = false,
        string? nothingDone = null, bool readability = false)
    {
        nothingDone ??= Say.NothingPublished;
        try
        {
            var report = run();
            if (timings) PrintTimings(report.Timings ?? [], stdout);
            if (readability) ReadabilityReport.Print(report.Readability ?? [], stdout);
            foreach (var warning in report.Warnings) stderr.WriteLine(warning);
            var pages = string.Join(", ", report.PagesPerLanguage.OrderBy(p => p.Key).Select(p => $"{p.Value} {p.Key}"));
            stdout.WriteLine(report.Unchanged
                ? Say.UnchangedSummary(report.PagesPerLanguage.Values.Sum(), pages, $"{report.Elapsed.TotalMilliseconds:0}")
                : Say.Summary(verb, report.PagesPerLanguage.Values.Sum(), pages, report.FilesWritten, $"{report.Elapsed.TotalMilliseconds:0}"));
            if (report.Search is { } search)
            {
                if (search.Installed is { } install) stdout.WriteLine(Say.PagefindInstalled($"{install.TotalMilliseconds:0}"));
                var indexed = string.Join(", ", search.PagesPerLanguage.OrderBy(p => p.Key).Select(p => $"{p.Value} {p.Key}"));
                stdout.WriteLine(Say.SearchIndexLine(indexed, $"{search.Elapsed.TotalMilliseconds:0}"));
            }
            if (report.Offline is { } offline) stdout.WriteLine(OfflineLine(offline));
            if (report.Cms is { } cms)
                stdout.WriteLine(Say.EditorBuilt(cms.Files, cms.Local ? Say.EditorSavesLocally : Say.EditorPublishesThroughGitHub, $"{cms.Elapsed.TotalMilliseconds:0}"));
            return Success;
        }
        catch (UsageException e)
        {
            return Usage(e, stderr);
        }
        catch (SearchIndexException e)
        {
            stderr.WriteLine($"guidance: {e.Message}");
            stderr.WriteLine(Say.SkipSearch(nothingDone));
            return ContentErrors;
        }
        catch (PublishFailedException e)
        {
            stderr.WriteLine($"guidance: {e.Message}");
            stderr.WriteLine($"guidance: {nothingDone}");
            return ContentErrors;
        }
        catch (BuildFailedException e)
        {
            foreach (var error in e.Errors) stderr.WriteLine(error);
            stderr.WriteLine(Say.Failed(e.Errors.Count, nothingDone));
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
        // Steadier than times on a busy machine when comparing a change before and after (bench/RESULTS.md).
        stdout.WriteLine($"timings: allocated {GC.GetTotalAllocatedBytes(precise: true) / (1024 * 1024)} MB; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
    }

    /// <summary>
    /// A bug or a failure of the machine (a full disk, an unreadable folder), not a content error: one line that
    /// says what happened, never a stack trace, since the reader is an editor. Exit code 1: nothing was published.
    /// </summary>
    public static int InternalError(Exception e, TextWriter stderr)
    {
        var message = string.Join(" ", e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        stderr.WriteLine(Say.InternalError(message));
        return ContentErrors;
    }
}
