using Guidance.Engine;

namespace Guidance.Tests.Engine;

public sealed class FileSystemTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private string Theme => _temp.PathOf("theme");
    private string Input => _temp.PathOf("input");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_file_in_a_later_root_overrides_the_file_at_the_same_relative_path_in_an_earlier_root()
    {
        _temp.Write("theme/pages/about.md", "theme");
        _temp.Write("theme/pages/only-theme.md", "theme");
        _temp.Write("input/pages/about.md", "input");
        var fileSystem = new FileSystem([Theme, Input], _temp.PathOf("output"));

        var files = fileSystem.GetFiles("pages", recursive: true, ".md");

        Assert.Equal(["pages/about.md", "pages/only-theme.md"], files.Select(f => f.RelativePath));
        Assert.Equal("input", File.ReadAllText(files[0].FullPath));
        Assert.Equal("theme", File.ReadAllText(files[1].FullPath));
        Assert.Equal("input", File.ReadAllText(fileSystem.GetFile("pages/about.md")!.FullPath));
    }

    [Fact]
    public void Files_and_folders_whose_names_start_with_an_underscore_are_skipped()
    {
        _temp.Write("input/pages/a.md", "");
        _temp.Write("input/pages/_draft.md", "");
        _temp.Write("input/pages/_private/b.md", "");
        _temp.Write("input/pages/sub/c.md", "");

        var files = new FileSystem([Input], _temp.PathOf("output")).GetFiles("pages", recursive: true, ".md");

        Assert.Equal(["pages/a.md", "pages/sub/c.md"], files.Select(f => f.RelativePath));
    }

    [Fact]
    public void Only_files_with_one_of_the_extensions_are_returned_and_recursion_is_optional()
    {
        _temp.Write("input/data/a.yml", "");
        _temp.Write("input/data/b.YAML", "");
        _temp.Write("input/data/c.txt", "");
        _temp.Write("input/data/deep/d.yml", "");
        var fileSystem = new FileSystem([Input], _temp.PathOf("output"));

        Assert.Equal(["data/a.yml", "data/b.YAML"], fileSystem.GetFiles("data", recursive: false, ".yml", ".yaml").Select(f => f.RelativePath));
        Assert.Equal(["data/a.yml", "data/b.YAML", "data/deep/d.yml"], fileSystem.GetFiles("data", recursive: true, ".yml", ".yaml").Select(f => f.RelativePath));
    }

    [Fact]
    public void A_missing_folder_gives_no_files_and_a_missing_file_gives_null()
    {
        var fileSystem = new FileSystem([Input], _temp.PathOf("output"));

        Assert.Empty(fileSystem.GetFiles("nowhere", recursive: true, ".md"));
        Assert.Null(fileSystem.GetFile("nowhere/x.md"));
    }

    [Fact]
    public async Task A_symlinked_folder_loop_below_a_root_is_a_located_error_and_does_not_hang_the_walk()
    {
        _temp.Write("input/pages/a.md", "");
        _temp.Write("input/pages/inner/b.md", "");
        Directory.CreateSymbolicLink(_temp.PathOf("input/pages/inner/loop"), _temp.PathOf("input/pages"));
        var fileSystem = new FileSystem([Input], _temp.PathOf("output"));

        var walk = Task.Run(() => fileSystem.GetFiles("pages", recursive: true, ".md"));

        var e = await Assert.ThrowsAsync<ContentException>(() => walk.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.EndsWith("input/pages/inner/loop", e.Error.Location.File);
        Assert.Contains("a loop", e.Message);
    }

    [Fact]
    public void A_name_with_dot_dot_never_finds_a_file_outside_the_roots()
    {
        _temp.Write("secret.html", "outside");
        var fileSystem = new FileSystem([Input], _temp.PathOf("output"));

        Assert.Null(fileSystem.GetFile("../secret.html"));
    }

    [Fact]
    public void DirectoryMetadataFor_returns_the_directory_files_from_the_outermost_folder_inwards()
    {
        _temp.Write("theme/_directory.yml", "");
        _temp.Write("theme/guides/deep/_directory.yml", "theme");
        _temp.Write("input/guides/_directory.yml", "");
        _temp.Write("input/guides/deep/_directory.yml", "input");
        _temp.Write("input/guides/deep/page.md", "");
        var fileSystem = new FileSystem([Theme, Input], _temp.PathOf("output"));

        var chain = fileSystem.DirectoryMetadataFor("guides/deep/page.md");

        Assert.Equal(["_directory.yml", "guides/_directory.yml", "guides/deep/_directory.yml"], chain.Select(f => f.RelativePath));
        Assert.Equal(
            [_temp.PathOf("theme/_directory.yml"), _temp.PathOf("input/guides/_directory.yml"), _temp.PathOf("input/guides/deep/_directory.yml")],
            chain.Select(f => f.FullPath));
    }

    [Fact]
    public void DirectoryMetadataFor_a_file_in_a_folder_without_directory_files_is_empty()
    {
        _temp.Write("input/pages/a.md", "");

        Assert.Empty(new FileSystem([Input], _temp.PathOf("output")).DirectoryMetadataFor("pages/a.md"));
    }

    [Fact]
    public void GetFile_does_not_find_a_file_outside_the_roots_through_dot_dot()
    {
        _temp.Write("secret.html", "outside");
        _temp.Write("input-sibling/x.html", "sibling");
        _temp.Write("input/layouts/page.html", "inside");
        var fileSystem = new FileSystem([Input], _temp.PathOf("output"));

        Assert.Null(fileSystem.GetFile("layouts/../../secret.html"));
        Assert.Null(fileSystem.GetFile("../input-sibling/x.html"));
        Assert.NotNull(fileSystem.GetFile("layouts/../layouts/page.html"));
    }

    [Fact]
    public void Roots_and_the_output_folder_are_made_absolute()
    {
        var fileSystem = new FileSystem(["relative/in"], "relative/out");

        Assert.True(Path.IsPathFullyQualified(fileSystem.InputRoots[0]));
        Assert.True(Path.IsPathFullyQualified(fileSystem.OutputPath));
    }
}
