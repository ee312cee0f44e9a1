using Guidance.Engine;
using Guidance.Modules.Markdown;
using Guidance.Modules.Metadata;
using Guidance.Tests.Engine;

namespace Guidance.Tests.Modules;

public sealed class MarkdownTests
{
    private const string Source = "input/page.md";

    private static HarnessRun Parse(string content, bool allowRawHtml = false) =>
        EngineHarness.Run([EngineHarness.Doc(Source, content)], new ParseFrontMatter(), new ParseMarkdown(allowRawHtml));

    private static Document Parsed(string content, bool allowRawHtml = false)
    {
        var run = Parse(content, allowRawHtml);
        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        return Assert.Single(run.Documents);
    }

    private static readonly Dictionary<string, string> Urls = new() { ["known"] = "/en/known/", ["other"] = "/en/other page/" };

    private static string Rendered(string content, bool allowRawHtml = false)
    {
        var run = EngineHarness.Run([EngineHarness.Doc(Source, content)],
            new ParseFrontMatter(), new ParseMarkdown(allowRawHtml),
            new RenderMarkdown(allowRawHtml, (_, _) => id => Urls.GetValueOrDefault(id)));
        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        return Assert.Single(run.Documents).Content;
    }

    [Fact]
    public void Xref_links_are_collected_with_their_id_anchor_and_file_line_after_the_front_matter()
    {
        var document = Parsed("---\ntitle: T\n---\nIntro\n\nSee [one](xref:known) and\n[two](xref:other#results).\n");

        var xrefs = Assert.IsType<List<XrefLink>>(document[ParseMarkdown.XrefsKey]);
        Assert.Equal(2, xrefs.Count);
        Assert.Equal(new XrefLink("known", "", new SourceLocation(Source, 6, 5)), xrefs[0]);
        Assert.Equal("other", xrefs[1].Id);
        Assert.Equal("#results", xrefs[1].Anchor);
        Assert.Equal(7, xrefs[1].Location.Line);
    }

    [Fact]
    public void Without_front_matter_xref_lines_count_from_the_first_line_of_the_file()
    {
        var document = Parsed("[a](xref:known)\n");

        Assert.Equal(1, Assert.Single(document.Get<List<XrefLink>>(ParseMarkdown.XrefsKey)!).Location.Line);
    }

    [Fact]
    public void Ordinary_links_are_not_collected_as_xrefs()
    {
        var document = Parsed("[a](https://example.org) [b](/local/) [c](#here)\n");

        Assert.Empty(document.Get<List<XrefLink>>(ParseMarkdown.XrefsKey)!);
    }

    [Fact]
    public void XrefExtension_Parse_splits_the_id_from_the_anchor()
    {
        Assert.Equal(("page", ""), XrefExtension.Parse("xref:page"));
        Assert.Equal(("page", "#part-2"), XrefExtension.Parse("xref:page#part-2"));
    }

    [Fact]
    public void RenderMarkdown_renders_an_xref_link_with_the_resolved_url_and_its_anchor()
    {
        var html = Rendered("See [the study](xref:known#method \"Title\").\n");

        Assert.Contains("<a href=\"/en/known/#method\" title=\"Title\">the study</a>", html);
        Assert.DoesNotContain("xref:", html);
    }

    [Fact]
    public void RenderMarkdown_escapes_a_resolved_url()
    {
        var html = Rendered("[x](xref:other)\n");

        Assert.Contains("href=\"/en/other%20page/\"", html);
    }

    [Fact]
    public void RenderMarkdown_leaves_an_xref_the_resolver_does_not_know_as_written()
    {
        var html = Rendered("[x](xref:unknown#a)\n");

        Assert.Contains("<a href=\"xref:unknown#a\">x</a>", html);
    }

    [Fact]
    public void RenderMarkdown_leaves_ordinary_links_and_images_to_Markdig()
    {
        var html = Rendered("[site](https://example.org/a?b=1) ![pic](img/p.png)\n");

        Assert.Contains("<a href=\"https://example.org/a?b=1\">site</a>", html);
        Assert.Contains("<img src=\"img/p.png\" alt=\"pic\" />", html);
    }

    [Fact]
    public void RenderMarkdown_passes_the_document_to_the_resolver_factory()
    {
        var run = EngineHarness.Run(
            [EngineHarness.Doc("da.md", "[x](xref:p)").With("lang", "da"), EngineHarness.Doc("en.md", "[x](xref:p)").With("lang", "en")],
            new ParseMarkdown(false),
            new RenderMarkdown(false, (document, _) => id => $"/{document["lang"]}/{id}/"));

        Assert.Contains("href=\"/da/p/\"", run.Single("da.md").Content);
        Assert.Contains("href=\"/en/p/\"", run.Single("en.md").Content);
    }

