using System.IO.Enumeration;
using Guidance.Modules.Search;

namespace Guidance.Site;

/// <summary>
/// Removes what an earlier build left in an output folder that this build did not make: the pages of a deleted or
/// renamed file, and the folders that held only them. The search index is left to the search step, which writes
/// it after this. A symbolic link is never followed: the link itself is removed, never what it points to.
/// </summary>
public static class StaleOutput
{
    /// <param name="made">Every file this build wrote or kept, relative to <paramref name="folder"/>, with '/'.</param>
    /// <returns>How many files were removed.</returns>
    public static int Remove(string folder, IReadOnlySet<string> made)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        var removed = 0;
        foreach (var (file, isLink) in Entries(root, directories: false))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (!isLink && (made.Contains(relative) || relative == OutputFolder.MarkerFile || relative.StartsWith(Pagefind.OutputFolder + "/", StringComparison.Ordinal)))
                continue;
            File.Delete(file); // a link to a folder is removed as a link, like one to a file
            emptied.Add(Path.GetDirectoryName(file)!);
            removed++;
        }
        foreach (var directory in emptied.OrderByDescending(d => d.Length))
            for (var current = directory; current.Length > root.Length && Directory.Exists(current) && !Directory.EnumerateFileSystemEntries(current).Any();
                 current = Path.GetDirectoryName(current)!)
                Directory.Delete(current);
        return removed;
    }

    /// <summary>
    /// Removes every symbolic link below a folder about to be written to: writing a page through a link (put there by
    /// hand, or left in an earlier output) would write outside the output folder.
    /// </summary>
    public static void RemoveLinks(string folder)
    {
        foreach (var (entry, _) in Entries(Path.GetFullPath(folder), directories: true).Where(e => e.IsLink).ToList()) File.Delete(entry);
    }

    /// <summary>Files (and, with <paramref name="directories"/>, folders) below a folder, links among them, never descending into a link.</summary>
    private static IEnumerable<(string Path, bool IsLink)> Entries(string folder, bool directories) =>
        new FileSystemEnumerable<(string, bool)>(folder,
            (ref FileSystemEntry e) => (e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => directories || !e.IsDirectory || (e.Attributes & FileAttributes.ReparsePoint) != 0,
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
}
