using Guidance.Modules.Search;

namespace Guidance.Site;

/// <summary>
/// Removes what an earlier build left in an output folder that this build did not make: the pages of a deleted or
/// renamed file, and the folders that held only them. The search index is left to the search step, which writes
/// it after this.
/// </summary>
public static class StaleOutput
{
    /// <param name="made">Every file this build wrote or kept, relative to <paramref name="folder"/>, with '/'.</param>
    /// <returns>How many files were removed.</returns>
    public static int Remove(string folder, IReadOnlySet<string> made)
    {
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (made.Contains(relative) || relative.StartsWith(Pagefind.OutputFolder + "/", StringComparison.Ordinal)) continue;
            File.Delete(file);
            emptied.Add(Path.GetDirectoryName(file)!);
            removed++;
        }
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        foreach (var directory in emptied.OrderByDescending(d => d.Length))
            for (var current = directory; current.Length > root.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
                 current = Path.GetDirectoryName(current)!)
                Directory.Delete(current);
        return removed;
    }
}
