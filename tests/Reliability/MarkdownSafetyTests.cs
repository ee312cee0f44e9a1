using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>Raw HTML in Markdown is off unless statiq.json allows it, and links that run code are refused: seen in the CLI's output.</summary>
public sealed class MarkdownSafetyTests : IDisposable
{
    private const string Theme = "input/themes/tillid.en.md";
    private const string RawHtml = "<script>alert(1)</script>\n\n<img src=\"x\" onerror=\"alert(2)\">\n\n<p style=\"color:red\" onclick=\"alert(3)\">styled</p>\n";
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private AngleSharp.Dom.IElement Prose()
    {
        var html = File.ReadAllText(Path.Combine(_site.Output, "en", "themes", "tillid", "index.html"));
        return new HtmlParser().ParseDocument(html).QuerySelector(".prose") ?? throw new InvalidOperationException("no .prose on the theme page");
    }

    [Fact]
    public void Raw_HTML_in_Markdown_is_shown_as_text_by_default()
    {
        _site.Edit(Theme, text => text + "\n" + RawHtml);

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var prose = Prose();
        Assert.Empty(prose.QuerySelectorAll("script, img, [onclick], [onerror], [style]"));
        Assert.Contains("<script>alert(1)</script>", prose.TextContent);
        Assert.Contains("<img src=\"x\" onerror=\"alert(2)\">", prose.TextContent);
    }

    [Fact]
    public void Raw_HTML_is_passed_through_only_when_statiq_json_allows_it()
    {
        _site.Edit("statiq.json", text => text.TrimEnd().TrimEnd('}') + ", \"AllowRawHtml\": true }");
        _site.Edit(Theme, text => text + "\n<p class=\"note\">Allowed <em>markup</em></p>\n");

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("Allowed markup", Prose().QuerySelector("p.note")?.TextContent);
    }

    [Fact]
    public void Allowed_raw_HTML_loses_scripts_event_handlers_styles_and_links_that_run_code()
    {
        _site.Edit("statiq.json", text => text.TrimEnd().TrimEnd('}') + ", \"AllowRawHtml\": true }");
        _site.Edit(Theme, text => text + "\n" + RawHtml + "\n<p class=\"note\"><a href=\"javascript:alert(4)\">bad</a> <a href=\"/en/\">good</a></p>\n"
            + "\n<iframe src=\"https://example.org/\"></iframe>\n\n<svg><script>alert(5)</script></svg>\n");

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var prose = Prose();
        Assert.Empty(prose.QuerySelectorAll("script, iframe, svg, [onclick], [onerror], [style]"));
        Assert.DoesNotContain("javascript:", prose.InnerHtml);
        Assert.Contains(prose.QuerySelectorAll("p"), p => p.TextContent.Trim() == "styled");
        Assert.Equal("/en/", prose.QuerySelector("p.note a[href]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", "javascript:alert(1)")]
    [InlineData("[click](JaVaScRiPt:alert(1))", "JaVaScRiPt:alert(1)")]
    [InlineData("[click](javascript&#58;alert(1))", "javascript:alert(1)")]
    [InlineData("[click](java&#9;script:alert(1))", "java\\tscript:alert(1)")] // the hidden tab is shown as \t
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[click][evil]\n\n[evil]: javascript:alert(1)", "javascript:alert(1)")]
    [InlineData("![img](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("[click](vbscript:msgbox)", "vbscript:msgbox")]
    public void A_link_that_runs_code_is_refused_at_its_line(string markdown, string url)
    {
        _site.Write(Theme, "---\nid: tillid\ntitle: \"Trust\"\n---\n\nTrust is built.\n\n" + markdown + "\n");

        var result = _site.Run("build");

        Assert.Equal(1, result.ExitCode);
        BadInputTests.AssertNoStackTrace(result);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"{Theme}:8:1: ", StringComparison.Ordinal) && l.EndsWith($"the link '{url}' uses a scheme that runs code; it is refused", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Attributes_other_than_id_and_class_are_refused_in_Markdown()
    {
        _site.Write(Theme, "---\nid: tillid\ntitle: \"Trust\"\n---\n\n## Heading {onclick=\"alert(1)\"}\n");

        var result = _site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"{Theme}:6:", StringComparison.Ordinal) && l.Contains("the attribute 'onclick' is not allowed"));
    }
}
