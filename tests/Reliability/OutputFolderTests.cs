using CsCheck;
using Guidance.Cli;
using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Nothing a user types loses their files: <c>build</c> and <c>serve</c> delete, move or write only in a folder the tool
/// made, never through a symbolic link, and refuse any other output folder with one line and exit code 2.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>Runs a command with relative paths, as a user types it in the site's folder.</summary>
    private CliResult Run(string command, string output, params string[] extra) =>
        _site.RunArguments([command, "--input", "input", "--theme", "theme", "--output", output, "--config", "statiq.json", "--no-search", .. extra]);

    /// <summary>Every file below the site's root, by path, with a hash of its bytes.</summary>
    private Dictionary<string, string> Everything() => FolderSnapshot.Of(_site.Root);

    private static void AssertRefused(CliResult result, string reason)
    {
        Assert.True(result.ExitCode == GuidanceCommand.UsageError, result.ToString());
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(reason, line);
        Assert.DoesNotContain("internal error", line);
    }

    [Theory]
    [InlineData("input", "is the input folder")]
    [InlineData("input/", "is the input folder")]
    [InlineData("input/pages", "is inside the input folder")]
    [InlineData("theme", "is the theme folder")]
    [InlineData("theme/layouts", "is inside the theme folder")]
    [InlineData(".", "is the folder of the settings file")]
    public void An_output_that_is_or_lies_inside_the_sites_own_folders_is_refused_and_nothing_changes(string output, string reason)
    {
        var before = Everything();

        AssertRefused(Run("build", output), reason);

        Assert.Equal(before, Everything());
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused_and_the_file_kept()
    {
        _site.Write("notes.txt", "my notes");

        AssertRefused(Run("build", "notes.txt"), "is a file, not a folder");

        Assert.Equal("my notes", _site.Read("notes.txt"));
    }

    [Fact]
    public void An_output_that_contains_the_input_is_refused()
    {
        var site = Path.GetFileName(_site.Root);
        AssertRefused(_site.RunArguments("build", "--input", "input", "--theme", "theme", "--output", "..", "--config", "statiq.json", "--no-search"),
            "contains the input folder");
        Assert.True(Directory.Exists(Path.Combine(_site.Root, "..", site, "input", "pages")));
    }

    [Fact]
    public void An_output_that_is_the_repository_is_refused()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "site", ".git"));
        Directory.Move(_site.Input, Path.Combine(_site.Root, "site", "input"));
        // The settings file stays outside the repository, so the closest relation is the repository itself.

        AssertRefused(_site.RunArguments("build", "--input", "site/input", "--theme", "theme", "--output", "site", "--config", "statiq.json", "--no-search"),
            "is the repository");
        Assert.True(Directory.Exists(Path.Combine(_site.Root, "site", ".git")));
    }

    [Fact]
    public async Task An_output_that_is_the_home_folder_is_refused_by_build_and_serve()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.False(string.IsNullOrEmpty(home), "the test needs a home folder (HOME)");
        var reason = $"--output '{home}' is the home folder; choose a folder of its own, like 'output'";

        AssertRefused(Run("build", home), reason);
        var refused = await Assert.ThrowsAsync<UsageException>(() =>
            PreviewServer.StartAsync(_site.Paths with { Output = home }, 0, new LineWriter(), new LineWriter()));
        Assert.Equal(reason, refused.Message);
    }

    [Fact]
    public void A_folder_of_the_users_own_files_is_refused_and_keeps_every_file()
    {
        _site.Write("documents/letter.txt", "my letter");
        _site.Write("documents/notes/plan.md", "my plan");
        var before = Everything();

        AssertRefused(Run("build", "documents"), "already holds files that guidance did not make");

        Assert.Equal(before, Everything());
        Assert.Empty(Directory.GetDirectories(_site.Root, ".documents*"));
    }

    [Fact]
    public async Task Serve_refuses_a_folder_of_the_users_own_files_before_building()
    {
        _site.Write("documents/letter.txt", "my letter");
        var before = Everything();

        var refused = await Assert.ThrowsAsync<UsageException>(() =>
            PreviewServer.StartAsync(_site.Paths with { Output = Path.Combine(_site.Root, "documents") }, 0, new LineWriter(), new LineWriter()));

        Assert.Contains("already holds files that guidance did not make", refused.Message);
        Assert.Equal(before, Everything());
    }

    [Fact]
    public void An_output_that_is_a_symbolic_link_is_refused_and_its_target_keeps_its_files()
    {
        _site.Write("elsewhere/keep.txt", "mine");
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "linked"), Path.Combine(_site.Root, "elsewhere"));

        AssertRefused(Run("build", "linked"), "is a symbolic link");

        Assert.Equal("mine", _site.Read("elsewhere/keep.txt"));
        Assert.Equal(["keep.txt"], Directory.GetFileSystemEntries(Path.Combine(_site.Root, "elsewhere")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_new_folder_and_a_trailing_slash_simply_work_and_the_folder_is_marked_as_the_tools()
    {
        var result = Run("build", "out/");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Root, "out", "en", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Root, "out", OutputFolder.MarkerFile)));
        Assert.True(Run("build", "out/").ExitCode == 0, "a second build into the folder the first made");
    }

    [Fact]
    public void A_linked_folder_inside_the_output_is_removed_as_a_link_and_its_targets_files_are_kept()
    {
        Assert.Equal(0, _site.Run("build").ExitCode);
        _site.Write("elsewhere/keep.txt", "mine");
        Directory.CreateSymbolicLink(Path.Combine(_site.Output, "linked"), Path.Combine(_site.Root, "elsewhere"));

        for (var i = 0; i < 3; i++) Assert.Equal(0, _site.Run("build").ExitCode); // through .output.previous and back

        Assert.Equal("mine", _site.Read("elsewhere/keep.txt"));
    }

    [Fact]
    public void A_linked_file_inside_the_output_is_never_written_through()
    {
        Assert.Equal(0, _site.Run("build").ExitCode);
        var outside = _site.Write("elsewhere/page.html", "mine");
        var page = Path.Combine(_site.Output, "en", "index.html");
        File.Delete(page);
        File.CreateSymbolicLink(page, outside);

        for (var i = 0; i < 3; i++) Assert.Equal(0, _site.Run("build").ExitCode);

        Assert.Equal("mine", File.ReadAllText(outside));
        Assert.Contains("<html", File.ReadAllText(page));
    }

    [Fact]
    public void An_asset_replaced_by_different_bytes_of_the_same_length_and_time_is_published_again()
    {
        var asset = _site.Write("input/assets/note.txt", "version A");
        var time = File.GetLastWriteTimeUtc(asset);
        Assert.Equal(0, _site.Run("build").ExitCode);
        Assert.Equal(0, _site.Run("build").ExitCode); // the next build starts from this one's output

        File.WriteAllText(asset, "version B");
        File.SetLastWriteTimeUtc(asset, time);
        Assert.Equal(0, _site.Run("build").ExitCode);

        Assert.Equal("version B", File.ReadAllText(Path.Combine(_site.Output, "assets", "note.txt")));
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("-1")]
    [InlineData("0")]
    public void A_port_outside_1_to_65535_is_a_usage_error_before_anything_is_built(string port)
    {
        var result = _site.Run("serve", "--port", port);

        Assert.True(result.ExitCode == GuidanceCommand.UsageError, result.ToString());
        Assert.Contains("1 to 65535", result.Stderr);
        Assert.False(Directory.Exists(_site.Output), "nothing may be built");
    }

    /// <summary>
    /// Random output arguments made of the names a user might type (the site's own folders, their parents, links to
    /// them, a folder of the user's files, new names): whatever a run says, every file the tool did not make is
    /// still there with its bytes, except the ledger of published paths, which a build rewrites.
    /// </summary>
    [Fact]
    public void No_output_argument_deletes_moves_or_changes_a_file_the_tool_did_not_make()
    {
        _site.Write("documents/letter.txt", "my letter");
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "to-documents"), Path.Combine(_site.Root, "documents"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "to-input"), _site.Input);
        Directory.CreateSymbolicLink(Path.Combine(_site.Root, "to-parent"), Path.GetDirectoryName(_site.Root)!);
        var ledger = Path.Combine("input", Permalinks.FileName);
        var parts = Gen.OneOf(".", "..", "input", "theme", "documents", "to-documents", "to-input", "to-parent", "pages", "out", "layouts", "new");
        var outputs = Gen.Select(parts.Array[1, 3], Gen.Bool).Select((p, slash) => string.Join('/', p) + (slash ? "/" : ""));

        outputs.Sample(output =>
        {
            var before = UsersFiles();
            var result = Run("build", output);
            var after = UsersFiles();
            foreach (var (path, hash) in before)
            {
                Assert.True(after.TryGetValue(path, out var now), $"--output '{output}' (exit {result.ExitCode}) removed or moved {path}\n{result}");
                Assert.True(path == ledger || now == hash, $"--output '{output}' changed {path}\n{result}");
            }
            Assert.True(result.ExitCode is 0 or GuidanceCommand.UsageError, result.ToString());
        }, iter: 40, threads: 1);
    }

    /// <summary>Every file below the site's root outside the folders the tool made (those holding its marker).</summary>
    private Dictionary<string, string> UsersFiles()
    {
        var tools = Directory.EnumerateDirectories(_site.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(OutputFolder.IsMarked).Select(d => d + Path.DirectorySeparatorChar).ToList();
        return Directory.EnumerateFiles(_site.Root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
            .Where(f => !tools.Any(t => f.StartsWith(t, StringComparison.Ordinal)))
            .ToDictionary(f => Path.GetRelativePath(_site.Root, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
    }
}
