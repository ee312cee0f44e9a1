using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Guidance.Engine;

public sealed partial class FileSystem
{
    /// <summary>
    /// Whether the output folder held none of the site's files when the build began (a new staging folder): then a file
    /// is written without first asking whether it exists and what it holds, and each folder is made once, not asked for
    /// again for every file in it (<see cref="WriteNew"/>). False (the default) where a build writes over an earlier
    /// output, as the preview server's do and a staged build's that starts from the previous output.
    /// </summary>
    public bool OutputStartsEmpty { get; set; }

    // The folders of the output this build made; only ever read while the output started empty, where nothing else
    // makes or removes folders in it (the staging folder is this build's alone).
    private readonly ConcurrentDictionary<string, byte> _madeFolders = new(StringComparer.Ordinal);

    /// <summary>
    /// Writes a file into an output that started empty: the folder (made once per build), then one open, one write and
    /// one close. A file written twice in one build is overwritten, as it would be with <c>WriteIfChanged</c>.
    /// </summary>
    public void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        MakeOutputFolder(Path.GetDirectoryName(path)!);
        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(file, bytes, fileOffset: 0);
    }

    /// <summary>
    /// Writes text as UTF-8 into an output that started empty, encoded a piece at a time through one pooled buffer: the
    /// few pages of many MB a large site has (the findings index, study pages) took their size again as one array of
    /// bytes each, large objects that set off collections of the oldest generation.
    /// </summary>
    public void WriteNew(string path, ReadOnlySpan<char> text)
    {
        MakeOutputFolder(Path.GetDirectoryName(path)!);
        WriteInPieces(path, text);
    }

    /// <summary>
    /// Writes text as UTF-8 unless the file already holds exactly that, compared and written a piece at a time as
    /// <see cref="WriteNew(string, ReadOnlySpan{char})"/> writes: in the preview server each edit compares the findings
    /// index and the study and theme pages with their files, and their bytes and the file's as whole arrays were large
    /// objects that set off a collection of the oldest generation while the editor waited for those pages.
    /// </summary>
    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(string path, ReadOnlySpan<char> text)
    {
        if (Holds(path, text)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WriteInPieces(path, text);
        return true;
    }

    private static void WriteInPieces(string path, ReadOnlySpan<char> text)
    {
        using var file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
        EncodeInPieces(text, (piece, offset) =>
        {
            RandomAccess.Write(file, piece, offset);
            return true;
        });
    }

    /// <summary>Writes bytes unless the file already holds exactly them.</summary>
    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(string path, ReadOnlySpan<byte> bytes)
    {
        if (Holds(path, bytes)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return true;
    }

    /// <summary>Whether the file holds exactly these bytes, read a piece at a time through one pooled buffer.</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> bytes)
    {
        using var file = OpenOfLength(path, bytes.Length);
        if (file is null) return false;
        var held = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, WrittenPiece));
        try { return HoldsAt(file, bytes, 0, held); }
        finally { ArrayPool<byte>.Shared.Return(held); }
    }

    private static bool Holds(string path, ReadOnlySpan<char> text)
    {
        using var file = OpenOfLength(path, Encoding.UTF8.GetByteCount(text));
        if (file is null) return false;
        var held = ArrayPool<byte>.Shared.Rent(WrittenPiece);
        try { return EncodeInPieces(text, (piece, offset) => HoldsAt(file, piece, offset, held)); }
        finally { ArrayPool<byte>.Shared.Return(held); }
    }

    /// <summary>The file opened for reading when it exists and is <paramref name="length"/> bytes long; null otherwise.</summary>
    private static Microsoft.Win32.SafeHandles.SafeFileHandle? OpenOfLength(string path, long length)
    {
        if (!File.Exists(path)) return null;
        var file = File.OpenHandle(path);
        if (RandomAccess.GetLength(file) == length) return file;
        file.Dispose();
        return null;
    }

    /// <summary>Whether the file holds <paramref name="bytes"/> from <paramref name="offset"/> on, read into <paramref name="held"/> as many at a time as it takes.</summary>
    private static bool HoldsAt(Microsoft.Win32.SafeHandles.SafeFileHandle file, ReadOnlySpan<byte> bytes, long offset, byte[] held)
    {
        while (bytes.Length > 0)
        {
            var part = Math.Min(bytes.Length, held.Length);
            var read = 0;
            while (read < part && RandomAccess.Read(file, held.AsSpan(read, part - read), offset + read) is > 0 and var count) read += count;
            if (read < part || !bytes[..part].SequenceEqual(held.AsSpan(0, part))) return false;
            bytes = bytes[part..];
            offset += part;
        }
        return true;
    }

    /// <summary>Told each piece of the UTF-8 bytes and where in the file it starts; false stops the encoding.</summary>
    private delegate bool PieceHandler(ReadOnlySpan<byte> piece, long offset);

    /// <summary>Encodes text as UTF-8 (without a byte order mark) through one pooled buffer; false when a piece's handler stopped it.</summary>
    private static bool EncodeInPieces(ReadOnlySpan<char> text, PieceHandler handle)
    {
        var encoder = Encoding.UTF8.GetEncoder(); // an encoder writes no byte order mark
        var buffer = ArrayPool<byte>.Shared.Rent(WrittenPiece);
        try
        {
            long offset = 0;
            var completed = false;
            while (!completed)
            {
                encoder.Convert(text, buffer, flush: true, out var charsUsed, out var bytesUsed, out completed);
                if (!handle(buffer.AsSpan(0, bytesUsed), offset)) return false;
                offset += bytesUsed;
                text = text[charsUsed..];
            }
            return true;
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    private const int WrittenPiece = 256 * 1024;

    /// <summary>Copies a file into an output that started empty.</summary>
    public void CopyNew(string source, string path)
    {
        MakeOutputFolder(Path.GetDirectoryName(path)!);
        File.Copy(source, path, overwrite: true);
    }

    /// <summary>A folder below the output and its parents, each made by one system call the first time it is asked for.</summary>
    private void MakeOutputFolder(string folder)
    {
        if (folder.Length <= OutputPath.Length || _madeFolders.ContainsKey(folder)) return;
        MakeOutputFolder(Path.GetDirectoryName(folder)!);
        Directory.CreateDirectory(folder); // two threads at once: the second finds it made, which is no error
        _madeFolders.TryAdd(folder, 0);
    }
}
