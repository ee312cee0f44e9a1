using System.Diagnostics;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>What a build did, for the command line to print.</summary>
public sealed record BuildReport(IReadOnlyDictionary<string, int> PagesPerLanguage, int FilesWritten, TimeSpan Elapsed, IReadOnlyList<ContentError> Warnings);

public enum BuildMode
{
    /// <summary>Validate everything, write nothing (<c>guidance check</c>).</summary>
    Check,
    /// <summary>Write into a fresh folder beside the output and swap it in only when the whole build succeeded.</summary>
    Staged,
    /// <summary>Write into the output folder, touching only files that changed (the preview server, after validation passed).</summary>
    InPlace,
}

/// <summary>Runs a whole build of the guidance site. Content errors come out as <see cref="BuildFailedException"/>.</summary>
public static class SiteBuild
{
    public static BuildReport Run(SitePaths paths, BuildMode mode, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var output = Path.GetFullPath(paths.Output);
        var target = mode == BuildMode.Staged ? StagingFolderFor(output) : output;
        try
        {
            var site = new GuidanceSite(paths, target);
            var engine = site.CreateEngine(write: mode != BuildMode.Check);
            // A staged build throws its folder away on failure and a check writes nothing, so pages may be written as they
            // are rendered; in place, nothing may be written before every page has rendered.
            engine.Streaming = mode != BuildMode.InPlace;
            var result = engine.Execute(cancellationToken);
            var pages = result.Outputs.Values.SelectMany(d => d)
                .Where(d => d.Destination?.EndsWith(".html", StringComparison.Ordinal) == true && d.GetString(SiteKeys.Lang) is not null && d.Kind_() != "root")
                .GroupBy(d => d.Lang_())
                .ToDictionary(g => g.Key, g => g.Count());
            var files = result.Outputs.Values.SelectMany(d => d).Count(d => d.Destination is not null);
            if (mode == BuildMode.Staged) SwapIn(target, output);
            return new BuildReport(pages, mode == BuildMode.Check ? 0 : files, clock.Elapsed, result.Warnings);
        }
        catch (ContentException e)
        {
            throw new BuildFailedException([e.Error]);
        }
        finally
        {
            if (mode == BuildMode.Staged && Directory.Exists(target)) Directory.Delete(target, recursive: true);
        }
    }

    /// <summary>A new, empty folder next to the output, so that the final move is a rename on the same disk.</summary>
    private static string StagingFolderFor(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Guid.NewGuid().ToString("N")[..8]}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return staging;
    }

    private static void SwapIn(string staging, string output)
    {
        var old = output + ".old-" + Environment.ProcessId;
        if (Directory.Exists(output)) Directory.Move(output, old);
        Directory.Move(staging, output);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }
}
