using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// The output folder is the only folder a build deletes or moves files in, so it must be one the tool made: a folder
/// that does not exist yet, an empty one, or one holding <see cref="MarkerFile"/>, which every output and staging
/// folder gets when it is made. It must not be, contain or lie inside the input or theme folder, and must not be or
/// contain the settings file's folder, the repository or the home folder. An output path that is itself a symbolic
/// link is refused: a swap would replace the link, not the folder it names.
/// </summary>
public static class OutputFolder
{
    public const string MarkerFile = ".guidance-output";

    /// <summary>Whether a folder is one the tool made (it holds the marker).</summary>
    public static bool IsMarked(string folder) => File.Exists(Path.Combine(folder, MarkerFile));

    /// <summary>Marks a folder the tool has just made as its own.</summary>
    public static void Mark(string folder) =>
        File.WriteAllText(Path.Combine(folder, MarkerFile), "Made by guidance: a build may delete and replace everything in this folder.\n");

    /// <summary>The output's full path (no trailing separator) once it passes every rule, or a <see cref="UsageException"/> that says which it breaks.</summary>
    public static string Check(SitePaths paths)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(paths.Output));
        var shown = $"--output '{paths.Output}'";
        if (new FileInfo(output).LinkTarget is { } target)
            throw new UsageException($"{shown} is a symbolic link (to '{target}'); give the folder itself");
        if (File.Exists(output)) throw new UsageException($"{shown} is a file, not a folder");
        var real = FileSystem.RealPath(output);
        if (Path.GetPathRoot(real) == real) throw new UsageException($"{shown} is the root of the file system");
        var guarded = Guarded(paths).Select(g => (g.Name, Folder: FileSystem.RealPath(g.Folder), g.RefuseInside)).ToList();
        // The closest relation is named first: "is the repository" says more than "contains the input folder".
        if (guarded.FirstOrDefault(g => g.Folder == real).Name is { } same)
            throw new UsageException($"{shown} is the {same}; choose a folder of its own, like 'output'");
        if (guarded.FirstOrDefault(g => IsInside(g.Folder, real)).Name is { } contained)
            throw new UsageException($"{shown} contains the {contained}; choose a folder of its own, like 'output'");
        if (guarded.FirstOrDefault(g => g.RefuseInside && IsInside(real, g.Folder)).Name is { } container)
            throw new UsageException($"{shown} is inside the {container}; choose a folder outside it, like 'output'");
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !IsMarked(output))
            throw new UsageException($"{shown} already holds files that guidance did not make (it has no {MarkerFile}); choose a new or empty folder, "
                + "or, if it holds only a site an older guidance built, delete it once");
        return output;
    }

    /// <summary>The folders an output must keep clear of, and whether lying inside them is refused too.</summary>
    private static IEnumerable<(string Name, string Folder, bool RefuseInside)> Guarded(SitePaths paths)
    {
        yield return ("input folder", paths.Input, true);
        yield return ("theme folder", paths.Theme, true);
        yield return ("folder of the settings file", Path.GetDirectoryName(Path.GetFullPath(paths.Config))!, false);
        if (RepositoryOf(paths.Input) is { } repository) yield return ("repository", repository, false);
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home) yield return ("home folder", home, false);
    }

    private static string? RepositoryOf(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
            if (Path.Exists(Path.Combine(current.FullName, ".git"))) return current.FullName;
        return null;
    }

    private static bool IsInside(string folder, string ancestor) =>
        folder.StartsWith(Path.TrimEndingDirectorySeparator(ancestor) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
