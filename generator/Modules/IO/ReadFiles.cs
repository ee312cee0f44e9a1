using System.Text;
using Guidance.Engine;

namespace Guidance.Modules.IO;

/// <summary>
/// Reads the files of one folder from the merged input roots. Text must be UTF-8; a byte-order mark
/// is dropped and CRLF becomes LF, so line numbers in messages match what an editor sees.
/// </summary>
public sealed class ReadFiles(string folder, bool recursive, params string[] extensions) : IModule
{
    public const string RelativePathKey = "RelativePath";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Files larger than this are refused: no guidance page is that long, and reading it would stall the build.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>
    /// What this module read, by path, with the file's size and time: a later run of the same engine (the preview
    /// server's rebuild) gets the very same document for a file that did not change, so the steps after it can
    /// recognise it (<see cref="DocumentModule"/>). Only when the engine runs again (<see cref="BuildContext.Rerun"/>).
    /// </summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (DateTime Written, long Length, Document Document)> _read = new(StringComparer.Ordinal);

    /// <summary>The files this module listed in its last run, when the engine runs again.</summary>
    private IReadOnlyList<InputFile>? _listed;

    /// <summary>
    /// Lists the files and leaves reading them to <see cref="ReadContent"/>, the first step of the process phase: each file
    /// is then read, parsed and let go of in one pass with the steps after it, where reading every file here held the
    /// text of all of them at once (at 40,000 pages some 350 MB, copied by the collector into its oldest generation
    /// before processing freed it). A file that cannot be read is reported in the process phase.
    /// </summary>
    public bool ReadLater { get; init; }

    /// <summary>The file of a document listed but not read yet (<see cref="ReadLater"/>).</summary>
    public const string FileKey = "InputFile";

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var runsAgain = context.Rerun is not null;
        if (context.Rerun?.ChangedFiles is { } changed && _listed is { } listed && OnlyKnownFilesChanged(changed, context))
            return [.. inputs, .. Reread(listed, changed, context)];
        var files = context.FileSystem.GetFiles(folder, recursive, extensions);
        var documents = new Document?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try { documents[i] = runsAgain ? ReadOrReuse(files[i]) : ReadOrList(files[i]); }
            catch (ContentException e) { context.Report(e.Error); }
        });
        if (runsAgain) Remember(files);
        return [.. inputs, .. documents.OfType<Document>()];
    }

    /// <summary>Keeps the listing, and forgets files no longer in it, so that what was read is always a part of what is listed.</summary>
    private void Remember(IReadOnlyList<InputFile> files)
    {
        _listed = files;
        var listed = files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _read.Keys.Where(path => !listed.Contains(path))) _read.TryRemove(gone, out _);
    }

    /// <summary>
    /// Whether the watcher's list of changed files says that no file of this folder was added or removed: then the list
    /// of the last run still holds, and listing and comparing thousands of files (a third of a 4,000-page rebuild) is
    /// skipped. A changed path this module has not read (a new file, a folder, a file of another kind) lists again.
    /// </summary>
    private bool OnlyKnownFilesChanged(IReadOnlySet<string> changed, BuildContext context)
    {
        var roots = context.FileSystem.InputRoots.Select(r => Path.Combine(r, folder) + Path.DirectorySeparatorChar).ToList();
        return changed.All(path => !roots.Any(root => path.StartsWith(root, StringComparison.Ordinal))
            || (_read.ContainsKey(path) && File.Exists(path)));
    }

    /// <summary>The files listed last time, read again where the watcher saw a change (or reading failed), else as remembered.</summary>
    private List<Document> Reread(IReadOnlyList<InputFile> listed, IReadOnlySet<string> changed, BuildContext context)
    {
        var documents = new List<Document>(listed.Count);
        foreach (var file in listed)
        {
            if (changed.Contains(file.FullPath)) _read.TryRemove(file.FullPath, out _);
            else if (_read.TryGetValue(file.FullPath, out var known)) { documents.Add(known.Document); continue; }
            try { documents.Add(ReadOrReuse(file)); }
            catch (ContentException e) { context.Report(e.Error); }
        }
        return documents;
    }

    private Document ReadOrReuse(InputFile file)
    {
        var info = new FileInfo(file.FullPath);
        if (_read.TryGetValue(file.FullPath, out var known) && known.Written == info.LastWriteTimeUtc && known.Length == info.Length
            && known.Document.Source == file.DisplayPath)
            return known.Document;
        var document = ReadOrList(file);
        _read[file.FullPath] = (info.LastWriteTimeUtc, info.Length, document);
        return document;
    }

    private Document ReadOrList(InputFile file) => ReadLater
        ? new Document { Source = file.DisplayPath, Metadata = Document.EmptyMetadata.Add(RelativePathKey, file.RelativePath).Add(FileKey, file) }
        : Read(file);

    public static Document Read(InputFile file) => new()
    {
        Source = file.DisplayPath,
        Content = ReadText(file),
        Metadata = Document.EmptyMetadata.Add(RelativePathKey, file.RelativePath),
    };

    public static string ReadText(InputFile file)
    {
        var location = new SourceLocation(file.DisplayPath, 1);
        var bytes = ReadBytes(file.FullPath, location);
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            throw new ContentException(location with { Line = line }, Say.NotUtf8);
        }
        if (text.StartsWith('\uFEFF')) text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    /// <summary>
    /// A file's bytes, with one open, one status (its size, to refuse a file too large) and one read, where
    /// <see cref="File.ReadAllBytes"/> asks for the status twice and reads once more to find the end. A file that
    /// shrank since gives what it holds now; one that grew, its first bytes (the build's fingerprint, taken before,
    /// then differs from the file's, so the next build reads it again).
    /// </summary>
    private static ArraySegment<byte> ReadBytes(string path, SourceLocation location)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > MaxFileBytes)
            throw new ContentException(location, Say.FileTooLarge(length / 1024 / 1024, MaxFileBytes / 1024 / 1024));
        var bytes = GC.AllocateUninitializedArray<byte>((int)length);
        var read = 0;
        while (read < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(read), read) is > 0 and var count) read += count;
        return new ArraySegment<byte>(bytes, 0, read);
    }
}
