using Guidance.Engine;
using Guidance.Modules.Markdown;
using Guidance.Modules.Metadata;
using Guidance.Tests.Engine;

namespace Guidance.Tests.Modules;

/// <summary>Plain links and images of a Markdown body, collected for the link check; relative images read from the assets folder.</summary>
public sealed class MarkdownLinkTests
{
    private const string Source = "input/page.md";

    private static Document Parsed(string content, string? assetsUrl = "/assets/")
    {
        var run = EngineHarness.Run([EngineHarness.Doc(Source, content)], new ParseFrontMatter(), new ParseMarkdown(false, assetsUrl));
        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        return Assert.Single(run.Documents);
    }

    [Fact]
    public void Plain_links_and_images_are_collected_as_written_with_their_line_and_column_and_xrefs_are_not()
    {
        var document = Parsed("---\ntitle: T\n---\nSee [a](/da/x/) and [b](xref:known).\n\n![Chart](images/c.png) [c](https://example.org/)\n");

        Assert.Equal([
            new MarkdownLink("/da/x/", false, new SourceLocation(Source, 4, 5)),
            new MarkdownLink("images/c.png", true, new SourceLocation(Source, 6, 1)),
            new MarkdownLink("https://example.org/", false, new SourceLocation(Source, 6, 24)),
        ], Assert.IsType<List<MarkdownLink>>(document[ParseMarkdown.LinksKey]));
    }

    [Theory]
    [InlineData("images/c.png", "/guidance/assets/images/c.png")]
    [InlineData("/assets/images/c.png", "/assets/images/c.png")]
    [InlineData("https://example.org/c.png", "https://example.org/c.png")]
    public void A_relative_image_path_is_read_from_the_assets_folder_and_others_are_left_alone(string written, string rendered)
    {
        var run = EngineHarness.Run([EngineHarness.Doc(Source, $"![Chart]({written})\n")],
            new ParseMarkdown(false, "/guidance/assets/"), new RenderMarkdown(false, (_, _) => _ => null));
        Assert.Contains($"<img src=\"{rendered}\" alt=\"Chart\" />", Assert.Single(run.Documents).Content);
    }

    [Theory]
    [InlineData("images/x.png", true)]
    [InlineData("../x/", true)]
    [InlineData("/da/x/", false)]
    [InlineData("#top", false)]
    [InlineData("https://example.org/", false)]
    [InlineData("mailto:a@example.org", false)]
    [InlineData("a:b/c", false)]
    [InlineData("x/a:b", true)]
    public void A_relative_path_has_no_scheme_and_no_leading_slash(string url, bool relative) =>
        Assert.Equal(relative, ParseMarkdown.IsRelativePath(url));
}
