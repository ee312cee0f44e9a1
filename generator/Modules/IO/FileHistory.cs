using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Guidance.Modules.IO;

/// <summary>
/// When each file of a folder last changed: the date of the last commit that touched it (<c>git log -1
/// --format=%cI -- file</c>), read for the whole folder in one <c>git log --name-only</c> walk rather than one
/// process per file. A file git does not know (outside a repository, not committed yet, git not installed)
/// falls back to its modification time.
/// </summary>
public sealed class FileHistory
{
    private const char CommitMark = '\u001e';
    private readonly Dictionary<string, DateTimeOffset> _committed;

    private FileHistory(Dictionary<string, DateTimeOffset> committed) => _committed = committed;

    /// <summary>How many files have a date from git (the rest use their modification time).</summary>
    public int CommittedFiles => _committed.Count;

    public static FileHistory Read(string folder) => new(Directory.Exists(folder) ? GitLog(Path.GetFullPath(folder)) : []);

    public DateTimeOffset LastChanged(string fullPath) =>
        _committed.TryGetValue(Path.GetFullPath(fullPath), out var date) ? date : new DateTimeOffset(File.GetLastWriteTimeUtc(fullPath), TimeSpan.Zero);

    private static Dictionary<string, DateTimeOffset> GitLog(string folder)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // Newest first; --relative lists paths below the folder relative to it; quotePath=false keeps æøå readable.
        foreach (var argument in new[] { "-c", "core.quotePath=false", "log", $"--format={CommitMark}%cI", "--name-only", "--relative", "--", "." })
            start.ArgumentList.Add(argument);
        Process process;
        try { process = Process.Start(start)!; }
        catch (Win32Exception) { return dates; } // git is not installed: every file uses its modification time
        using (process)
        {
            // A thread of its own, not the pool's: pages waiting for this history can fill the pool, and an async read
            // would then wait for a pool thread (seconds of starvation on a 2-core machine).
            var errors = Task.Factory.StartNew(process.StandardError.ReadToEnd, TaskCreationOptions.LongRunning);
            DateTimeOffset? commit = null;
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith(CommitMark))
                    commit = DateTimeOffset.Parse(line[1..], CultureInfo.InvariantCulture, DateTimeStyles.None);
                else if (line.Length > 0 && commit is { } date)
                    dates.TryAdd(Path.GetFullPath(Path.Combine(folder, line)), date);
            }
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? dates : []; // not a repository: the same fallback
        }
    }
}
