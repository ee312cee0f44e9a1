using System.Collections.Concurrent;

namespace Guidance.Engine;

public sealed partial class FileSystem
{
    // Set while a run remembers its look-ups (RememberLookups).
    private Remembered? _lookups;

    private sealed record Remembered(ConcurrentDictionary<string, InputFile?> Files, ConcurrentDictionary<string, DateTime> Times);

    /// <summary>
    /// Until the result is disposed, <see cref="GetFile"/> answers a path it was asked before, or that
    /// <see cref="GetFiles"/> listed, from memory, and <see cref="LastWriteTimeUtc"/> a file's time it read before. A
    /// page asks for its own source file several times while it is rendered (its date, its history, its upkeep
    /// notice), and each look-up on disk is a system call or more. The input is taken to stay as it was for one run;
    /// the preview server's next run asks the disk again.
    /// A look-up that fails (a broken link) is not remembered, so it fails again where it is asked again.
    /// </summary>
    public IDisposable RememberLookups()
    {
        var lookups = new Remembered(new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        _lookups = lookups;
        return new Forgetting(this, lookups);
    }

    /// <summary>
    /// A file's modification time (UTC), the date of a page git does not know: a page's date is asked for by its own
    /// page, the lists and the upkeep notices, five times a page in a build.
    /// </summary>
    public DateTime LastWriteTimeUtc(string fullPath) =>
        _lookups is { } known ? known.Times.GetOrAdd(fullPath, File.GetLastWriteTimeUtc) : File.GetLastWriteTimeUtc(fullPath);

    /// <summary>The files a listing found, for the look-ups of the same run: each is the one <see cref="Find"/> would return.</summary>
    private void RememberListed(IEnumerable<InputFile> files)
    {
        if (_lookups is not { } known) return;
        foreach (var file in files) known.Files.TryAdd(file.RelativePath, file);
    }

    private sealed class Forgetting(FileSystem fileSystem, Remembered lookups) : IDisposable
    {
        // Only its own: a run that started since keeps what it remembers.
        public void Dispose() => Interlocked.CompareExchange(ref fileSystem._lookups, null, lookups);
    }
}