    [Fact]
    public void A_rendered_body_is_let_go_unless_something_reads_it_later()
    {
        var run = EngineHarness.Run(
            [EngineHarness.Doc("page.md", "# Page\n\nText."), EngineHarness.Doc("item.md", "# Item\n\nText of an item.")],
            new ParseMarkdown(false),
            new RenderMarkdown(false, (_, _) => _ => null, bodyReadLater: (document, _) => document.Source == "item.md"));

        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.Contains("<h1", run.Single("page.md").Content);
        var released = Assert.IsType<MarkdownBody>(run.Single("page.md")[ParseMarkdown.BodyKey]);
        Assert.Contains("page.md", Assert.Throws<InvalidOperationException>(() => released.Markdown).Message);
        Assert.Equal("# Item\n\nText of an item.", Assert.IsType<MarkdownBody>(run.Single("item.md")[ParseMarkdown.BodyKey]).Markdown);
    }

    [Fact]
    public void RenderMarkdown_passes_on_a_document_that_was_not_parsed_unchanged()
    {
        var input = EngineHarness.Doc("raw.md", "# not parsed");

        var run = EngineHarness.Run([input], new RenderMarkdown(false, (_, _) => _ => null));

        Assert.Equal("# not parsed", Assert.Single(run.Documents).Content);
    }

    [Fact]
    public void Raw_HTML_is_escaped_when_it_is_not_allowed()
    {
        var html = Rendered("Hello <span onclick=\"x()\">there</span>\n\n<div>block</div>\n");

        Assert.DoesNotContain("<span", html);
        Assert.DoesNotContain("<div>", html);
        Assert.Contains("&lt;span onclick=&quot;x()&quot;&gt;", html);
        Assert.Contains("&lt;div&gt;block&lt;/div&gt;", html);
    }

    [Fact]
    public void Raw_HTML_is_kept_when_it_is_allowed()
    {
        var html = Rendered("Hello <span class=\"k\">there</span>\n\n<div>block</div>\n", allowRawHtml: true);

        Assert.Contains("<span class=\"k\">there</span>", html);
        Assert.Contains("<div>block</div>", html);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))", "javascript:")]
    [InlineData("[x]( JavaScript:alert(1) )", "JavaScript:")]
    [InlineData("![x](data:text/html;base64,AAAA)", "data:")]
    [InlineData("[x][r]\n\n[r]: vbscript:msgbox", "vbscript:")]
    public void Links_with_a_scheme_that_runs_code_are_reported_as_errors(string markdown, string scheme)
    {
        var run = Parse("---\ntitle: t\n---\n" + markdown + "\n");

        var error = Assert.Single(run.Errors);
        Assert.Equal(Source, error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains(scheme, error.Message);
        Assert.Contains("refused", error.Message);
    }

    [Fact]
    public void An_autolink_with_a_javascript_scheme_is_reported_as_an_error()
    {
        var run = Parse("Click <javascript:alert(1)>\n");

        var error = Assert.Single(run.Errors);
        Assert.Contains("javascript:", error.Message);
    }

    [Fact]
    public void Generic_attributes_other_than_id_and_class_are_reported()
    {
        var run = Parse("---\ntitle: t\n---\n# Title {onclick=alert(1)}\n\nText [link](https://x.org){style=\"color:red\"}\n");

        Assert.Equal(2, run.Errors.Count);
        Assert.Contains(run.Errors, e => e.Message.Contains("'onclick'") && e.Location.Line == 4);
        Assert.Contains(run.Errors, e => e.Message.Contains("'style'") && e.Location.Line == 6);
    }

    [Fact]
    public void Id_and_class_attributes_are_allowed_and_an_explicit_id_names_the_heading()
    {
        var document = Parsed("## Results {#custom-id .highlight}\n");

        var heading = Assert.Single(document.Get<List<Heading>>(ParseMarkdown.HeadingsKey)!);
        Assert.Equal(new Heading(2, "custom-id", "Results"), heading);
    }

    [Fact]
    public void Headings_get_ids_that_are_collected_with_their_level_and_text()
    {
        var document = Parsed("# Main Title\n\ntext\n\n## Hvad siger forskningen?\n\n### *Emphasised* part\n");

        var headings = document.Get<List<Heading>>(ParseMarkdown.HeadingsKey)!;
        Assert.Equal(
            [new Heading(1, "main-title", "Main Title"), new Heading(2, "hvad-siger-forskningen", "Hvad siger forskningen?"), new Heading(3, "emphasised-part", "Emphasised part")],
            headings);
    }

    [Fact]
    public void Rendered_headings_carry_the_collected_ids()
    {
        var html = Rendered("## Two Words\n");

        Assert.Contains("<h2 id=\"two-words\">Two Words</h2>", html);
    }

    [Fact]
    public void A_heading_with_inline_code_keeps_its_words_in_order_in_the_collected_text()
    {
        var document = Parsed("## Use `dotnet test` to check\n");

        Assert.Equal("Use dotnet test to check", Assert.Single(document.Get<List<Heading>>(ParseMarkdown.HeadingsKey)!).Text);
    }
}
