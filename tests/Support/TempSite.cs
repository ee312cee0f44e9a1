using Guidance.Cli;
using Guidance.Messages;
using Guidance.Modules.Search;
using Guidance.Site;

namespace Guidance.Tests.Support;

/// <summary>
/// A private copy of a site (the fixture by default) in a temporary folder, for tests that change content
/// and look at what the build says. Uses the repository's theme unless the test writes theme files.
/// </summary>
public sealed class TempSite : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidance-test-" + Guid.NewGuid().ToString("N")[..10]);
    public string Input => Path.Combine(Root, "input");
    public string Theme => Path.Combine(Root, "theme");
    public string Output => Path.Combine(Root, "output");
    public string Config => Path.Combine(Root, "statiq.json");

    /// <summary>
    /// The modification time every copied input file gets: outside git a page's "last updated" date is its file's
    /// time, and pages and snapshots must not change with the day the tests run.
    /// </summary>
    public static readonly DateTime InputFileTime = new(2025, 1, 15, 12, 0, 0, DateTimeKind.Utc);

    public TempSite(string? from = null)
    {
        from ??= Repo.Fixture;
        CopyFolder(Path.Combine(from, "input"), Input);
        foreach (var file in Directory.EnumerateFiles(Input, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, InputFileTime);
        File.Copy(Path.Combine(from, "statiq.json"), Config);
        CopyFolder(Repo.Theme, Theme, skip: "node_modules");
    }

    public SitePaths Paths => new(Input, Theme, Output, Config);

    private bool _search;
    private static readonly object InstallLock = new();

    /// <summary>
    /// From now on builds run Pagefind (without --no-search), using the repository theme's installed Pagefind
    /// (installed first with npm ci if missing) through a link, so no test downloads it again.
    /// </summary>
    public TempSite WithSearch()
    {
        lock (InstallLock) new Pagefind(Repo.Theme).EnsureInstalled(); // two npm ci in one folder at once would break it
        Directory.CreateSymbolicLink(Path.Combine(Theme, "node_modules"), Path.Combine(Repo.Theme, "node_modules"));
        _search = true;
        return this;
    }

    /// <summary>Writes a file below the site root (e.g. "input/findings/x.da.md").</summary>
    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Edit(string relativePath, Func<string, string> change) => Write(relativePath, change(Read(relativePath)));

    /// <summary>Runs the CLI in-process with this site's folders; the working directory is the site root so messages read "input/…".</summary>
    public CliResult Run(string command, params string[] extra)
    {
        string[] search = _search ? [] : ["--no-search"];
        return RunArguments([command, "--input", Input, "--theme", Theme, "--output", Output, "--config", Config, .. search, .. extra]);
    }

    /// <summary>
    /// The environment variables the CLI sees when it chooses its message language (and only then): English by default,
    /// whatever the machine's locale or the site's default language, since most tests assert English messages.
    /// </summary>
    public IReadOnlyDictionary<string, string> LanguageEnvironment { get; set; } = EnglishMessages;

    public static readonly IReadOnlyDictionary<string, string> EnglishMessages = new Dictionary<string, string> { [MessageLanguage.Variable] = MessageLanguage.English };

    /// <summary>Runs the CLI in-process with exactly these arguments, in the site root.</summary>
    public CliResult RunArguments(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code;
        lock (WorkingDirectoryLock)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = Root;
            try { code = GuidanceCommand.Run(args, stdout, stderr, name => LanguageEnvironment.GetValueOrDefault(name)); }
            finally { Environment.CurrentDirectory = previous; }
        }
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Messages are printed relative to the working directory, which is process-wide.</summary>
    public static readonly object WorkingDirectoryLock = new();

    public static void CopyFolder(string from, string to, string? skip = null)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            if (skip is not null && dir.Split(Path.DirectorySeparatorChar).Contains(skip)) continue;
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (skip is not null && file.Split(Path.DirectorySeparatorChar).Contains(skip)) continue;
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
