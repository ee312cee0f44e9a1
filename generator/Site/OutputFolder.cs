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
            throw new UsageException(Say.OutputIsLink(shown, target));
        if (File.Exists(output)) throw new UsageException(Say.OutputIsFile(shown));
        var real = FileSystem.RealPath(output);
        if (Path.GetPathRoot(real) == real) throw new UsageException(Say.OutputIsRoot(shown));
        var guarded = Guarded(paths).Select(g => (g.Name, Folder: FileSystem.RealPath(g.Folder), g.RefuseInside)).ToList();
        // The closest relation is named first: "is the repository" says more than "contains the input folder".
        if (guarded.FirstOrDefault(g => g.Folder == real).Name is { } same)
            throw new UsageException(Say.OutputIs(shown, same));
        if (guarded.FirstOrDefault(g => IsInside(g.Folder, real)).Name is { } contained)
            throw new UsageException(Say.OutputContains(shown, contained));
        if (guarded.FirstOrDefault(g => g.RefuseInside && IsInside(real, g.Folder)).Name is { } container)
            throw new UsageException(Say.OutputInside(shown, container));
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && !IsMarked(output))
            throw new UsageException(Say.OutputHoldsOtherFiles(shown, MarkerFile));
        return output;
    }

    /// <summary>The folders an output must keep clear of, and whether lying inside them is refused too.</summary>
    private static IEnumerable<(string Name, string Folder, bool RefuseInside)> Guarded(SitePaths paths)
    {
        yield return (Say.InputFolder, paths.Input, true);
        yield return (Say.ThemeFolder, paths.Theme, true);
        yield return (Say.SettingsFolder, Path.GetDirectoryName(Path.GetFullPath(paths.Config))!, false);
        if (RepositoryOf(paths.Input) is { } repository) yield return (Say.Repository, repository, false);
        if (Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } home) yield return (Say.HomeFolder, home, false);
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
