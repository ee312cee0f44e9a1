using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Guidance.Modules.IO;

/// <summary>
/// The commits that touched each file of a folder, newest first, read for the whole folder in one
/// <c>git log --name-only</c> walk rather than one process per file. A file git does not know (outside a repository,
/// not committed yet, git not installed) has no commits, and its last change is its modification time.
/// </summary>
public sealed class FileHistory
{
    private const char CommitMark = '\u001e', FieldMark = '\u001f';
    private readonly Dictionary<string, List<Revision>> _committed;
    private readonly Func<string, DateTime> _modified;

    private FileHistory(Dictionary<string, List<Revision>> committed, Func<string, DateTime>? modified)
    {
        _committed = committed;
        _modified = modified ?? File.GetLastWriteTimeUtc;
    }

    /// <summary>How many files have a date from git (the rest use their modification time).</summary>
    public int CommittedFiles => _committed.Count;

    /// <param name="modified">A file's modification time (UTC), for the files git does not know: the site's
    /// <see cref="Engine.FileSystem.LastWriteTimeUtc"/>, which asks the disk once a run; by default, every time.</param>
    public static FileHistory Read(string folder, Func<string, DateTime>? modified = null) =>
        new(Directory.Exists(folder) ? GitLog(Path.GetFullPath(folder)) : [], modified);

    public DateTimeOffset LastChanged(string fullPath) =>
        _committed.TryGetValue(Path.GetFullPath(fullPath), out var revisions) ? revisions[0].Date : new DateTimeOffset(_modified(fullPath), TimeSpan.Zero);

    /// <summary>The commits that touched a file, newest first; none for a file git does not know.</summary>
    public IReadOnlyList<Revision> RevisionsOf(string fullPath) =>
        _committed.TryGetValue(Path.GetFullPath(fullPath), out var revisions) ? revisions : [];

    private static Dictionary<string, List<Revision>> GitLog(string folder)
    {
        var files = new Dictionary<string, List<Revision>>(StringComparer.Ordinal);
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // Newest first; --relative lists paths below the folder relative to it; quotePath=false keeps æøå readable. Each
        // commit is one line: its hash, date and trailers ("Translation-Impact: none"), kept on that line by the separator.
        foreach (var argument in new[] { "-c", "core.quotePath=false", "log", $"--format={CommitMark}%H{FieldMark}%cI{FieldMark}%(trailers:only,unfold,separator=%x1f)",
                     "--name-only", "--relative", "--", "." })
            start.ArgumentList.Add(argument);
        Process process;
        try { process = Process.Start(start)!; }
        catch (Win32Exception) { return files; } // git is not installed: every file uses its modification time
        using (process)
        {
            // A thread of its own, not the pool's: pages waiting for this history can fill the pool, and an async read
            // would then wait for a pool thread (seconds of starvation on a 2-core machine).
            var errors = Task.Factory.StartNew(process.StandardError.ReadToEnd, TaskCreationOptions.LongRunning);
            Revision? commit = null;
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith(CommitMark))
                    commit = Parse(line[1..]);
                else if (line.Length > 0 && commit is not null)
                {
                    var path = Path.GetFullPath(Path.Combine(folder, line));
                    (files.TryGetValue(path, out var list) ? list : files[path] = []).Add(commit);
                }
            }
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? files : []; // not a repository: the same fallback
        }
    }

    private static Revision Parse(string line)
    {
        var fields = line.Split(FieldMark);
        var trailers = fields.Skip(2).Select(t => t.Split(':', 2)).Where(kv => kv.Length == 2)
            .Select(kv => new KeyValuePair<string, string>(kv[0].Trim(), kv[1].Trim())).ToList();
        return new Revision(fields[0], DateTimeOffset.Parse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.None), trailers);
    }
}

/// <summary>One commit of a file: its hash, its committer date and the trailers of its message (<c>Key: value</c> lines at its end).</summary>
public sealed record Revision(string Commit, DateTimeOffset Date, IReadOnlyList<KeyValuePair<string, string>> Trailers)
{
    /// <summary>Whether the message has the trailer with that value, both compared without regard to case (<c>changelog: None</c>).</summary>
    public bool Has(string key, string value) =>
        Trailers.Any(t => t.Key.Equals(key, StringComparison.OrdinalIgnoreCase) && t.Value.Equals(value, StringComparison.OrdinalIgnoreCase));
}
