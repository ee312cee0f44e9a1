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
/// A build is known to have nothing to do when its <see cref="BuildFingerprint"/> equals the recorded one and the
/// output is the one recorded: the same files with the same sizes and modification times (not their contents: an
/// edit through the file system changes the time; one that sets it back is not noticed). A missed dependency would
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

    /// <summary>The digest of the output's file list, sizes and modification times, taken after the swap.</summary>
    public required string Output { get; init; }

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
        if (OutputDigest(output) != record.Output) return null;
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
        var record = new BuildRecord
        {
            Fingerprint = fingerprint.Components,
            Output = OutputDigest(output),
            Pages = new SortedDictionary<string, int>(report.PagesPerLanguage.ToDictionary(), StringComparer.Ordinal),
            Warnings = [.. report.Warnings.Select(RecordedWarning.Of)],
        };
        var folder = FolderOf(output);
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
            OutputFolder.Mark(folder);
        }
        if (PathOf(output) is not { } file) return; // a folder of that name the tool did not make: left alone
        var temporary = $"{file}.{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(record));
        File.Move(temporary, file, overwrite: true); // a killed build leaves the old record or none, never half of one
    }

    private static BuildRecord? Read(string output)
    {
        if (PathOf(output) is not { } file || !File.Exists(file)) return null;
        try { return JsonSerializer.Deserialize<BuildRecord>(File.ReadAllText(file)); }
        catch (JsonException) { return null; } // damaged or from another version: build in full
    }

    /// <summary>Every file below the output, with its size and modification time, in one digest.</summary>
    private static string OutputDigest(string output)
    {
        if (!Directory.Exists(output)) return "";
        var files = new FileSystemEnumerable<string>(output,
            (ref FileSystemEntry e) => $"{e.ToFullPath()[(output.Length + 1)..]}\0{e.Length}\0{e.LastWriteTimeUtc.UtcTicks}",
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        }.ToList();
        files.Sort(StringComparer.Ordinal);
        return BuildFingerprint.Digest(files);
    }
}
