using System.Diagnostics;
using System.Text.Json;
using Guidance.Modules.Tools;

namespace Guidance.Modules.Search;

/// <summary>What indexing did: pages per language in the index, and the time Pagefind (and an install, if one ran) took.</summary>
public sealed record SearchIndexReport(IReadOnlyDictionary<string, int> PagesPerLanguage, TimeSpan Elapsed, TimeSpan? Installed);

/// <summary>
/// Pagefind, pinned in a folder's <c>package.json</c> (the theme's) and installed there with <c>npm ci</c>, run over a
/// built site. It writes the index to <c>pagefind/</c> in that site: one index per <c>&lt;html lang&gt;</c>, each with
/// its language's stemming, and only what the pages mark with <c>data-pagefind-body</c>. It runs in the package
/// folder, so that is where Pagefind reads its settings (<c>pagefind.yml</c>) from.
/// </summary>
/// <param name="packageFolder">The folder with <c>package.json</c> and <c>package-lock.json</c>.</param>
/// <param name="node">The Node.js program to run Pagefind's launcher with.</param>
/// <param name="npm">The npm program to install Pagefind with.</param>
public sealed class Pagefind(string packageFolder, string node = "node", string npm = "npm")
{
    public const string PackageName = "pagefind";
    public const string OutputFolder = "pagefind";

    public string PackageFolder => Packages.Folder;

    /// <summary>The Node.js program that runs Pagefind, and the other Node tools of the same folder.</summary>
    public string Node { get; } = node;

    public NpmPackages Packages { get; } = new(packageFolder, npm);

    private string InstalledPackage => Packages.InstalledPackage(PackageName);

    /// <summary>Indexes <paramref name="siteFolder"/>, installing Pagefind first when it is missing or not the pinned version.</summary>
    public SearchIndexReport Index(string siteFolder, CancellationToken cancellationToken = default)
    {
        var installed = EnsureInstalled(cancellationToken);
        var launcher = Launcher();
        var result = ExternalCommand.Run(Node, [launcher, "--site", Path.GetFullPath(siteFolder), "--quiet"], PackageFolder,
            Say.SearchNeedsNode(Node), cancellationToken);
        if (!result.Succeeded)
            throw new ExternalToolException(Say.PagefindFailed(result.ExitCode, siteFolder, result.Output.TrimEnd()));
        return new SearchIndexReport(PagesPerLanguage(siteFolder), result.Elapsed, installed);
    }

    /// <summary>Runs <c>npm ci</c> when Pagefind (or another Node tool the folder pins) is not installed at its pinned version; returns how long that took, or null.</summary>
    public TimeSpan? EnsureInstalled(CancellationToken cancellationToken = default) =>
        Packages.EnsureInstalled(Say.SearchNeedsNpm, cancellationToken);

    /// <summary>The version <c>package.json</c> pins (an exact version, so that every build indexes alike).</summary>
    public string PinnedVersion() => Packages.PinnedVersion(PackageName);

    /// <summary>The package's own launcher (its <c>bin</c>), which picks the binary for this platform.</summary>
    private string Launcher()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(InstalledPackage));
        var bin = json.RootElement.GetProperty("bin");
        var relative = bin.ValueKind == JsonValueKind.String ? bin.GetString()! : bin.GetProperty(PackageName).GetString()!;
        return Path.Combine(Path.GetDirectoryName(InstalledPackage)!, relative);
    }

    /// <summary>Pages per language, from the index's own entry file.</summary>
    private static Dictionary<string, int> PagesPerLanguage(string siteFolder)
    {
        var entry = Path.Combine(siteFolder, OutputFolder, "pagefind-entry.json");
        if (!File.Exists(entry)) throw new ExternalToolException(Say.PagefindWroteNothing(entry));
        using var json = JsonDocument.Parse(File.ReadAllText(entry));
        return json.RootElement.GetProperty("languages").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.TryGetProperty("page_count", out var count) ? count.GetInt32() : 0);
    }
}
