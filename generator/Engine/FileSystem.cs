namespace Guidance.Engine;

/// <summary>A file found in one of the input roots.</summary>
/// <param name="RelativePath">Path below its root, with forward slashes (<c>findings/a/b.da.md</c>).</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="DisplayPath">The path an editor recognises in a message (<c>input/findings/a/b.da.md</c>).</param>
public sealed record InputFile(string RelativePath, string FullPath, string DisplayPath);

/// <summary>
/// Input roots merged as Statiq does: a file in a later root (the site's input/) overrides the file
/// at the same relative path in an earlier one (the theme). Output goes to one folder.
/// </summary>
public sealed class FileSystem(IReadOnlyList<string> inputRoots, string outputPath)
{
    public IReadOnlyList<string> InputRoots { get; } = inputRoots.Select(Path.GetFullPath).ToList();
    public string OutputPath { get; } = Path.GetFullPath(outputPath);

    /// <summary>
    /// Files below <paramref name="folder"/> in every root whose names end in one of <paramref name="extensions"/>.
    /// Names starting with <c>_</c> are skipped. A linked folder is an error: following one can loop forever,
    /// and skipping it quietly would leave its pages out of the site without a word.
    /// </summary>
    public IReadOnlyList<InputFile> GetFiles(string folder, bool recursive, params string[] extensions)
    {
        var merged = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var root in InputRoots)
        {
            var start = Path.Combine(root, folder);
            if (!Directory.Exists(start)) continue;
            foreach (var full in Walk(start, recursive))
            {
                var name = Path.GetFileName(full);
                if (name.StartsWith('_') || !extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) continue;
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                merged[relative] = new InputFile(relative, full, DisplayPathOf(full, _workingDirectory));
            }
        }
        return merged.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The file at a relative path, from the last root that has it. A path that leads out of the roots
    /// (<c>layouts/../../secret.html</c>, from a page's <c>layout</c> key) finds nothing.
    /// </summary>
    public InputFile? GetFile(string relativePath)
    {
        for (var i = InputRoots.Count - 1; i >= 0; i--)
        {
            var root = InputRoots[i].TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(Path.Combine(root, relativePath));
            if (!full.StartsWith(root, StringComparison.Ordinal)) return null; // a name with ../ never reaches outside the roots
            if (File.Exists(full)) return new InputFile(relativePath.Replace('\\', '/'), full, DisplayPathOf(full, _workingDirectory));
        }
        return null;
    }

    /// <summary>The chain of <c>_directory.yml</c> files that apply to a file, outermost first.</summary>
    public IReadOnlyList<InputFile> DirectoryMetadataFor(string relativePath)
    {
        var folders = new List<string> { "" };
        var parts = relativePath.Split('/');
        for (var i = 1; i < parts.Length; i++) folders.Add(string.Join('/', parts[..i]) + "/");
        return folders.Select(f => GetFile(f + "_directory.yml")).OfType<InputFile>().ToList();
    }

    private static IEnumerable<string> Walk(string folder, bool recursive)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)) yield return file;
        if (!recursive) yield break;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var info = new DirectoryInfo(sub);
            if (info.Name.StartsWith('_')) continue;
            if (info.LinkTarget is { } target) throw LinkedFolder(info, target);
            foreach (var file in Walk(sub, true)) yield return file;
        }
    }

    private static ContentException LinkedFolder(DirectoryInfo link, string target)
    {
        var resolved = Path.GetFullPath(Path.Combine(link.Parent!.FullName, target)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var loops = (link.FullName + Path.DirectorySeparatorChar).StartsWith(resolved, StringComparison.Ordinal);
        return new ContentException(new SourceLocation(DisplayPathOf(link.FullName), 1), loops
            ? $"this folder is a link to '{target}', which contains it: a loop; remove the link"
            : $"this folder is a link to '{target}'; linked folders are not read, so move or copy the files here instead");
    }

    public static string DisplayPathOf(string fullPath) => DisplayPathOf(fullPath, Environment.CurrentDirectory);

    private static string DisplayPathOf(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    // Asking the system for the working directory is a system call; a build asks once per file it lists.
    private readonly string _workingDirectory = Environment.CurrentDirectory;
}
