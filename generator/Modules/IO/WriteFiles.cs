using System.Buffers;
using System.Text;
using Guidance.Engine;

namespace Guidance.Modules.IO;

/// <summary>
/// Writes each document with a destination below the output folder. A file whose bytes would not
/// change is left alone, so a rebuild touches only what changed.
/// </summary>
public sealed class WriteFiles : DocumentModule
{
    public const string SourceFileKey = "SourceFile";

    /// <summary>
    /// A document whose file is binary (a PDF), or text made as UTF-8 (the sitemap), carries its bytes here instead of text
    /// in its content: a <c>byte[]</c> or a <see cref="ReadOnlyMemory{T}"/> of bytes. Let go of once written, as content is.
    /// </summary>
    public const string BytesKey = "Bytes";

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (input.Destination is { } destination)
        {
            var fileSystem = context.FileSystem;
            var path = OutputPathOf(fileSystem, destination, input);
            if (input[SourceFileKey] is string sourceFile)
            {
                if (fileSystem.OutputStartsEmpty) fileSystem.CopyNew(sourceFile, path);
                else CopyIfChanged(sourceFile, path);
            }
            else if (input[BytesKey] is byte[] bytes) Write(fileSystem, path, bytes);
            else if (input[BytesKey] is ReadOnlyMemory<byte> memory) Write(fileSystem, path, memory.Span);
            else Write(fileSystem, path, input.Content);
        }
        // The run's result keeps every written document; a file's bytes are on disk now.
        yield return input.ContainsKey(BytesKey) ? input with { Metadata = input.Metadata.Remove(BytesKey) } : input;
    }

    // Above this many characters a page is encoded, compared and written a piece at a time (FileSystem), not as one array
    // from the shared pool: the pool keeps what it lends, and the few list pages of tens of MB a large site has left
    // 120-150 MB of idle buffers in it for the rest of the build.
    private const int PooledUpTo = 256 * 1024;

    /// <summary>
    /// Writes text as UTF-8 (unless the file already holds exactly that). The bytes, and the file's bytes to compare them
    /// with, go through pooled buffers: as new arrays, every page cost two allocations for the collector to clear, on
    /// each rebuild of the preview server.
    /// </summary>
    private static void Write(FileSystem fileSystem, string path, string text)
    {
        if (text.Length > PooledUpTo)
        {
            if (fileSystem.OutputStartsEmpty) fileSystem.WriteNew(path, text);
            else FileSystem.WriteIfChanged(path, text);
            return;
        }
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try { Write(fileSystem, path, buffer.AsSpan(0, Encoding.UTF8.GetBytes(text, buffer))); }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    /// <summary>Into an output that started empty there is nothing to compare with (<see cref="FileSystem.OutputStartsEmpty"/>).</summary>
    private static void Write(FileSystem fileSystem, string path, ReadOnlySpan<byte> bytes)
    {
        if (fileSystem.OutputStartsEmpty) fileSystem.WriteNew(path, bytes);
        else FileSystem.WriteIfChanged(path, bytes);
    }

    /// <summary>The full path for a destination, refusing any that would land outside the output folder.</summary>
    public static string OutputPathOf(FileSystem fileSystem, string destination, Document document)
    {
        var root = fileSystem.OutputPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, destination));
        if (!full.StartsWith(root, StringComparison.Ordinal))
            throw new ContentException(new SourceLocation(document.Source ?? "(generated)", 1),
                Say.LeavesOutputFolder(destination));
        return full;
    }

    /// <summary>Copies a file unless the output already holds its bytes: compared by content, for a file replaced by one of the same size and time is new too.</summary>
    private static void CopyIfChanged(string source, string path)
    {
        var from = new FileInfo(source);
        var to = new FileInfo(path);
        if (to.Exists && to.Length == from.Length && FileSystem.Holds(path, File.ReadAllBytes(source))) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        from.CopyTo(path, overwrite: true);
    }
}
