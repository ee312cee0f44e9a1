using System.Globalization;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Guidance.Engine;
using Guidance.Modules.Tools;

namespace Guidance.Site;

/// <summary>
/// Everything a staged build's output depends on, each part as a short text or a SHA-256 digest. A part missed here
/// would make a build wrongly skip (<see cref="BuildRecord"/>), so every one is listed:
/// <list type="bullet">
/// <item><c>input</c>: every file below the input folder (those starting with <c>_</c> too): its path and its status
/// as the system keeps it: size, modification and status-change times, device and inode, not its content (what that
/// misses is said at <see cref="FileDigest"/>). The modification time counts in any case because a file git does not
/// know takes its "last updated" date from it (<see cref="Modules.IO.FileHistory"/>).</item>
/// <item><c>published-urls.txt</c>: the ledger, apart from the input, as a build rewrites it (<see cref="SiteBuild"/>).</item>
/// <item><c>theme</c>: every theme file outside <c>node_modules</c> (layouts, strings, assets, the editor's and the
/// offline copy's files, <c>pagefind.yml</c>, <c>package.json</c> and its lock file), the same way.</item>
/// <item><c>tools</c>, with search only: <c>node_modules/.package-lock.json</c>, npm's list of what is installed (the
/// versions of Pagefind, Workbox and Decap CMS, whose files the build copies and runs). Node's own version is not part.</item>
/// <item><c>settings</c>: the settings file (base URL, languages, the editor's repository, validation levels).</item>
/// <item><c>options</c>: search (and with it the editor and the offline copy) and PDF handouts; <c>paths</c>: the
/// input, theme, output and settings paths and the working directory, which the messages name files relative to.</item>
/// <item><c>generator</c>: this program's build (its module version id), the libraries it was built with, the runtime.</item>
/// <item><c>git</c>: the repository holding the input and its HEAD commit: the pages' dates and history, the
/// trailers the translation check and the changelog read, and the editor's content folder come from there.
/// Uncommitted changes need no part of their own: they are in the files' contents and times.</item>
/// <item><c>date</c>: today's date (UTC), which says which reviews are overdue.</item>
/// <item><c>language</c>: the language of the messages and the culture, the words of the warnings.</item>
/// </list>
/// Environment variables are read only for the message language. Nothing else outside these is read by a build.
/// </summary>
public sealed class BuildFingerprint
{
    public SortedDictionary<string, string> Components { get; } = new(StringComparer.Ordinal);

    public bool Matches(IReadOnlyDictionary<string, string> recorded) =>
        recorded.Count == Components.Count && Components.All(c => recorded.TryGetValue(c.Key, out var value) && value == c.Value);

    /// <summary>The ledger's part once the build rewrote it (see <see cref="SiteBuild"/>).</summary>
    public BuildFingerprint WithLedger(SitePaths paths) => With(Permalinks.FileName, LedgerOf(paths));

    private BuildFingerprint With(string key, string value)
    {
        var copy = new BuildFingerprint();
        foreach (var (k, v) in Components) copy.Components[k] = v;
        copy.Components[key] = value;
        return copy;
    }

