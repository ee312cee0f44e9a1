using System.Diagnostics;
using System.Text.Json;

namespace Guidance.Modules.Tools;

/// <summary>
/// The Node tools a folder pins in its <c>package.json</c> (the theme's: Pagefind, Workbox), installed there with
/// <c>npm ci</c> from the committed lock file when any of them is missing or not at its pinned version.
/// </summary>
public sealed class NpmPackages(string packageFolder, string npm = "npm")
{
    public static string Install => Say.InstallNode;

    public string Folder { get; } = Path.GetFullPath(packageFolder);

    /// <summary>Runs <c>npm ci</c> unless every pinned package is installed at its version; returns how long that took, or null.</summary>
    /// <param name="purpose">What needs the packages, for the message when npm is missing ("the search index needs npm to install Pagefind").</param>
    public TimeSpan? EnsureInstalled(string purpose, CancellationToken cancellationToken = default)
    {
        var pinned = Pinned();
        if (pinned.All(p => InstalledVersion(p.Key) == p.Value)) return null;
        if (!File.Exists(Path.Combine(Folder, "package-lock.json")))
            throw new ExternalToolException(Say.LockFileMissing(Path.Combine(Folder, "package-lock.json"), Folder));
        var clock = Stopwatch.StartNew();
        var result = ExternalCommand.Run(npm, ["ci", "--no-audit", "--no-fund", "--loglevel=error"], Folder,
            Say.NpmNotFound(purpose, npm), cancellationToken);
        if (!result.Succeeded)
            throw new ExternalToolException(Say.NpmCiFailed(Folder, result.ExitCode, string.Join(Say.And, pinned.Keys), result.Output.TrimEnd()));
        if (pinned.FirstOrDefault(p => InstalledVersion(p.Key) != p.Value) is { Key: not null } wrong)
            throw new ExternalToolException(Say.NpmCiWrongVersion(Folder, wrong.Key, wrong.Value));
        return clock.Elapsed;
    }

    /// <summary>The version <c>package.json</c> pins for <paramref name="name"/> (an exact version, so that every build runs alike).</summary>
    public string PinnedVersion(string name) =>
        Pinned().TryGetValue(name, out var version) ? version
        : throw new ExternalToolException(Say.NotInDevDependencies(Path.Combine(Folder, "package.json"), name));

    /// <summary>The <c>package.json</c> file of <paramref name="name"/> as installed (it may not exist).</summary>
    public string InstalledPackage(string name) => Path.Combine(Folder, "node_modules", name, "package.json");

    private Dictionary<string, string> Pinned()
    {
        var file = Path.Combine(Folder, "package.json");
        if (!File.Exists(file)) throw new ExternalToolException(Say.PackageJsonMissing(file));
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var pinned = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in new[] { "dependencies", "devDependencies" })
            if (json.RootElement.TryGetProperty(section, out var dependencies))
                foreach (var dependency in dependencies.EnumerateObject())
                    pinned[dependency.Name] = dependency.Value.GetString() ?? "";
        return pinned;
    }

    private string? InstalledVersion(string name)
    {
        var file = InstalledPackage(name);
        if (!File.Exists(file)) return null;
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
