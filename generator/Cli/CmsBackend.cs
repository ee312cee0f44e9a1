using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Guidance.Site;
using Guidance.Site.Cms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Guidance.Cli;

/// <summary>One problem of the last build, where the editor can show it: the file as the editor names it, and the front matter key at its line.</summary>
public sealed record CmsProblem(string File, int Line, string? Key, string Message);

/// <summary>What the editor's script asks after a save: the build number, and the problems of that build.</summary>
public sealed record CmsProblems(int Version, IReadOnlyList<CmsProblem> Problems);

/// <summary>
/// The editor's local backend for <c>guidance serve --edit</c>: Decap CMS's local file-system protocol (the one its
/// <c>decap-server</c> speaks in <c>fs</c> mode: one POST endpoint taking <c>{ action, params }</c>), served by the
/// preview server on its own origin. That keeps the editor behind the server's checks (127.0.0.1 only, and only
/// requests naming localhost, so no other web page can reach it through DNS rebinding, which decap-server does not
/// check), needs no second port, no Node process to watch and no hole in the editor's <c>connect-src</c>; and it
/// writes only below the input folder. A save writes the files; the server's file watcher rebuilds, and
/// <see cref="ProblemsPath"/> tells the editor's script what that build found, located at the saved file's keys.
/// </summary>
public sealed partial class CmsBackend(SitePaths paths, LiveReload live)
{
    public const string ProblemsPath = "/_guidance/cms/problems";

