using System.Text;
using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Metadata;
using Guidance.Tests.Engine;

namespace Guidance.Tests.Modules;

public sealed class FrontMatterTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static HarnessRun Parse(string content, string source = "input/page.md") =>
        EngineHarness.Run([EngineHarness.Doc(source, content)], new ParseFrontMatter());

    private static Document Parsed(string content)
    {
        var run = Parse(content);
        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        return Assert.Single(run.Documents);
    }

    /// <summary>Reads bytes written to a temp file the way ReadFiles does, then parses the front matter.</summary>
    private Document ParsedFromFile(byte[] bytes)
    {
        var path = _temp.WriteBytes("page.md", bytes);
        var text = ReadFiles.ReadText(new InputFile("page.md", path, "input/page.md"));
        return Parsed(text);
    }

    [Fact]
    public void Keys_are_recorded_at_their_file_lines_counting_the_opening_dashes_as_line_one()
    {
        var document = Parsed("---\ntitle: Hello\n\nsummary: World\n---\nBody\n");

        Assert.Equal("Hello", document["title"]);
        Assert.Equal(2, document.KeyLines["title"]);
        Assert.Equal(4, document.KeyLines["summary"]);
        Assert.Equal(new SourceLocation("input/page.md", 4), document.LocationOf("Summary"));
    }

    [Fact]
    public void The_body_becomes_the_content_and_its_first_file_line_is_recorded()
    {
        var document = Parsed("---\ntitle: Hello\nsummary: World\n---\nBody line\nsecond\n");

        Assert.Equal("Body line\nsecond\n", document.Content);
        Assert.Equal(5, document[ParseFrontMatter.BodyLineKey]);
    }

    [Fact]
    public void A_document_without_front_matter_keeps_its_content_and_starts_on_line_one()
    {
        var document = Parsed("# Just a heading\n---\n");

        Assert.Equal("# Just a heading\n---\n", document.Content);
        Assert.Equal(1, document[ParseFrontMatter.BodyLineKey]);
    }

    [Fact]
    public void Empty_front_matter_and_front_matter_at_the_end_of_the_file_are_read()
    {
        var empty = Parsed("---\n---\nBody");
        var noBody = Parsed("---\ntitle: x\n---");

        Assert.Equal("Body", empty.Content);
        Assert.Equal(3, empty[ParseFrontMatter.BodyLineKey]);
        Assert.Equal("", noBody.Content);
        Assert.Equal("x", noBody["title"]);
    }

    [Fact]
    public void A_line_that_only_starts_with_three_dashes_does_not_close_the_front_matter()
    {
        var document = Parsed("---\ntitle: x\n---not-the-end: y\n---\nBody");

        Assert.Equal("Body", document.Content);
        Assert.Equal("y", document["---not-the-end"]);
    }

    [Fact]
    public void Unclosed_front_matter_is_a_ContentException_at_line_one()
    {
        var run = Parse("---\ntitle: Hello\nBody without end\n");

        var error = Assert.Single(run.Errors);
        Assert.Equal(new SourceLocation("input/page.md", 1), error.Location);
        Assert.Contains("no closing '---'", error.Message);
    }

    [Fact]
    public void Malformed_YAML_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        // The tab is on YAML line 4 ("\tother: y"), which is file line 5 after the opening "---".
        var run = Parse("---\ntitle: ok\nauthor:\n  name: x\n\tother: y\n---\nBody\n");

        var error = Assert.Single(run.Errors);
        Assert.Equal("input/page.md", error.Location.File);
        Assert.Equal(5, error.Location.Line);
        Assert.StartsWith("malformed YAML", error.Message);
    }

    [Fact]
    public void An_unclosed_quote_in_front_matter_is_reported_at_the_line_of_the_quote()
    {
        var run = Parse("---\ntitle: \"Hello\nsummary: x\n---\nBody\n");

        var error = Assert.Single(run.Errors);
        Assert.Equal(2, error.Location.Line);
        Assert.StartsWith("malformed YAML", error.Message);
    }

    [Fact]
    public void A_duplicate_key_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        var run = Parse("---\ntitle: a\nTitle: b\n---\n");

        var error = Assert.Single(run.Errors);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("'Title'", error.Message);
    }

    [Fact]
    public void Front_matter_with_CRLF_line_endings_read_through_ReadText_has_the_same_lines()
    {
        var document = ParsedFromFile(Encoding.UTF8.GetBytes("---\r\ntitle: Hello\r\nsummary: World\r\n---\r\nBody\r\n"));

        Assert.Equal("Hello", document["title"]);
        Assert.Equal(3, document.KeyLines["summary"]);
        Assert.Equal(5, document[ParseFrontMatter.BodyLineKey]);
        Assert.Equal("Body\n", document.Content);
    }

    [Fact]
    public void Front_matter_after_a_UTF8_byte_order_mark_read_through_ReadText_is_recognised()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: Hæ\n---\nBody")).ToArray();

        var document = ParsedFromFile(bytes);

        Assert.Equal("Hæ", document["title"]);
        Assert.Equal("Body", document.Content);
    }

    [Fact]
    public void Non_UTF8_bytes_in_a_file_are_a_ContentException_saying_it_is_not_UTF8_at_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: x\n---\n").Concat(new byte[] { (byte)'A', 0xE6, (byte)'\n' }).ToArray();
        var path = _temp.WriteBytes("latin1.md", bytes);

        var e = Assert.Throws<ContentException>(() => ReadFiles.ReadText(new InputFile("latin1.md", path, "input/latin1.md")));

        Assert.Contains("not UTF-8", e.Message);
        Assert.Equal(new SourceLocation("input/latin1.md", 4), e.Error.Location);
    }

    [Fact]
    public void ParseYamlFile_turns_a_whole_YAML_file_into_metadata_with_key_lines()
    {
        var run = EngineHarness.Run([EngineHarness.Doc("input/study.yml", "name: Study\nyear: 2020\n")], new ParseYamlFile());

        var document = Assert.Single(run.Documents);
        Assert.Equal("Study", document["name"]);
        Assert.Equal("2020", document["year"]);
        Assert.Equal(2, document.KeyLines["year"]);
    }
}
