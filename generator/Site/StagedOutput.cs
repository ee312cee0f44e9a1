using System.Diagnostics;
using System.Runtime.InteropServices;
using Guidance.Modules.Search;

namespace Guidance.Site;

/// <summary>
/// The folders of a staged build: a folder beside the output that the build writes into and that replaces the
/// output only once the whole build succeeded. A build that was killed leaves its folder behind; the next build
/// deletes it (it is named after the process that made it, so a build still running elsewhere keeps its own).
/// Nothing is ever served from it: the preview server serves the output only. Every folder made here holds
/// <see cref="OutputFolder.MarkerFile"/>, and no folder without it is ever deleted, moved or reused.
/// <para>
/// The output a swap replaces is kept beside it (<c>.output.previous</c>) and becomes the next build's staging folder:
/// that build rewrites only the files that changed and removes the stale ones, instead of creating every folder and
/// file anew. On ext4, creating thousands of files where thousands were just deleted cost a third of a 4,000-page
/// build's time (the allocator's search for inodes that were not recently freed, see bench/RESULTS.md).
/// </para>
/// </summary>
public static class StagedOutput
{
    private const string StagingMarker = ".staging-", OldMarker = ".old-", PreviousMarker = ".previous";

    /// <summary>
    /// A folder next to the output, so that the final move is a rename on the same disk: the output before the last
    /// one when it was kept (without its search index, which the search step makes anew), or else a new, empty one
    /// (<c>Empty</c>: holding nothing but the marker, so nothing in it needs comparing or removing).
    /// </summary>
    public static (string Folder, bool Empty) Create(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        RemoveLeftovers(output);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        var previous = PreviousOf(output);
        if (OutputFolder.IsMarked(previous)) // one without the marker is not ours (or from before the marker): left alone
        {
            try
            {
                Directory.Move(previous, staging); // a rename: of two builds at once, only one gets it
                var index = Path.Combine(staging, Pagefind.OutputFolder);
                if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
                StaleOutput.RemoveLinks(staging);
                return (staging, false);
            }
            catch (DirectoryNotFoundException) { } // another build took it
        }
        Directory.CreateDirectory(staging);
        OutputFolder.Mark(staging);
        return (staging, true);
    }

    private static string PreviousOf(string output) => Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}{PreviousMarker}");

    /// <summary>Puts the staging folder in the output's place; the output is never missing on Linux, where the two are exchanged in one step.
    /// The output, when there is one, is marked or empty (<see cref="OutputFolder.Check"/>).</summary>
    public static void SwapIn(string staging, string output)
    {
        if (Directory.Exists(output) && TryExchange(staging, output))
        {
            Keep(staging, output); // now holds the previous output
            return;
        }
        var old = output + OldMarker + Environment.ProcessId;
        if (Directory.Exists(output)) Directory.Move(output, old);
        try
        {
            PublishingDisk.Check(PublishingStep.Swap, output);
            Directory.Move(staging, output);
        }
        catch (IOException) when (Directory.Exists(old) && !Directory.Exists(output))
        {
            Directory.Move(old, output); // the old site back in its place at once, not only at the next build
            throw;
        }
        if (Directory.Exists(old)) Keep(old, output);
    }

    /// <summary>Keeps a replaced output for the next build to start from; one already kept (by a build running at the same time) wins.</summary>
    private static void Keep(string replaced, string output)
    {
        if (!OutputFolder.IsMarked(replaced))
        {
            Directory.Delete(replaced); // an empty folder given as the output: nothing to keep
            return;
        }
        try { Directory.Move(replaced, PreviousOf(output)); }
        catch (IOException) { Directory.Delete(replaced, recursive: true); }
    }

    /// <summary>
    /// Deletes staging and old-output folders beside the output whose build process has ended; an old output with
    /// no output beside it is the last published site and is moved back instead. A folder without the marker is
    /// not the tool's, whatever its name, and is left alone.
    /// </summary>
    public static void RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (!Directory.Exists(parent)) return;
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var folderName = Path.GetFileName(folder);
            var owner = folderName.StartsWith($".{name}{StagingMarker}", StringComparison.Ordinal) ? folderName[$".{name}{StagingMarker}".Length..].Split('-')[0]
                : folderName.StartsWith(name + OldMarker, StringComparison.Ordinal) ? folderName[(name + OldMarker).Length..]
                : null;
            if (owner is null || IsRunning(owner) || !OutputFolder.IsMarked(folder)) continue;
            // Killed between its two moves (where the output cannot be exchanged in one step): put the old site back.
            var isOld = !folderName.StartsWith('.');
            if (isOld && !Directory.Exists(output)) { Directory.Move(folder, output); continue; }
            try { Directory.Delete(folder, recursive: true); }
            catch (DirectoryNotFoundException) { } // another build removed it first
        }
    }

    private static bool IsRunning(string processId)
    {
        if (!int.TryParse(processId, out var id)) return false;
        if (id == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux() || PublishingDisk.IsFullAt(PublishingStep.Swap)) return false; // on a full disk, as renameat2 fails
        try { return RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0; }
        catch (EntryPointNotFoundException) { return false; } // a C library without renameat2: fall back to two moves
        catch (DllNotFoundException) { return false; }
    }

    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
