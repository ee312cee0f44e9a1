using System.Collections.Concurrent;

namespace Guidance.Engine;

public sealed partial class FileSystem
{
    // Set while a run remembers its look-ups (RememberLookups).
    private ConcurrentDictionary<string, InputFile?>? _lookups;

    /// <summary>
    /// Until the result is disposed, <see cref="GetFile"/> answers a path it was asked before from memory. A page asks
    /// for its own source file several times while it is rendered (its date, its history, its upkeep notice), and each
    /// look-up on disk is three or four system calls (whether it exists, whether it is a link, what kind of file it is).
    /// The input is taken to stay as it was for one run; the preview server's next run asks the disk again.
    /// A look-up that fails (a broken link) is not remembered, so it fails again where it is asked again.
    /// </summary>
    public IDisposable RememberLookups()
    {
        var lookups = new ConcurrentDictionary<string, InputFile?>(StringComparer.Ordinal);
        _lookups = lookups;
        return new Forgetting(this, lookups);
    }

    private sealed class Forgetting(FileSystem fileSystem, ConcurrentDictionary<string, InputFile?> lookups) : IDisposable
    {
        // Only its own: a run that started since keeps what it remembers.
        public void Dispose() => Interlocked.CompareExchange(ref fileSystem._lookups, null, lookups);
    }
}