    private readonly string _root = Path.TrimEndingDirectorySeparator(CmsAdmin.RootOf(paths));
    private readonly string _input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Input));

    public void Use(WebApplication app)
    {
        app.MapPost(DecapConfig.LocalApiPath, async context =>
        {
            JsonNode? request;
            try { request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted); }
            catch (JsonException) { await Fail(context, 400, Say.RequestNotJson); return; }
            try
            {
                var answer = Handle(request?["action"]?.GetValue<string>() ?? "", request?["params"] ?? new JsonObject());
                await context.Response.WriteAsync(answer?.ToJsonString() ?? "null", context.RequestAborted);
            }
            catch (RefusedPathException e) { await Fail(context, 422, e.Message); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
            {
                await Fail(context, 500, e.Message);
            }
        });
        app.MapGet(ProblemsPath, async context =>
        {
            context.Response.Headers.CacheControl = "no-store";
            var state = int.TryParse(context.Request.Query["since"], out var since)
                ? await live.ChangedSinceAsync(since, context.RequestAborted)
                : live.State;
            await context.Response.WriteAsJsonAsync(new CmsProblems(state.Version, ProblemsOf(state.Error)), JsonSerializerOptions.Web, context.RequestAborted);
        });
    }

    private static Task Fail(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error });
    }

    private JsonNode? Handle(string action, JsonNode args)
    {
        switch (action)
        {
            case "info":
                return new JsonObject { ["repo"] = Path.GetFileName(_root), ["publish_modes"] = new JsonArray("simple"), ["type"] = "local_fs" };
            case "entriesByFolder":
                return new JsonArray([.. ListFiles(Text(args, "folder"), Text(args, "extension"), args["depth"]?.GetValue<int>() ?? 1).Select(Entry)]);
            case "entriesByFiles":
                return new JsonArray([.. (args["files"]?.AsArray() ?? []).Select(f => Entry(Text(f!, "path")))]);
            case "getEntry":
                return Entry(Text(args, "path"));
            case "persistEntry":
                var files = args["dataFiles"]?.AsArray().Select(f => f!).ToList() ?? [args["entry"]!];
                foreach (var file in files) WriteFile(Text(file, "path"), System.Text.Encoding.UTF8.GetBytes(Text(file, "raw")));
                foreach (var asset in args["assets"]?.AsArray() ?? []) WriteFile(Text(asset!, "path"), Convert.FromBase64String(Text(asset!, "content")));
                if (files.All(f => f["newPath"] is not null))
                    foreach (var file in files) Move(Text(file, "path"), Text(file, "newPath"));
                return new JsonObject { ["message"] = "entry persisted" };
            case "getMedia":
                return new JsonArray([.. ListFiles(Text(args, "mediaFolder"), "", 1).Select(Media)]);
            case "getMediaFile":
                return Media(Text(args, "path"));
            case "persistMedia":
                var media = args["asset"]!;
                WriteFile(Text(media, "path"), Convert.FromBase64String(Text(media, "content")));
                return Media(Text(media, "path"));
            case "deleteFile":
                Delete(Text(args, "path"));
                return new JsonObject { ["message"] = "deleted file" };
            case "deleteFiles":
                foreach (var path in args["paths"]?.AsArray() ?? []) Delete(path!.GetValue<string>());
                return new JsonObject { ["message"] = "deleted files" };
            case "getDeployPreview":
                return null;
            default:
                throw new RefusedPathException($"unknown action '{action}'");
        }
    }

    private static string Text(JsonNode node, string key) =>
        node[key]?.GetValue<string>() ?? throw new InvalidOperationException($"the request has no '{key}'");

    /// <summary>A path the editor names (relative to the repository root, '/'), as a full path below the input folder, never through a link.</summary>
    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (!full.StartsWith(_input + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new RefusedPathException($"'{path}' is outside the input folder; the editor writes only there");
        for (var part = full; part.Length > _input.Length; part = Path.GetDirectoryName(part)!)
            if (new FileInfo(part) is { Exists: true, LinkTarget: not null } || new DirectoryInfo(part) is { Exists: true, LinkTarget: not null })
                throw new RefusedPathException($"'{path}' goes through a symbolic link; the editor writes only ordinary files");
        return full;
    }

    private string Relative(string full) => Path.GetRelativePath(_root, full).Replace(Path.DirectorySeparatorChar, '/');

    private IEnumerable<string> ListFiles(string folder, string extension, int depth)
    {
        var start = Resolve(folder.TrimEnd('/') + "/x")[..^2];
        if (!Directory.Exists(start)) return [];
        IEnumerable<string> Walk(string dir, int left) => left <= 0 ? [] :
            Directory.EnumerateFiles(dir).Where(f => f.EndsWith(extension, StringComparison.Ordinal) && new FileInfo(f).LinkTarget is null)
                .Concat(Directory.EnumerateDirectories(dir).Where(d => new DirectoryInfo(d).LinkTarget is null).SelectMany(d => Walk(d, left - 1)));
        return Walk(start, depth).Order(StringComparer.Ordinal).Select(Relative).ToList();
    }

    private JsonObject Entry(string path)
    {
        var full = Resolve(path);
        var bytes = File.Exists(full) ? File.ReadAllBytes(full) : null;
        return new JsonObject
        {
            ["data"] = bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes),
            ["file"] = new JsonObject { ["path"] = path, ["id"] = bytes is null ? null : Hash(bytes) },
        };
    }

    private JsonObject Media(string path)
    {
        var bytes = File.ReadAllBytes(Resolve(path));
        return new JsonObject
        {
            ["id"] = Hash(bytes), ["content"] = Convert.ToBase64String(bytes), ["encoding"] = "base64",
            ["path"] = path, ["name"] = Path.GetFileName(path),
        };
    }

    private void WriteFile(string path, byte[] bytes)
    {
        var full = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Written beside and renamed over: the file watcher never reads half a file.
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".saving");
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, full, overwrite: true);
    }

    private void Move(string from, string to)
    {
        var (source, target) = (Resolve(from), Resolve(to));
        if (source == target || !File.Exists(source)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(source, target, overwrite: false);
    }

    private void Delete(string path)
    {
        var full = Resolve(path);
        if (File.Exists(full)) File.Delete(full);
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The lines <c>file:line[:column]: message</c> of a failed build, each with the front matter key at its line.</summary>
    public IReadOnlyList<CmsProblem> ProblemsOf(string? errors)
    {
        if (errors is null) return [];
        var problems = new List<CmsProblem>();
        foreach (var line in errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = LocatedLine().Match(line);
            if (!match.Success) continue; // the summary ("guidance: 1 error(s); …")
            var full = FullPathOf(match.Groups["file"].Value);
            var number = int.Parse(match.Groups["line"].Value);
            problems.Add(new CmsProblem(Relative(full), number, KeyAt(full, number), match.Groups["message"].Value));
        }
        return problems;
    }

    /// <summary>
    /// A file as a build printed it: relative to the working directory of the moment its site was loaded, which is
    /// this one in the command line; tests that move it meanwhile get the path the relative one climbs to.
    /// </summary>
    private string FullPathOf(string display)
    {
        var here = Path.GetFullPath(display);
        if (here.StartsWith(_input + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return here;
        var climbed = Path.GetFullPath(Path.DirectorySeparatorChar + string.Join(Path.DirectorySeparatorChar,
            display.Split('/', '\\').SkipWhile(part => part == "..")));
        return climbed.StartsWith(_input + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? climbed : here;
    }

    /// <summary>The top-level front matter (or YAML) key whose value holds line <paramref name="number"/>; null in a Markdown body.</summary>
    private static string? KeyAt(string file, int number)
    {
        if (!File.Exists(file) || number < 1) return null;
        var lines = File.ReadLines(file).Take(number).ToList();
        var markdown = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        if (markdown && (lines.Count == 0 || lines[0].Trim() != "---" || lines.Skip(1).Any(l => l.Trim() == "---"))) return null;
        for (var i = lines.Count - 1; i >= (markdown ? 1 : 0); i--)
            if (TopLevelKey().Match(lines[i]) is { Success: true } key) return key.Groups[1].Value;
        return null;
    }

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+)(?::\d+)?: (?<message>.+)$")]
    private static partial Regex LocatedLine();

    [GeneratedRegex(@"^([A-Za-z_][\w-]*)\s*:")]
    private static partial Regex TopLevelKey();

    private sealed class RefusedPathException(string message) : Exception(message);
}
