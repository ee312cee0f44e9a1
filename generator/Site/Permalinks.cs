using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Site.Pipelines;

namespace Guidance.Site;

/// <summary>
/// Permalinks never break. <c>input/published-urls.txt</c> lists every page and XML file the site has published (pages,
/// redirect pages, feeds, the sitemap), sorted, one per line: what readers bookmark, link to and subscribe to. Files that
/// follow a page (a study's citation files) or belong to the theme (<c>assets/</c>) are not listed: a redirect page
/// could not stand in for them. <c>guidance build</c> rewrites it when it
/// succeeds. A path in it that a build no longer makes fails the build: the page that replaced it lists the old path
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

    /// <summary>Every path of the file the build no longer makes, as located errors.</summary>
    public static IReadOnlyList<ContentError> Check(SitePaths paths, IReadOnlyList<string> published)
    {
        var file = Path.Combine(paths.Input, FileName);
        if (!File.Exists(file)) return [];
        var display = FileSystem.DisplayPathOf(file);
        var made = published.ToHashSet(StringComparer.Ordinal);
        // A likely successor is a page in the same language (the first segment) with a similar path: a renamed slug.
        string Section(string path) => path.Split('/')[1];
        var pages = published.Where(p => p.EndsWith('/')).ToLookup(Section);
        var lines = File.ReadAllLines(file).Select((line, index) => (Path: line.Trim(), Line: index + 1)).Where(x => x.Path.Length > 0).ToList();
        // A line that is not a path (a merge's conflict marker, a stray word) is named first: the rest of the file may follow from it.
        var unreadable = lines.Where(x => !x.Path.StartsWith('/')).Select(x => new ContentError(new SourceLocation(display, x.Line), Unreadable(x.Path))).ToList();
        if (unreadable.Count > 0) return unreadable;
        return lines
            .Where(x => !made.Contains(x.Path))
            .Select(x => new ContentError(new SourceLocation(display, x.Line),
                Say.NoLongerMade(x.Path, Suggestions.Closest(x.Path, pages[Section(x.Path)]) is { } close ? Say.Perhaps(close) : "")))
            .ToList();
    }

    private static string Unreadable(string line) =>
        line.StartsWith("<<<<<<<", StringComparison.Ordinal) || line.StartsWith("=======", StringComparison.Ordinal) || line.StartsWith(">>>>>>>", StringComparison.Ordinal)
            ? Say.MergeConflictMarker(line)
            : Say.NotASitePath(line);

    /// <summary>
    /// Rewrites the file when it changed: into a temporary file beside it, renamed over it, so that a full disk or a
    /// killed build leaves the old list whole.
    /// </summary>
    public static void Record(SitePaths paths, IReadOnlyList<string> published)
    {
        var file = Path.Combine(paths.Input, FileName);
        var text = string.Concat(published.Select(p => p + "\n"));
        if (File.Exists(file) && File.ReadAllText(file) == text) return;
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        try
        {
            File.WriteAllText(temporary, text);
            File.Move(temporary, file, overwrite: true);
        }
        finally { File.Delete(temporary); }
    }
}
