using AngleSharp.Html.Parser;

namespace Guidance.Tests.Support;

/// <summary>
/// Reads every HTML file of a built site and lists internal links (href and src) that do not resolve
/// to a file, or whose #anchor names no element in the target page.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> BrokenLinks(string outputFolder, string basePath = "/")
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var set) ? set
            : ids[file] = parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var page = "/" + Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var target = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (target.StartsWith("http", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)) continue;
                var hash = target.IndexOf('#');
                var path = hash >= 0 ? target[..hash] : target;
                if (path.IndexOf('?') is var query and >= 0) path = path[..query]; // a query string leads to the same page
                var anchor = hash >= 0 ? target[(hash + 1)..] : "";
                string resolved;
                if (path.Length == 0) resolved = file;
                else
                {
                    var absolute = path.StartsWith('/') ? path : new Uri(new Uri("http://site" + page), path).AbsolutePath;
                    if (!absolute.StartsWith(basePath, StringComparison.Ordinal)) { broken.Add($"{page}: {target} is outside the site"); continue; }
                    var relative = Uri.UnescapeDataString(absolute[basePath.Length..]);
                    if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
                    resolved = Path.Combine(outputFolder, relative);
                }
                if (!File.Exists(resolved)) broken.Add($"{page}: {target} does not exist");
                else if (anchor.Length > 0 && resolved.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(resolved).Contains(Uri.UnescapeDataString(anchor)))
                    broken.Add($"{page}: {target} has no element with id '{anchor}'");
            }
        }
        return broken;
    }
}
