namespace Guidance.Engine;

/// <summary>A file found in one of the input roots.</summary>
/// <param name="RelativePath">Path below its root, with forward slashes (<c>findings/a/b.da.md</c>).</param>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="DisplayPath">The path an editor recognises in a message (<c>input/findings/a/b.da.md</c>).</param>
public sealed record InputFile(string RelativePath, string FullPath, string DisplayPath);

/// <summary>
/// Input roots merged as Statiq does: a file in a later root (the site's input/) overrides the file
/// at the same relative path in an earlier one (the theme). Output goes to one folder.
/// </summary>
public sealed partial class FileSystem(IReadOnlyList<string> inputRoots, string outputPath)
{
    public IReadOnlyList<string> InputRoots { get; } = inputRoots.Select(Path.GetFullPath).ToList();

    // The roots with their links resolved, to tell where a linked file really is.
    private readonly IReadOnlyList<string> _realRoots = inputRoots.Select(r => RealPath(r) + Path.DirectorySeparatorChar).ToList();
    public string OutputPath { get; } = Path.GetFullPath(outputPath);

    /// <summary>
    /// Files below <paramref name="folder"/> in every root whose names end in one of <paramref name="extensions"/>.
    /// Names starting with <c>_</c> are skipped. A linked folder is an error: following one can loop forever,
    /// and skipping it quietly would leave its pages out of the site without a word.
    /// </summary>
    public IReadOnlyList<InputFile> GetFiles(string folder, bool recursive, params string[] extensions)
    {
        var merged = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var root in InputRoots)
        {
            var start = Path.Combine(root, folder);
            if (!Directory.Exists(start)) continue;
            foreach (var full in Walk(start, recursive))
            {
                var name = Path.GetFileName(full);
                if (name.StartsWith('_') || !extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) continue;
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                merged[relative] = Readable(new InputFile(relative, full, DisplayPathOf(full, _workingDirectory)));
            }
        }
        RememberListed(merged.Values);
        return merged.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The file at a relative path, from the last root that has it. A path that leads out of the roots
    /// (<c>layouts/../../secret.html</c>, from a page's <c>layout</c> key) finds nothing.
    /// </summary>
    public InputFile? GetFile(string relativePath) =>
        _lookups is { } known ? known.Files.GetOrAdd(relativePath, static (path, self) => self.Find(path), this) : Find(relativePath);

    private InputFile? Find(string relativePath)
    {
        for (var i = InputRoots.Count - 1; i >= 0; i--)
        {
            var root = InputRoots[i].TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            var full = Path.GetFullPath(Path.Combine(root, relativePath));
            if (!full.StartsWith(root, StringComparison.Ordinal)) return null; // a name with ../ never reaches outside the roots
            // One lstat where the runtime's record is read (not on Windows), in place of asking whether it is a file,
            // then whether it is a link, then what kind of file it is.
            var entry = StatusOf(full, followLinks: false);
            if (OperatingSystem.IsWindows() ? File.Exists(full) || new FileInfo(full).LinkTarget is not null : entry is { IsFolder: false })
                return Readable(new InputFile(relativePath.Replace('\\', '/'), full, DisplayPathOf(full, _workingDirectory)), entry);
        }
        return null;
    }

    /// <summary>The chain of <c>_directory.yml</c> files that apply to a file, outermost first.</summary>
    public IReadOnlyList<InputFile> DirectoryMetadataFor(string relativePath)
    {
        var folders = new List<string> { "" };
        var parts = relativePath.Split('/');
        for (var i = 1; i < parts.Length; i++) folders.Add(string.Join('/', parts[..i]) + "/");
        return folders.Select(f => GetFile(f + "_directory.yml")).OfType<InputFile>().ToList();
    }

    /// <summary>
    /// The file, if it is one the site may publish: an ordinary file, or a link to one inside the roots. A link that
    /// leads outside them would publish what is not the site's (<c>/etc/passwd</c>, <c>/proc/self/environ</c>), and a
    /// named pipe or a device is never read: reading one can wait forever or never end.
    /// </summary>
    /// <param name="entry">What an lstat of the file said, when the caller asked already.</param>
    private InputFile Readable(InputFile file, FileStatus? entry = null)
    {
        if ((entry ?? StatusOf(file.FullPath, followLinks: false)) is { IsRegularFile: true }) return file; // neither a link nor a pipe or device: one system call
        var at = new SourceLocation(file.DisplayPath, 1);
        var info = new FileInfo(file.FullPath);
        if (info.LinkTarget is { } target)
        {
            FileSystemInfo? resolved;
            try { resolved = info.ResolveLinkTarget(returnFinalTarget: true); }
            catch (IOException) { throw new ContentException(at, Say.FileLinkLoops(target)); }
            if (resolved is null || !resolved.Exists) throw new ContentException(at, Say.FileLinkBroken(target));
            var real = RealPath(resolved.FullName);
            if (!_realRoots.Any(root => real.StartsWith(root, StringComparison.Ordinal)))
                throw new ContentException(at, Say.LinksOutsideInput(target));
        }
        if (KindOf(file.FullPath) is { } kind) throw new ContentException(at, Say.NotOrdinaryFile(kind));
        return file;
    }

    /// <summary>A path with every symbolic link in it resolved (as far as it exists), so that two names of one file compare equal.</summary>
    public static string RealPath(string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var current = Path.GetPathRoot(full)!;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            try
            {
                if (new FileInfo(next).ResolveLinkTarget(returnFinalTarget: true) is { } resolved) next = RealPath(resolved.FullName);
            }
            catch (IOException) { } // a loop: compared as written
            current = next;
        }
        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>What a path is when it is not an ordinary file or folder ("a named pipe"), else null. Unix only: elsewhere null.</summary>
    public static string? KindOf(string path) =>
        (StatusOf(path, followLinks: true)?.Mode & TypeMask) switch
        {
            NamedPipe => Say.NamedPipe,
            CharacterDevice or BlockDevice => Say.Device,
            Socket => Say.Socket,
            _ => null,
        };

    private static IEnumerable<string> Walk(string folder, bool recursive)
    {
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)) yield return file;
        if (!recursive) yield break;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var info = new DirectoryInfo(sub);
            if (info.Name.StartsWith('_')) continue;
            if (info.LinkTarget is { } target) throw LinkedFolder(info, target);
            foreach (var file in Walk(sub, true)) yield return file;
        }
    }

    private static ContentException LinkedFolder(DirectoryInfo link, string target)
    {
        var resolved = Path.GetFullPath(Path.Combine(link.Parent!.FullName, target)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var loops = (link.FullName + Path.DirectorySeparatorChar).StartsWith(resolved, StringComparison.Ordinal);
        return new ContentException(new SourceLocation(DisplayPathOf(link.FullName), 1), loops
            ? Say.FolderLinkLoops(target)
            : Say.FolderLinkNotRead(target));
    }

    public static string DisplayPathOf(string fullPath) => DisplayPathOf(fullPath, Environment.CurrentDirectory);

    private static string DisplayPathOf(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    // Asking the system for the working directory is a system call; a build asks once per file it lists.
    private readonly string _workingDirectory = Environment.CurrentDirectory;
}
