using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Site.Pipelines;

namespace Guidance.Site;

/// <summary>
/// Permalinks never break. <c>input/published-urls.txt</c> lists every page and XML file the site has published (pages,
/// redirect pages, feeds, the sitemap), sorted, one per line: what readers bookmark, link to and subscribe to. Files that
/// follow a page (a study's citation files) or belong to the theme (<c>assets/</c>) are not listed: a redirect page
/// could not stand in for them. <c>guidance build</c> rewrites it when it
/// succeeds (<see cref="Prepare"/>). A path in it that a build no longer makes fails the build: the page that replaced it lists the old path
/// in <c>RedirectFrom</c>, which makes a redirect page there. The check needs every document of the finished build.
/// </summary>
public static class Permalinks
{
    public const string FileName = "published-urls.txt";

    /// <summary>The paths of the pages and XML files a build publishes, sorted.</summary>
    public static IReadOnlyList<string> PathsOf(EngineResult result) =>
        result.Outputs.Values.SelectMany(d => d)
            .Where(d => d.Destination is { } destination && !destination.StartsWith(AssetsPipeline.Folder + "/", StringComparison.Ordinal))
            .Select(d => SitePath.FromDestination(d.Destination!))
            .Where(p => p.EndsWith('/') || p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".xml", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The source file of the page published at each path (not of a redirect page, which only stands in for one).</summary>
    public static Func<string, string?> SourcesOf(EngineResult result)
    {
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in result.Outputs.Values.SelectMany(d => d))
            if (d.Destination is { } destination && d.Source is { } source && d.Kind() != Redirects.Kind)
                sources.TryAdd(SitePath.FromDestination(destination), source);
        return path => sources.GetValueOrDefault(path);
    }

    /// <summary>Every path of the file the build no longer makes, as located errors.</summary>
    /// <param name="sourceOf">The source file of the page at a path, to name the likely successor's file.</param>
    public static IReadOnlyList<ContentError> Check(SitePaths paths, IReadOnlyList<string> published, Func<string, string?>? sourceOf = null)
    {
        var file = Path.Combine(paths.Input, FileName);
        if (!File.Exists(file)) return [];
        var display = FileSystem.DisplayPathOf(file);
        var made = published.ToHashSet(StringComparer.Ordinal);
        // A likely successor is a page in the same language (the first segment) with a similar path: a renamed slug.
        string Section(string path) => path.Split('/')[1];
        var pages = published.Where(p => p.EndsWith('/')).ToLookup(Section);
        var lines = LinesOf(paths);
        // A line that is not a path (a merge's conflict marker, a stray word) is named first: the rest of the file may follow from it.
        var unreadable = lines.Where(x => !x.Path.StartsWith('/')).Select(x => new ContentError(new SourceLocation(display, x.Line), Unreadable(x.Path))).ToList();
        if (unreadable.Count > 0) return unreadable;
        return lines
            .Where(x => !made.Contains(x.Path))
            .Select(x => new ContentError(new SourceLocation(display, x.Line), Vanished(x.Path, Suggestions.Closest(x.Path, pages[Section(x.Path)]), sourceOf)))
            .ToList();
    }

    /// <summary>
    /// What an editor reads when a published page is gone: which page, why it matters, and the two ways out. New pages
    /// are never a problem: the publish job records them (<see cref="Record"/>).
    /// </summary>
    /// <summary>The ledger's non-blank lines, trimmed, with their line numbers; none when there is no ledger yet.</summary>
    public static IReadOnlyList<(string Path, int Line)> LinesOf(SitePaths paths)
    {
        var file = Path.Combine(paths.Input, FileName);
        return File.Exists(file)
            ? File.ReadAllLines(file).Select((line, index) => (Path: line.Trim(), Line: index + 1)).Where(x => x.Path.Length > 0).ToList()
            : [];
    }

    private static string Vanished(string path, string? successor, Func<string, string?>? sourceOf)
    {
        var perhaps = successor is null ? "" : sourceOf?.Invoke(successor) is { } file
            ? Say.PerhapsFileNowAt(file, successor)
            : Say.PerhapsPageNowAt(successor);
        return Say.Vanished(path, perhaps);
    }

    private static string Unreadable(string line) =>
        line.StartsWith("<<<<<<<", StringComparison.Ordinal) || line.StartsWith("=======", StringComparison.Ordinal) || line.StartsWith(">>>>>>>", StringComparison.Ordinal)
            ? Say.MergeConflictMarker(line)
            : Say.NotASitePath(line);

    /// <summary>
    /// Writes the new list, when it changed, into a temporary file beside the old one, before the output is swapped:
    /// a full disk or a killed build then leaves the old list whole and the old site published. The caller renames it
    /// over the old list once the swap is done (<see cref="PendingLedger.Commit"/>), a rename that needs no space.
    /// Null when the list is unchanged.
    /// </summary>
    public static PendingLedger? Prepare(SitePaths paths, IReadOnlyList<string> published)
    {
        var file = Path.Combine(paths.Input, FileName);
        var text = string.Concat(published.Select(p => p + "\n"));
        if (File.Exists(file) && File.ReadAllText(file) == text) return null;
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.Delete(temporary); // a killed build's, with this process id
        try { PublishingDisk.WriteAllText(temporary, text); }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        return new PendingLedger(temporary, file);
    }
}

/// <summary>A new <c>published-urls.txt</c>, written beside the old one and not yet put in its place.</summary>
public sealed class PendingLedger(string temporary, string file) : IDisposable
{
    /// <summary>Puts the new list in the old one's place, in one rename.</summary>
    public void Commit() => File.Move(temporary, file, overwrite: true);

    /// <summary>Deletes the new list if it was never put in place.</summary>
    public void Dispose() => File.Delete(temporary);
}
