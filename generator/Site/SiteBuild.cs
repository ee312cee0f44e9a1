using System.Diagnostics;
using Guidance.Engine;
using Guidance.Modules.Offline;
using Guidance.Modules.Search;
using Guidance.Modules.Tools;
using Guidance.Site.Modules;

namespace Guidance.Site;

/// <summary>Runs a whole build of the guidance site. Content errors come out as <see cref="BuildFailedException"/>.</summary>
public static class SiteBuild
{
    /// <param name="search">Indexes the written site and makes its service workers as the last steps (never in <see cref="BuildMode.Check"/>); null skips both.</param>
    /// <param name="beforeSwap">Called with the staging folder once everything is written there, just before the swap.</param>
    /// <exception cref="UsageException">The output folder is not one a build may write (<see cref="OutputFolder.Check"/>).</exception>
    /// <param name="pdf">Make the courses' PDF handouts (<c>--no-pdf</c> turns it off).</param>
    public static BuildReport Run(SitePaths paths, BuildMode mode, CancellationToken cancellationToken = default, Pagefind? search = null,
        Action<string>? beforeSwap = null, bool pdf = true)
    {
        var clock = Stopwatch.StartNew();
        var staged = mode == BuildMode.Staged;
        var output = staged ? OutputFolder.Check(paths) : Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Output));
        var timings = new Timings();
        // Taken before anything is read: a file edited while the build runs then differs from the record, and the next build runs in full.
        var fingerprint = staged ? timings.Time("fingerprint", () => BuildFingerprint.Of(paths, search is not null, pdf)) : null;
        if (fingerprint is not null && timings.Time("output compared with its record", () => BuildRecord.Unchanged(output, fingerprint)) is { } unchanged)
        {
            StagedOutput.RemoveLeftovers(output); // a killed build's staging folder goes, as it would with a full build
            return unchanged with { Elapsed = clock.Elapsed, Timings = timings.Steps };
        }
        var (target, empty) = staged ? StagedOutput.Create(output) : (output, false);
        try
        {
            var site = timings.Time("settings, strings, layouts", () => new GuidanceSite(paths, target, pdf) { HasNode = search is not null });
            site.FileSystem.OutputStartsEmpty = empty;
            // Streaming writes pages before every page is rendered: safe where a failed build's files are thrown away
            // (staged) or none are written (check).
            var engine = site.CreateEngine(write: staged, streaming: true);
            var (report, published) = Execute(site, engine, staged, target, search, timings, clock, cancellationToken);
            if (staged)
            {
                beforeSwap?.Invoke(target);
                var ledgerRewritten = Publish(site.Paths, published, target, output, timings);
                Record(paths, output, fingerprint!, ledgerRewritten && site.Settings.Links != ValidationLevel.Warning, report, timings);
            }
            return report with { Elapsed = clock.Elapsed };
        }
        catch (ContentException e)
        {
            throw new BuildFailedException([e.Error]);
        }
        finally
        {
            if (staged && Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }

    /// <summary>
    /// Puts the staged output in the output's place and the new list of published paths in the old one's: the list is
    /// written first, so that a full disk, while it is written or during the swap, leaves the site and the list as they were.
    /// </summary>
    /// <returns>Whether the list changed.</returns>
    private static bool Publish(SitePaths paths, IReadOnlyList<string> published, string staging, string output, Timings timings)
    {
        try
        {
            using var ledger = Permalinks.Prepare(paths, published);
            BuildRecord.Forget(output); // the output it describes is about to go
            timings.Time("swap in", () => { StagedOutput.SwapIn(staging, output); return 0; });
            ledger?.Commit();
            return ledger is not null;
        }
        catch (IOException e) when (PublishingDisk.IsDiskFull(e)) // anything else is unexpected: an internal error
        {
            var message = string.Join(" ", e.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            var ledger = FileSystem.DisplayPathOf(Path.Combine(paths.Input, Permalinks.FileName));
            throw new PublishFailedException(Say.DiskFull(message, ledger));
        }
    }

    /// <summary>
    /// Records what the output just swapped in was built from (<see cref="BuildRecord"/>). The build rewrote the list of
    /// published paths, which it read; the list is recorded as rewritten (<paramref name="rewrittenLedger"/>): the pages do not depend on it, and once a
    /// build succeeded it lists exactly the paths published, so a build from it fails on no lost path and makes the same
    /// output. One message can differ: a link to an unknown id, when the site makes those warnings
    /// (<c>Validation.Links: warning</c>), names the page the list says had that id. Then the list the build read is
    /// recorded, and the next build runs in full once. A record that cannot be
    /// written leaves none: the next build runs in full.
    /// </summary>
    private static void Record(SitePaths paths, string output, BuildFingerprint fingerprint, bool rewrittenLedger, BuildReport report, Timings timings)
    {
        try
        {
            var recorded = rewrittenLedger ? fingerprint.WithLedger(paths) : fingerprint;
            timings.Time("build recorded", () => { BuildRecord.Write(output, recorded, report); return 0; });
        }
        catch (IOException) { BuildRecord.Forget(output); }
    }

    /// <summary>
    /// Runs an engine of <paramref name="site"/> and the checks only the finished pages allow, then indexes them for
    /// search. Files an earlier build left in <paramref name="target"/> that this one did not make are removed first.
    /// Returns what was built and the paths it published.
    /// </summary>
    internal static (BuildReport Report, IReadOnlyList<string> Published) Execute(GuidanceSite site, Engine.Engine engine, bool writes, string target,
        Pagefind? search, Timings timings, Stopwatch clock, CancellationToken cancellationToken, bool editor = false)
    {
        var result = engine.Execute(cancellationToken);
        var pages = result.Outputs.Values.SelectMany(d => d)
            .Where(d => d.Destination?.EndsWith(".html", StringComparison.Ordinal) == true && d.GetString(SiteKeys.Lang) is not null && d.Kind() is not (Kinds.Root or Redirects.Kind))
            .GroupBy(d => d.Lang())
            .ToDictionary(g => g.Key, g => g.Count());
        var files = result.Outputs.Values.SelectMany(d => d).Count(d => d.Destination is not null);
        // What only the whole, rendered build can tell: anchors made by layouts, and paths published before.
        var published = Permalinks.PathsOf(result);
        IReadOnlyList<ContentError> late = [
            .. timings.Time("anchors in rendered pages", () => CheckLinks.InRenderedPages(result, site.Settings)),
            .. timings.Time("published paths", () => Permalinks.Check(site.Paths, published, Permalinks.SourcesOf(result)))];
        if (late.Where(e => e.Severity == Severity.Error).ToList() is { Count: > 0 } broken) throw new BuildFailedException(broken);
        // An output that started empty holds only what this build made: walking it for strays would only cost time.
        if (writes && !site.FileSystem.OutputStartsEmpty)
        {
            var made = result.Outputs.Values.SelectMany(d => d).Select(d => d.Destination).OfType<string>().ToHashSet(StringComparer.Ordinal);
            // The editor's files are written after the pages (below); left in place, an open editor never misses a chunk it loads.
            if (search is not null && Cms.CmsAdmin.Wanted(site.Settings, editor)) made.UnionWith(Cms.CmsAdmin.FilesIn(target));
            timings.Time("stale files removed", () => StaleOutput.Remove(target, made));
        }
        // Last, over the finished pages and before any swap: a failed index publishes nothing.
        SearchIndexReport? index;
        OfflineReport? offline;
        Cms.CmsReport? cms;
        try
        {
            index = writes ? search?.Index(target, cancellationToken) : null;
            // The offline copy keeps the index's files, so it comes after it; it needs Node as the index does, and
            // --no-search (a build without Node) goes without both.
            offline = index is null ? null : new Workbox(search!.Packages, search.Node).Generate(target, site.Settings.Languages, cancellationToken);
            cms = index is not null && Cms.CmsAdmin.Wanted(site.Settings, editor) ? Cms.CmsAdmin.Write(site, target, search!.Packages, editor, result.Outputs.Values.SelectMany(d => d)) : null;
        }
        catch (ExternalToolException e) { throw new SearchIndexException(e.Message); }
        var report = new BuildReport(pages, writes ? files : 0, clock.Elapsed, [.. result.Warnings, .. late], index, [.. result.Timings, .. timings.Steps], offline,
            Pipelines.ReadabilityPipeline.ScoresOf(result), cms);
        return (report, published);
    }
}

/// <summary>The steps of a build outside the engine's phases, timed for <c>--timings</c>.</summary>
internal sealed class Timings
{
    public List<StepTiming> Steps { get; } = [];

    public T Time<T>(string step, Func<T> run)
    {
        var started = Stopwatch.GetTimestamp();
        var value = run();
        Steps.Add(new StepTiming("Finish", StepTiming.WholeStage, step, Stopwatch.GetElapsedTime(started)));
        return value;
    }
}
