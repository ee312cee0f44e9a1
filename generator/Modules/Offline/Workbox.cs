using System.Text.Json;
using Guidance.Modules.Tools;

namespace Guidance.Modules.Offline;

/// <summary>What one language's service worker keeps for offline reading.</summary>
public sealed record OfflineCopy(int Files, long Bytes);

/// <summary>What the offline step did: the files and bytes each language keeps, and the time it took.</summary>
public sealed record OfflineReport(IReadOnlyDictionary<string, OfflineCopy> PerLanguage, TimeSpan Elapsed);

/// <summary>
/// The offline copy of a built site: <c>offline/workbox.mjs</c> in the package folder (the theme's) runs Workbox, pinned
/// in its <c>package.json</c>, to write one service worker per language (<c>/sw-&lt;lang&gt;.js</c>) that keeps that
/// language's pages, the shared assets and that language's search index. It runs after the search index, whose files it lists.
/// </summary>
public sealed class Workbox(NpmPackages packages, string node = "node")
{
    public const string PackageName = "workbox-build";
    public const string Script = "offline/workbox.mjs";

    /// <summary>What the step adds to the site's root, besides <c>sw-&lt;lang&gt;.js</c>: Workbox's runtime, imported by the workers.</summary>
    public const string RuntimeFolder = "workbox";

    public static string WorkerOf(string language) => $"sw-{language}.js";

    public OfflineReport Generate(string siteFolder, IReadOnlyList<string> languages, CancellationToken cancellationToken = default)
    {
        packages.EnsureInstalled(Say.OfflineNeedsNpm, cancellationToken);
        var script = Path.Combine(packages.Folder, Script);
        if (!File.Exists(script)) throw new ExternalToolException(Say.WorkboxScriptMissing(script));
        var result = ExternalCommand.Run(node, [script, Path.GetFullPath(siteFolder), .. languages], packages.Folder,
            Say.OfflineNeedsNode(node), cancellationToken);
        if (!result.Succeeded)
            throw new ExternalToolException(Say.WorkboxFailed(result.ExitCode, siteFolder, result.Output.TrimEnd()));
        return new OfflineReport(Parse(result.Output), result.Elapsed);
    }

    /// <summary>The script's last line: <c>{"da": {"files": n, "bytes": n}, …}</c>; warnings come before it.</summary>
    private static Dictionary<string, OfflineCopy> Parse(string output)
    {
        var last = output.TrimEnd().Split('\n')[^1];
        try
        {
            using var json = JsonDocument.Parse(last);
            return json.RootElement.EnumerateObject().ToDictionary(l => l.Name,
                l => new OfflineCopy(l.Value.GetProperty("files").GetInt32(), l.Value.GetProperty("bytes").GetInt64()));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ExternalToolException(Say.WorkboxNoReport(output.TrimEnd()));
        }
    }
}
