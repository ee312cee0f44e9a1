using System.Diagnostics;
using System.Text.RegularExpressions;
using CsCheck;
using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Random front matter and Markdown never crash the build: every run either publishes the page or stops with
/// located <c>file:line</c> errors. A one-language site with a single page keeps each build fast enough to
/// try a hundred files in about fifteen seconds; the time is printed, not asserted (performance is bench/'s business,
/// and a loaded machine made the assertion fail with every case passing).
/// </summary>
public sealed partial class RandomContentTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const string Page = "input/pages/random.en.md";
    private const int Cases = 100;

    private readonly TempSite _site = NewSite();

    private static TempSite NewSite()
    {
        var site = new TempSite();
        Directory.Delete(site.Input, recursive: true);
        site.Write("statiq.json", """{ "Title": { "en": "Random" }, "BaseUrl": "https://random.example.org/", "Languages": ["en"], "DefaultLanguage": "en" }""");
        site.Write("input/pages/other.en.md", "---\nid: other\ntitle: Other\n---\n\n## Part one\n\nText.\n");
        return site;
    }

    public void Dispose() => _site.Dispose();

    private static readonly string[] Keys = ["id", "title", "summary", "slug", "layout", "RedirectFrom", "Title", "ID", "titel", "study", "themes", "x", "", "- id", "? id", "<<", "a b"];

    private static readonly string[] Values =
    [
        "random", "Random title", "\"quoted: value\"", "'single ''quoted'''", "[a, b]", "[]", "{ a: b }", "{ en: x }", "", "~", "null", "yes", "0x1F",
        "\"unclosed", "'unclosed", "[unclosed", "{unclosed", "&anchor value", "*anchor", "!!binary aGk=", "|\n  block\n  text", ">\n  folded", "\"\\u0000\"",
        "- item", "æøå ÆØÅ", "🙂 emoji", "עברית", "<script>alert(1)</script>", "\" onmouseover=\"x", "../../x", "javascript:alert(1)", "#comment", "a: b: c",
        "\tTabbed", "\u0085next line", "\u2028separator", "%TAG ! x", "--- inner", "...", "\"\\x\"",
    ];

    private static readonly string[] MarkdownPieces =
    [
        "# Heading", "## Part", "### Sub {#anchor}", "## Part {.class}", "## Part {onclick=x}", "- item", "  - nested", "1. first", "> quote", ">> deeper",
        "```\ncode\n```", "```", "    indented code", "*emphasis*", "**strong**", "~~struck~~", "_under_", "[link](https://example.org)", "[xref](xref:other)",
        "[xref](xref:other#part-one)", "[bad](xref:nosuch)", "[bad](xref:other#nosuch)", "[js](javascript:alert(1))", "<javascript:alert(1)>", "<https://example.org>",
        "![img](/x.png)", "<div>raw</div>", "<script>alert(1)</script>", "&amp; &#0; &#x110000; &nbsp;", "| a | b |\n|---|---|\n| 1 | 2 |", "---", "***", "\\", "`code`",
        "[ref][r]\n\n[r]: https://example.org", "[unclosed(", "\u0000", "\t\ttabs", "æøå", "www.example.org", "text", "", "\n", "{#id}", "[^1]\n\n[^1]: note",
        "- [ ] task", "<!-- comment -->", "$x$", ":emoji:", "line  \nbreak",
    ];

    private static readonly string[] SafeValues =
        ["Plain words", "\"Quoted: with colon\"", "'Single ''quoted'''", "æøå ÆØÅ 🙂", "<script>alert(1)</script>", "'\" onmouseover=\"x'", "a # not a comment"];

    private static readonly string[] SafePieces =
    [
        "## Part", "### Sub {#anchor}", "- item\n  - nested", "1. first", "> quote", "*emphasis* and **strong**", "[xref](xref:other#part-one)",
        "[link](https://example.org)", "`code`", "text with æøå", "| a | b |\n|---|---|\n| 1 | 2 |", "```\ncode\n```", "<script>alert(1)</script>", "&amp; &nbsp;",
    ];

    /// <summary>Mostly well-formed lines, so that many files build; now and then anything at all.</summary>
    private static readonly Gen<string> FrontMatterLine = Gen.Frequency(
        (4, Gen.OneOf(SafeValues).Select(v => "summary: " + v)),
        (1, Gen.Select(Gen.OneOf(Keys), Gen.OneOf(": ", ":", " : ", ":\t", "\t"), Gen.OneOf(Values), Gen.Int[0, 3],
            (key, separator, value, indent) => new string(' ', indent == 3 ? 2 : 0) + key + separator + value)));

    private static readonly Gen<string> MarkdownPiece = Gen.Frequency((10, Gen.OneOf(SafePieces)), (1, Gen.OneOf(MarkdownPieces)));

    private static readonly Gen<string> File =
        Gen.Select(Gen.Int[0, 9], FrontMatterLine.Array[0, 2], Gen.OneOf("---", "---", "---", "---", "--- ", "----", ""), MarkdownPiece.Array[0, 10], Gen.Bool,
            (start, lines, closing, body, crlf) =>
            {
                // Most files open their front matter properly; some open it badly or not at all.
                var frontMatter = start switch
                {
                    0 => string.Join("\n", lines) + "\n",
                    1 => "--- \nid: random\ntitle: Random\n" + string.Join("\n", lines) + "\n" + closing + "\n",
                    _ => "---\nid: random\ntitle: Random\n" + string.Join("\n", lines) + "\n" + closing + "\n",
                };
                var text = frontMatter + "\n" + string.Join("\n\n", body) + "\n";
                return crlf ? text.Replace("\n", "\r\n") : text;
            });

    [GeneratedRegex(@"^input/pages/[\w.-]+(/[\w.-]+)*:\d+(:\d+)?: \S")]
    private static partial Regex LocatedError();

    [Fact]
    public void Random_front_matter_and_Markdown_give_pages_or_located_errors_never_a_crash()
    {
        var built = 0;
        var refused = 0;
        var clock = Stopwatch.StartNew();

        File.Sample(text =>
        {
            // Each case is a site of its own: a URL an earlier case published would otherwise be reported as gone.
            System.IO.File.Delete(Path.Combine(_site.Input, Permalinks.FileName));
            _site.Write(Page, text);
            var result = _site.Run("build");
            if (result.ExitCode == 0)
            {
                Assert.True(System.IO.File.Exists(Path.Combine(_site.Output, "en", "other", "index.html")), result.ToString());
                built++;
                return;
            }
            Assert.True(result.ExitCode == 1, result.ToString());
            var lines = result.ErrorLines;
            Assert.True(lines[^1].EndsWith("error(s); nothing was published", StringComparison.Ordinal), result.ToString());
            Assert.All(lines[..^1], line => Assert.Matches(LocatedError(), line));
            refused++;
        }, iter: Cases, threads: 1);

        output.WriteLine($"{built} built, {refused} refused, in {clock.Elapsed.TotalSeconds:0.0} s");
        // Both outcomes must occur, or the generator is not testing what it claims to.
        Assert.True(built >= 5, $"only {built} of {Cases} random files built");
        Assert.True(refused >= 5, $"only {refused} of {Cases} random files were refused");
    }
}
