using System.IO.Enumeration;
using System.Text.Json;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// What a published output was built from, recorded beside it in <c>.output.build-record/record.json</c>, so that a
/// build with nothing changed leaves the output as it is: it writes nothing, parses and renders nothing, and prints the
/// warnings the recorded build printed. Beside, not inside: nothing in it is ever published. In a folder of its own that
/// holds <see cref="OutputFolder.MarkerFile"/>, as every folder the tool writes in does: one of that name without the
/// marker is neither read nor written, and every build is then a full one.
/// <para>
/// A build is known to have nothing to do when its <see cref="BuildFingerprint"/> equals the recorded one and nothing in
/// the output has changed since the record was written: no file, folder or link below it has a status-change time
/// after the record's (<see cref="OutputSettled"/>). The system sets that time on every write, rename, deletion in a
/// folder or change of permissions, and no program can set it back, so an edit that keeps a file's size and time is
/// seen too; one made within the same tick of the file system's clock as the record is not. A missed dependency would
/// make a build wrongly skip; what the output depends on is listed at <see cref="BuildFingerprint"/>.
/// </para>
/// <para>
/// Not guarded: two builds of one output at the same time, from different inputs, where the second swaps its output in
/// between the first's swap and its record: the first would record the second's output under its own fingerprint.
/// </para>
/// </summary>
public sealed class BuildRecord
{
    public required SortedDictionary<string, string> Fingerprint { get; init; }

    /// <summary>
    /// The file system's time once the output was swapped in (a new file's status-change time, in nanoseconds since 1970):
    /// everything in the output was last changed at or before it. Taken without walking the output, which at 40,000 pages
    /// cost seconds after every build.
    /// </summary>
    public required long OutputSettled { get; init; }

    public required SortedDictionary<string, int> Pages { get; init; }

    public required List<RecordedWarning> Warnings { get; init; }

    /// <summary>The folder of the record of <paramref name="output"/>: in its parent folder, named after it (as <c>.output.previous</c> is).</summary>
    public static string FolderOf(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.build-record");

    /// <summary>The record's file, in its folder when the tool made that folder; else null.</summary>
    private static string? PathOf(string output) =>
        OutputFolder.IsMarked(FolderOf(output)) ? Path.Combine(FolderOf(output), "record.json") : null;

    /// <summary>
    /// The report of a build with nothing to do when <paramref name="output"/> is the output the record describes and
    /// was built from exactly <paramref name="fingerprint"/>; otherwise null, and the build runs in full.
    /// </summary>
    public static BuildReport? Unchanged(string output, BuildFingerprint fingerprint)
    {
        var record = Read(output);
        if (record is null || !fingerprint.Matches(record.Fingerprint) || !OutputFolder.IsMarked(output)) return null;
        if (!UnchangedSince(output, record.OutputSettled)) return null;
        return new BuildReport(record.Pages, 0, TimeSpan.Zero, [.. record.Warnings.Select(w => w.ToError())], Unchanged: true);
    }

    /// <summary>Deletes the record before the output is replaced: a build killed during the swap leaves none, and the next build runs in full.</summary>
    public static void Forget(string output)
    {
        if (PathOf(output) is { } file) File.Delete(file);
    }

    /// <summary>Records the output just swapped in, built from <paramref name="fingerprint"/>, with what its build reported.</summary>
    public static void Write(string output, BuildFingerprint fingerprint, BuildReport report)
    {
        var folder = FolderOf(output);
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            OutputFolder.Mark(folder);
        }
        if (PathOf(output) is not { } file) return; // a folder of that name the tool did not make: left alone
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, ""); // made after the swap, so its time is the file system's "now"
        var record = new BuildRecord
        {
            Fingerprint = fingerprint.Components,
            OutputSettled = FileSystem.ChangeTimeOf(temporary) ?? 0, // 0 (Windows): nothing is older, every build runs in full
            Pages = new SortedDictionary<string, int>(report.PagesPerLanguage.ToDictionary(), StringComparer.Ordinal),
            Warnings = [.. report.Warnings.Select(RecordedWarning.Of)],
        };
        File.WriteAllText(temporary, JsonSerializer.Serialize(record));
        File.Move(temporary, file, overwrite: true); // a killed build leaves the old record or none, never half of one
    }

    private static BuildRecord? Read(string output)
    {
        if (PathOf(output) is not { } file || !File.Exists(file)) return null;
        try { return JsonSerializer.Deserialize<BuildRecord>(File.ReadAllText(file)); }
        catch (JsonException) { return null; } // damaged or from another version: build in full
    }

    /// <summary>Whether the output and everything below it (files, folders, links) last changed at or before <paramref name="settled"/>.</summary>
    private static bool UnchangedSince(string output, long settled)
    {
        if (!Directory.Exists(output)) return false;
        var entries = new FileSystemEnumerable<string>(output, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }).Prepend(output).ToArray();
        var changed = 0;
        Parallel.For(0, entries.Length, (i, loop) =>
        {
            if (FileSystem.ChangeTimeOf(entries[i]) is not { } time || time > settled) { Interlocked.Exchange(ref changed, 1); loop.Stop(); }
        });
        return changed == 0;
    }
}
