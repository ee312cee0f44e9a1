using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Metadata;
using Guidance.Tests.Engine;

namespace Guidance.Tests.Modules;

public sealed class ApplyDirectoryMetadataTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private HarnessRun Build() => EngineHarness.Run(
        EngineHarness.FileSystem(_temp.PathOf("theme"), _temp.PathOf("input")), [],
        new ReadFiles("guides", true, ".md"), new ParseFrontMatter(), new ApplyDirectoryMetadata());

    private static Document At(HarnessRun run, string relativePath) =>
        run.Documents.Single(d => d.GetString(ReadFiles.RelativePathKey) == relativePath);

    [Fact]
    public void Keys_of_a_folders_directory_file_apply_to_every_file_below_it()
    {
        _temp.Write("input/guides/_directory.yml", "layout: guide\nsection: Guides\n");
        _temp.Write("input/guides/a.md", "A");
        _temp.Write("input/guides/deep/b.md", "B");
        _temp.Write("input/other.md", "not below guides");

        var run = Build();

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.Equal("guide", At(run, "guides/a.md")["layout"]);
        Assert.Equal("Guides", At(run, "guides/deep/b.md")["Section"]);
    }

    [Fact]
    public void A_nearer_folders_value_wins_over_an_outer_folders_value()
    {
        _temp.Write("input/_directory.yml", "layout: page\naudience: all\n");
        _temp.Write("input/guides/_directory.yml", "layout: guide\n");
        _temp.Write("input/guides/deep/_directory.yml", "Layout: deep\n");
        _temp.Write("input/guides/a.md", "A");
        _temp.Write("input/guides/deep/b.md", "B");

        var run = Build();

        Assert.Equal("guide", At(run, "guides/a.md")["layout"]);
        Assert.Equal("deep", At(run, "guides/deep/b.md")["layout"]);
        Assert.Equal("all", At(run, "guides/deep/b.md")["audience"]);
    }

    [Fact]
    public void A_files_own_front_matter_wins_over_its_folders_values_even_when_it_sets_null()
    {
        _temp.Write("input/guides/_directory.yml", "layout: guide\nsummary: inherited\n");
        _temp.Write("input/guides/a.md", "---\nLAYOUT: special\nsummary:\n---\nA");

        var document = At(Build(), "guides/a.md");

        Assert.Equal("special", document["layout"]);
        Assert.True(document.ContainsKey("summary"));
        Assert.Null(document["summary"]);
    }

    [Fact]
    public void The_input_roots_directory_file_overrides_the_themes_file_for_the_same_folder()
    {
        _temp.Write("theme/guides/_directory.yml", "layout: theme-guide\nfrom-theme: yes\n");
        _temp.Write("input/guides/_directory.yml", "layout: input-guide\n");
        _temp.Write("input/guides/a.md", "A");

        var document = At(Build(), "guides/a.md");

        Assert.Equal("input-guide", document["layout"]);
        Assert.False(document.ContainsKey("from-theme"));
    }

    [Fact]
    public void Malformed_YAML_in_a_directory_file_is_reported_against_that_file()
    {
        _temp.Write("input/guides/_directory.yml", "layout: guide\nlayout: again\n");
        _temp.Write("input/guides/a.md", "A");

        var run = Build();

        var error = Assert.Single(run.Errors);
        Assert.EndsWith("guides/_directory.yml", error.Location.File);
        Assert.Equal(2, error.Location.Line);
    }
}