    public static BuildFingerprint Of(SitePaths paths, bool search, bool pdf)
    {
        var fingerprint = new BuildFingerprint();
        var parts = fingerprint.Components;
        parts["input"] = FilesDigest(paths.Input, skip: (relative, _) => relative == Permalinks.FileName);
        parts[Permalinks.FileName] = LedgerOf(paths);
        parts["theme"] = FilesDigest(paths.Theme, skip: (relative, directory) => directory && relative == "node_modules");
        var installed = Path.Combine(paths.Theme, "node_modules", ".package-lock.json");
        if (search) parts["tools"] = File.Exists(installed) ? Digest([FileDigest(installed)]) : "not installed";
        parts["settings"] = File.Exists(paths.Config) ? Digest([FileDigest(paths.Config)]) : "missing";
        parts["options"] = $"search={search} pdf={pdf}";
        parts["paths"] = string.Join("\n", paths.Input, paths.Theme, paths.Output, paths.Config, Environment.CurrentDirectory);
        var assembly = typeof(BuildFingerprint).Assembly;
        parts["generator"] = string.Join("\n", [assembly.ManifestModule.ModuleVersionId.ToString(), RuntimeInformation.FrameworkDescription,
            .. assembly.GetReferencedAssemblies().Select(a => a.FullName).Order(StringComparer.Ordinal)]);
        parts["git"] = GitState(paths.Input);
        parts["date"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        parts["language"] = $"{MessageLanguage.Current} {CultureInfo.CurrentCulture.Name}";
        return fingerprint;
    }

    private static string LedgerOf(SitePaths paths)
    {
        var ledger = Path.Combine(paths.Input, Permalinks.FileName);
        return File.Exists(ledger) ? Digest([FileDigest(ledger)]) : "none";
    }

    /// <summary>What git says the input's repository and its HEAD commit are (or why it cannot say: not a repository, no git).</summary>
    private static string GitState(string input)
    {
        if (!Directory.Exists(input)) return "no input";
        try
        {
            var result = ExternalCommand.Run("git", ["rev-parse", "--show-toplevel", "HEAD"], input, missing: "");
            return $"{result.ExitCode} {result.Output.Trim()}";
        }
        catch (ExternalToolException) { return "no git"; }
    }

    /// <summary>
    /// Each file below <paramref name="root"/> (but those <paramref name="skip"/> names) as its path and status
    /// (<see cref="EntryDigest"/>), asked in parallel. A linked folder is not followed (the build refuses one) but recorded by
    /// its target; a link to a file is followed.
    /// </summary>
    private static string FilesDigest(string root, Func<string, bool, bool> skip)
    {
        if (!Directory.Exists(root)) return "missing";
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        string Relative(ref FileSystemEntry e) => Path.Join(e.Directory[root.Length..].TrimStart(Path.DirectorySeparatorChar), e.FileName).Replace('\\', '/');
        static bool IsLink(ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) != 0;
        var files = new FileSystemEnumerable<string>(root, (ref FileSystemEntry e) => e.ToFullPath(),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => (!e.IsDirectory || IsLink(ref e)) && !skip(Relative(ref e), e.IsDirectory),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !IsLink(ref e) && !skip(Relative(ref e), true),
        }.ToArray();
        Array.Sort(files, StringComparer.Ordinal);
        var lines = new string[files.Length];
        Parallel.For(0, files.Length, i => lines[i] = files[i][(root.Length + 1)..] + "\0" + EntryDigest(files[i]));
        return Digest(lines);
    }

    /// <summary>
    /// A file's status (<see cref="FileDigest"/>); for a link, what it names and the status of what it leads to; for
    /// what is not a file (a named pipe, a device, a folder) its status too, which says what it is, without opening it:
    /// reading a pipe can wait forever, and the build refuses all of them.
    /// </summary>
    private static string EntryDigest(string path)
    {
        if (OperatingSystem.IsWindows()) return ContentDigest(path);
        if (FileSystem.StatusOf(path, followLinks: false) is not { } entry) return "gone"; // removed since it was listed
        if (!entry.IsLink) return entry.Stamp;
        var link = $"link {new FileInfo(path).LinkTarget}\0";
        return link + (FileSystem.StatusOf(path, followLinks: true) is { } target ? target.Stamp : "broken");
    }

    /// <summary>
    /// A file's status as the system keeps it (<see cref="FileSystem.FileStatus"/>: size, modification and
    /// status-change times, device and inode), not its content: asked with one system call, where reading and hashing
    /// every input file cost a large site seconds before its build began (bench/RESULTS.md). Any write through the
    /// file system changes the status-change time, and nothing but a change of the system clock sets it back, so what
    /// this misses is an edit that keeps a file's size within one tick of the kernel's file clock (a few milliseconds)
    /// of the write before it, with the fingerprint taken in between; and an edit made below the file system (to the
    /// disk itself). A file touched without a change makes the next build a full one, as it should: a file git does
    /// not know takes its date from its time.
    /// </summary>
    private static string FileDigest(string path) =>
        OperatingSystem.IsWindows() ? ContentDigest(path) : FileSystem.StatusOf(path, followLinks: true)?.Stamp ?? "gone";

    /// <summary>Where the runtime's status record is not read (Windows): the file's size, time and the SHA-256 of its content.</summary>
    private static string ContentDigest(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (Directory.Exists(path)) return "folder";
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
            return $"{info.Length}\0{info.LastWriteTimeUtc.Ticks}\0{Convert.ToHexString(SHA256.HashData(stream))}";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "unreadable " + e.GetType().Name; }
    }

    /// <summary>One SHA-256 over lines, in order.</summary>
    private static string Digest(IEnumerable<string> lines)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(line));
            hash.AppendData("\n"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
