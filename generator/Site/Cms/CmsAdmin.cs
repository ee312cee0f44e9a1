using System.Diagnostics;
using System.Net;
using Guidance.Modules.Tools;

namespace Guidance.Site.Cms;

/// <summary>What the editor step did, for the build's summary.</summary>
public sealed record CmsReport(int Files, bool Local, TimeSpan Elapsed);

/// <summary>
/// The browser editor at <c>/admin/</c>: Decap CMS's bundle, copied from the theme's installed packages (no CDN), its
/// page with a Content-Security-Policy of its own, the config made from the content-type declarations
/// (<see cref="DecapConfig"/>), and the site's small additions (<c>theme/cms/</c>: the build's problems shown beside the
/// fields). Written as the last step of a build with Node, like the search index, so the pages' checks never see it.
/// </summary>
public static class CmsAdmin
{
    public const string Package = "decap-cms";

    /// <summary>The site's own script and style for the editor, under the theme.</summary>
    public const string ThemeFolder = "cms";

    /// <summary>
    /// The editor's policy: its own scripts only, as on every page, but the inline styles its components set (Decap
    /// styles itself with CSS-in-JS), 'unsafe-eval' for the schema validator that checks its config (ajv compiles
    /// the schema to a function), images and files it reads back from memory (blob:, also fetched) and, in production, GitHub's API.
    /// Found by watching Chromium's CSP reports while the browser tests use the editor; nothing broader than they need.
    /// </summary>
    public static string ContentSecurityPolicy(bool local)
    {
        var github = local ? "" : " https://api.github.com";
        var avatars = local ? "" : " https://avatars.githubusercontent.com";
        return "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + avatars
            + "; font-src 'self'; connect-src 'self' blob:" + github + "; object-src 'none'; base-uri 'self'; form-action 'self'";
    }

    /// <summary>Whether a build makes the editor: the site names its repository, or the preview edits locally.</summary>
    public static bool Wanted(SiteSettings settings, bool local) => local || settings.Cms is not null;

    /// <summary>Writes <c>admin/</c> into <paramref name="target"/>.</summary>
    /// <param name="pages">The built pages: those a field naming several kinds offers (<see cref="EditorChoice"/>).</param>
    public static CmsReport Write(GuidanceSite site, string target, NpmPackages packages, bool local, IEnumerable<Engine.Document> pages)
    {
        var clock = Stopwatch.StartNew();
        var bundle = Path.Combine(packages.Folder, "node_modules", Package, "dist");
        if (!File.Exists(Path.Combine(bundle, "decap-cms.js")))
            throw new ExternalToolException($"the editor at /admin/ needs {Package}, which is not installed in {packages.Folder}; run 'npm ci' there");
        var folder = Path.Combine(target, DecapConfig.Folder);
        Directory.CreateDirectory(folder);
        var files = 0;
        // The bundle and the chunks and WebAssembly it loads by name from its own folder; not the source maps or the duplicate 'cms.js' build.
        foreach (var file in Directory.EnumerateFiles(bundle).Where(f => Path.GetFileName(f) is var name
                     && (name == "decap-cms.js" || name.EndsWith(".decap-cms.js", StringComparison.Ordinal) || name.EndsWith(".wasm", StringComparison.Ordinal))))
        {
            CopyIfChanged(file, Path.Combine(folder, Path.GetFileName(file)));
            files++;
        }
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Paths.Theme, ThemeFolder)))
        {
            CopyIfChanged(file, Path.Combine(folder, Path.GetFileName(file)));
            files++;
        }
        var choices = EditorChoice.Of(pages, site.Settings.DefaultLanguage, DecapConfig.Choices(site.Types));
        var config = DecapConfig.Write(site.Types, site.Settings, site.Strings, ContentFolder(site.Paths), local, choices);
        WriteIfChanged(Path.Combine(folder, "config.yml"), config);
        WriteIfChanged(Path.Combine(folder, "index.html"), Page(site, local));
        return new CmsReport(files + 2, local, clock.Elapsed);
    }

    /// <summary>
    /// The input folder as the repository names it (<c>input</c>): relative to the git repository it is in, or to its
    /// parent folder outside one. The local backend reads and writes relative to the same root (<see cref="RootOf"/>).
    /// </summary>
    public static string ContentFolder(SitePaths paths) =>
        Path.GetRelativePath(RootOf(paths), Path.GetFullPath(paths.Input)).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The folder the editor's paths are relative to: the git repository holding the input, else the input's parent.</summary>
    public static string RootOf(SitePaths paths)
    {
        var input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Input));
        for (var folder = Path.GetDirectoryName(input); folder is not null; folder = Path.GetDirectoryName(folder))
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"))) return folder;
        return Path.GetDirectoryName(input)!;
    }

    /// <summary>The editor's files a folder holds, as a build names its outputs (<c>admin/config.yml</c>).</summary>
    public static IEnumerable<string> FilesIn(string target)
    {
        var folder = Path.Combine(target, DecapConfig.Folder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(f => DecapConfig.Folder + "/" + Path.GetFileName(f))
            : [];
    }

    private static string Page(GuidanceSite site, bool local)
    {
        var lang = site.Settings.DefaultLanguage;
        string T(string key) => WebUtility.HtmlEncode(site.Strings.Get(lang, key));
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="{ContentSecurityPolicy(local)}">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{T("cms.title")} · {WebUtility.HtmlEncode(site.Settings.TitleIn(lang))}</title>
            <link rel="icon" href="{site.Settings.BasePath}icons/icon.svg" type="image/svg+xml">
            <link rel="stylesheet" href="guidance-cms.css">
            </head>
            <body data-content-folder="{WebUtility.HtmlEncode(ContentFolder(site.Paths))}" data-languages="{string.Join(" ", site.Settings.Languages)}" data-problems-title="{T("cms.problems.title")}" data-problems-other="{T("cms.problems.other")}" data-problems-checking="{T("cms.problems.checking")}" data-problems-none="{T("cms.problems.none")}"{(local ? " data-rebuilds" : "")}>
            <script src="guidance-cms-init.js"></script>
            <script src="decap-cms.js"></script>
            <script src="guidance-cms.js"></script>
            </body>
            </html>

            """;
    }

    /// <summary>Rewritten only when it changed, and then renamed over: an editor opened during a rebuild never reads half a file.</summary>
    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        var temporary = path + ".writing";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static void CopyIfChanged(string from, string to)
    {
        var source = new FileInfo(from);
        var existing = new FileInfo(to);
        if (existing.Exists && existing.Length == source.Length && existing.LastWriteTimeUtc == source.LastWriteTimeUtc) return;
        File.Copy(from, to, overwrite: true);
        File.SetLastWriteTimeUtc(to, source.LastWriteTimeUtc);
    }
}
