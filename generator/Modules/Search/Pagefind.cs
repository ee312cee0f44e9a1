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

    private const string Install = "install Node.js 20 with npm (on Debian: apt-get install -y nodejs npm)";

    public string PackageFolder { get; } = Path.GetFullPath(packageFolder);

    private string InstalledPackage => Path.Combine(PackageFolder, "node_modules", PackageName, "package.json");

    /// <summary>Indexes <paramref name="siteFolder"/>, installing Pagefind first when it is missing or not the pinned version.</summary>
    public SearchIndexReport Index(string siteFolder, CancellationToken cancellationToken = default)
    {
        var installed = EnsureInstalled(cancellationToken);
        var launcher = Launcher();
        var result = ExternalCommand.Run(node, [launcher, "--site", Path.GetFullPath(siteFolder), "--quiet"], PackageFolder,
            $"the search index needs Node.js to run Pagefind, and '{node}' was not found on the PATH: {Install}", cancellationToken);
        if (!result.Succeeded)
            throw new ExternalToolException($"Pagefind failed (exit code {result.ExitCode}) while indexing {siteFolder}:\n{result.Output.TrimEnd()}");
        return new SearchIndexReport(PagesPerLanguage(siteFolder), result.Elapsed, installed);
    }

    /// <summary>Runs <c>npm ci</c> when Pagefind is not installed at the pinned version; returns how long that took, or null.</summary>
    public TimeSpan? EnsureInstalled(CancellationToken cancellationToken = default)
    {
        var pinned = PinnedVersion();
        if (InstalledVersion() == pinned) return null;
        if (!File.Exists(Path.Combine(PackageFolder, "package-lock.json")))
            throw new ExternalToolException($"{Path.Combine(PackageFolder, "package-lock.json")} is missing; run 'npm install' in {PackageFolder} once and commit the lock file");
        var clock = Stopwatch.StartNew();
        var result = ExternalCommand.Run(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], PackageFolder,
            $"the search index needs npm to install Pagefind, and '{npm}' was not found on the PATH: {Install}", cancellationToken);
        if (!result.Succeeded)
            throw new ExternalToolException($"'npm ci' in {PackageFolder} failed (exit code {result.ExitCode}), so Pagefind could not be installed:\n{result.Output.TrimEnd()}");
        if (InstalledVersion() != pinned)
            throw new ExternalToolException($"'npm ci' in {PackageFolder} did not install {PackageName} {pinned}; check package-lock.json");
        return clock.Elapsed;
    }

    /// <summary>The version <c>package.json</c> pins (an exact version, so that every build indexes alike).</summary>
    public string PinnedVersion()
    {
        var file = Path.Combine(PackageFolder, "package.json");
        if (!File.Exists(file)) throw new ExternalToolException($"{file} is missing; it pins the {PackageName} version the build installs");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        foreach (var section in new[] { "devDependencies", "dependencies" })
            if (json.RootElement.TryGetProperty(section, out var dependencies) && dependencies.TryGetProperty(PackageName, out var version))
                return version.GetString() ?? "";
        throw new ExternalToolException($"{file} does not list {PackageName} in devDependencies");
    }

    private string? InstalledVersion()
    {
        if (!File.Exists(InstalledPackage)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(InstalledPackage));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

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
        if (!File.Exists(entry)) throw new ExternalToolException($"Pagefind ran but wrote no {entry}");
        using var json = JsonDocument.Parse(File.ReadAllText(entry));
        return json.RootElement.GetProperty("languages").EnumerateObject()
            .ToDictionary(l => l.Name, l => l.Value.TryGetProperty("page_count", out var count) ? count.GetInt32() : 0);
    }
}
