using System.Text.RegularExpressions;

namespace Guidance.Site;

/// <summary>
/// A path on the site, relative to its base URL and written with a leading slash: <c>/da/themes/tillid/</c> for
/// a page (its file is <c>da/themes/tillid/index.html</c>), <c>/da/feed.xml</c> for a file. This is the form of
/// <c>input/published-urls.txt</c> and of <c>RedirectFrom</c>, so neither changes when the base URL does.
/// </summary>
public static partial class SitePath
{
    private const string IndexFile = "index.html";

    /// <summary>The longest segment a path may have: it becomes a file or folder name, which file systems limit to 255 bytes.</summary>
    public const int MaxSegment = 200;

    /// <summary>The path of an output file: <c>da/x/index.html</c> is <c>/da/x/</c>.</summary>
    public static string FromDestination(string destination)
    {
        var path = "/" + destination.Replace('\\', '/');
        return path.EndsWith("/" + IndexFile, StringComparison.Ordinal) ? path[..^IndexFile.Length] : path;
    }

    /// <summary>The output file of a path: <c>/da/x/</c> is written to <c>da/x/index.html</c>.</summary>
    public static string ToDestination(string path) => path.TrimStart('/') + (path.EndsWith('/') ? IndexFile : "");

    /// <summary>The URL a browser uses for a path, with the site's base path (<c>/guidance/da/x/</c>).</summary>
    public static string ToUrl(SiteSettings settings, string path) => settings.BasePath + path.TrimStart('/');

    /// <summary>
    /// Reads a path an editor wrote (<c>da/old-name/</c>, <c>/da/old-name</c>) into its clean form (<c>/da/old-name/</c>),
    /// or says what is wrong with it: a path must stay inside the site and use only letters, digits, <c>-</c>,
    /// <c>_</c>, <c>.</c> and <c>~</c> in its segments. Without a file extension it is a page and ends in a slash.
    /// </summary>
    public static bool TryNormalize(string written, out string path, out string problem)
    {
        path = "";
        problem = "";
        var text = written.Trim();
        if (text.StartsWith("//", StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal))
        {
            problem = Say.PathIsFullUrl;
            return false;
        }
        var segments = text.Trim('/').Split('/');
        var depth = 0;
        foreach (var segment in segments)
        {
            depth += segment == ".." ? -1 : 1;
            if (depth < 0)
            {
                problem = Say.PathLeavesOutput;
                return false;
            }
        }
        if (text.Trim('/').Length == 0 || !segments.All(s => CleanSegment().IsMatch(s) && s is not ("." or "..")))
        {
            problem = Say.PathNotClean;
            return false;
        }
        if (segments.FirstOrDefault(s => s.Length > MaxSegment) is { } longSegment)
        {
            problem = Say.PathSegmentTooLong(longSegment.Length, MaxSegment);
            return false;
        }
        var last = segments[^1];
        path = "/" + string.Join('/', segments) + (last.Contains('.') ? "" : "/");
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex CleanSegment();
}
