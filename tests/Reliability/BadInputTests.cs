using System.Diagnostics;
using System.Text;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// An editor's mistakes, each run through the CLI on a private copy of the fixture: the build stops with
/// exit code 1 and a <c>file:line: message</c> the editor can act on, prints no stack trace, and publishes nothing.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Theme = "input/themes/tillid.en.md";

    /// <summary>The theme file with its front matter lines replaced; line 1 is the opening '---'.</summary>
    private void WriteTheme(params string[] frontMatter) =>
        _site.Write(Theme, "---\n" + string.Join("\n", frontMatter) + "\n---\n\nTrust is built step by step.\n");

    /// <summary>Builds and returns the one error line for <paramref name="file"/>; fails unless the build failed cleanly.</summary>
    private string BuildFailsAt(string file)
    {
        var result = _site.Run("build");
        Assert.True(result.ExitCode == 1, result.ToString());
        AssertNoStackTrace(result);
        Assert.EndsWith("error(s); nothing was published", result.ErrorLines[^1]);
        Assert.False(Directory.Exists(_site.Output), "a failed first build must not create the output folder");
        var line = Assert.Single(result.ErrorLines, l => l.StartsWith(file + ":", StringComparison.Ordinal));
        return line;
    }

    internal static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", result.Stderr + result.Stdout);
        Assert.DoesNotContain("internal error", result.Stderr);
    }

    [Fact]
    public void An_unclosed_quote_in_front_matter_is_located()
    {
        WriteTheme("id: tillid", "title: \"Trust", "summary: \"On trust.\"");

        var error = BuildFailsAt(Theme);

        Assert.StartsWith($"{Theme}:3:8: malformed YAML", error);
    }

    [Fact]
    public void An_unclosed_list_in_front_matter_is_located_at_the_list()
    {
        const string finding = "input/findings/study-a/heard.en.md";
        _site.Edit(finding, text => text.Replace("themes: [hoert]", "themes: [hoert"));

        var error = BuildFailsAt(finding);

        Assert.Equal($"{finding}:5:9: malformed YAML: a value here is not closed (a '[', '{{' or quote without its partner?)", error);
    }

    [Fact]
    public void Tab_indentation_in_front_matter_is_located_at_the_tab()
    {
        WriteTheme("id: tillid", "title: \"Trust\"", "summary:", "\tnested: x");

        var error = BuildFailsAt(Theme);

        Assert.StartsWith($"{Theme}:5:", error);
        Assert.Contains("malformed YAML", error);
        Assert.Contains("tab", error);
    }

    [Fact]
    public void A_duplicate_key_in_front_matter_is_located_at_its_second_use_whatever_its_case()
    {
        WriteTheme("id: tillid", "title: \"Trust\"", "summary: \"On trust.\"", "Title: \"Again\"");

        Assert.Equal($"{Theme}:5:1: the key 'Title' appears twice (keys are case-insensitive)", BuildFailsAt(Theme));
    }

    [Fact]
    public void A_YAML_alias_bomb_is_refused_at_once_without_expanding()
    {
        var lines = new List<string> { "id: tillid", "title: \"Trust\"", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (var i = 1; i < 10; i++) lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]");
        WriteTheme([.. lines]);
        var clock = Stopwatch.StartNew();

        var error = BuildFailsAt(Theme);

        Assert.StartsWith($"{Theme}:5:", error);
        Assert.Contains("YAML aliases (*a0) are not supported", error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the build took {clock.Elapsed}");
    }

    [Fact]
    public void Front_matter_that_never_closes_is_located_at_its_opening_line()
    {
        _site.Write(Theme, "---\nid: tillid\ntitle: \"Trust\"\n\nTrust is built step by step.\n");

        Assert.Equal($"{Theme}:1: front matter starts with '---' but has no closing '---' line", BuildFailsAt(Theme));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_located_at_the_line_of_the_first_bad_byte()
    {
        var text = Encoding.Latin1.GetBytes("---\nid: tillid\ntitle: \"Tillid og f\u00e6lles sprog\"\n---\n\nBody.\n");
        File.WriteAllBytes(Path.Combine(_site.Root, Theme), text);

        Assert.Equal($"{Theme}:3: the file is not UTF-8 text; save it as UTF-8", BuildFailsAt(Theme));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_reported_in_the_same_build_as_other_files_mistakes()
    {
        const string finding = "input/findings/study-a/heard.en.md";
        File.WriteAllBytes(Path.Combine(_site.Root, Theme), Encoding.Latin1.GetBytes("---\nid: tillid\ntitle: \"Tillid og f\u00e6lles sprog\"\n---\n\nBody.\n"));
        _site.Write(finding, "---\nid: heard\ntitle: \"Heard\n---\n\nBody.\n");

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"{Theme}:3: the file is not UTF-8 text; save it as UTF-8", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith(finding + ":3:", StringComparison.Ordinal) && l.Contains("malformed YAML", StringComparison.Ordinal));
    }

    [Fact]
    public void A_byte_order_mark_and_CRLF_line_endings_simply_work()
    {
        var text = "---\r\nid: tillid\r\ntitle: \"Trust with CRLF\"\r\nsummary: \"On trust.\"\r\n---\r\n\r\n## Step by step\r\n\r\nTrust is built step by step.\r\n";
        File.WriteAllBytes(Path.Combine(_site.Root, Theme), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = File.ReadAllBytes(Path.Combine(_site.Output, "en", "themes", "tillid", "index.html"));
        var page = Encoding.UTF8.GetString(bytes);
        Assert.Contains("<h1>Trust with CRLF</h1>", page);
        Assert.Contains("<h2 id=\"step-by-step\">Step by step</h2>", page);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.False(page.Contains('\uFEFF'), "the byte-order mark reached the page");
    }

    [Fact]
    public void A_glossary_in_the_old_format_a_list_at_the_top_is_one_error_at_line_1_saying_what_to_change()
    {
        var terms = _site.Read("input/glossary.yml").ReplaceLineEndings("\n").Split('\n').Skip(1).Select(l => l.StartsWith("  ", StringComparison.Ordinal) ? l[2..] : l);
        _site.Write("input/glossary.yml", string.Join("\n", terms));

        var line = BuildFailsAt("input/glossary.yml");

        Assert.StartsWith("input/glossary.yml:1: ", line);
        Assert.Contains("'terms:'", line);
    }

    [Fact]
    public void A_byte_order_mark_on_the_settings_the_glossary_and_a_study_simply_works()
    {
        foreach (var file in new[] { "statiq.json", "input/glossary.yml", "input/studies/study-a.yml" })
        {
            var path = Path.Combine(_site.Root, file);
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetPreamble(), .. File.ReadAllBytes(path)]);
        }

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        string Page(params string[] path) => File.ReadAllText(Path.Combine([_site.Output, .. path, "index.html"]));
        Assert.Contains("<dt>neutral coordinator", Page("en", "glossary"));
        Assert.Contains("<h1>Study A on involvement</h1>", Page("en", "studies", "study-a"));
        Assert.Contains("<title>Fixture · Fixture</title>", Page("en"));
        Assert.DoesNotContain('\uFEFF', Page("en", "glossary") + Page("en", "studies", "study-a"));
    }

    [Fact]
    public void An_empty_file_is_located_and_says_what_is_missing()
    {
        _site.Write(Theme, "");

        var result = _site.Run("build");

        Assert.Equal(1, result.ExitCode);
        AssertNoStackTrace(result);
        Assert.Contains($"{Theme}:1: the front matter has no 'id', which every theme needs", result.ErrorLines);
        Assert.Contains($"{Theme}:1: the front matter has no 'title', which every theme needs", result.ErrorLines);
    }

    [Fact]
    public void A_10_MB_file_is_refused_quickly_without_being_read()
    {
        var path = Path.Combine(_site.Root, Theme);
        using (var stream = File.Create(path))
        {
            stream.Write("---\nid: tillid\ntitle: x\n---\n"u8);
            var line = Encoding.UTF8.GetBytes(new string('x', 1023) + "\n");
            for (var i = 0; i < 10 * 1024; i++) stream.Write(line);
        }
        var clock = Stopwatch.StartNew();

        Assert.Equal($"{Theme}:1: the file is 10 MB; files over 5 MB are refused", BuildFailsAt(Theme));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the build took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("quotes", 100_000)]
    [InlineData("lists", 300)]
    [InlineData("emphasis", 50_000)]
    [InlineData("links", 20_000)]
    public void Markdown_nested_beyond_the_limit_is_located_and_never_overflows_the_stack(string kind, int depth)
    {
        WriteTheme("id: tillid", "title: \"Trust\"");
        _site.Edit(Theme, text => text + "\n" + Nested(kind, depth));

        Assert.Equal($"{Theme}:5: the Markdown is nested too deeply (lists, quotes, emphasis or links inside each other); flatten it", BuildFailsAt(Theme));
    }

    [Fact]
    public void Markdown_nested_within_the_limit_builds()
    {
        WriteTheme("id: tillid", "title: \"Trust\"");
        _site.Edit(Theme, text => text + "\n" + Nested("quotes", 100) + "\n" + Nested("lists", 40));

        var result = _site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(Path.Combine(_site.Output, "en", "themes", "tillid", "index.html"));
        Assert.Contains(string.Concat(Enumerable.Repeat("<blockquote>\n", 100)), page);
    }

    private static string Nested(string kind, int depth) => kind switch
    {
        "quotes" => new string('>', depth) + " deep\n",
        "lists" => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- deep\n")),
        "emphasis" => new string('*', depth) + "deep" + new string('*', depth) + "\n",
        _ => string.Concat(Enumerable.Repeat("[a", depth)) + string.Concat(Enumerable.Repeat("](b)", depth)) + "\n",
    };

    [Theory]
    [InlineData("trust me")]
    [InlineData("Tillid")]
    public void An_id_with_spaces_or_upper_case_is_located_at_the_id(string id)
    {
        WriteTheme($"id: {id}", "title: \"Trust\"");
        _site.Edit("input/themes/tillid.da.md", text => text.Replace("id: tillid", $"id: {id}"));

        var result = _site.Run("build");

        Assert.Equal(1, result.ExitCode);
        AssertNoStackTrace(result);
        Assert.Contains($"{Theme}:2: the id '{id}' must be lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)", result.ErrorLines);
    }

    [Fact]
    public void Two_files_with_the_same_id_and_language_name_each_other()
    {
        _site.Write("input/themes/tillid-copy.en.md", "---\nid: tillid\ntitle: \"Trust again\"\n---\n\nA copy.\n");

        var result = _site.Run("build");

        Assert.Equal(1, result.ExitCode);
        AssertNoStackTrace(result);
        Assert.Contains($"{Theme}:2: the id 'tillid' in 'en' is also used by input/themes/tillid-copy.en.md:2", result.ErrorLines);
    }

    [Theory]
    [InlineData("RedirectFrom: [../../x]", "RedirectFrom", "the RedirectFrom path '../../x' leaves the output folder")]
    [InlineData("RedirectFrom: [old/../../../x]", "RedirectFrom", "the RedirectFrom path 'old/../../../x' leaves the output folder")]
    [InlineData("RedirectFrom: ['..\\x']", "RedirectFrom", "the RedirectFrom path '..\\x' is not a clean site path")]
    [InlineData("RedirectFrom: [\"//evil.example/x\"]", "RedirectFrom", "the RedirectFrom path '//evil.example/x' is a full URL, not a path on this site")]
    [InlineData("slug: ../../x", "slug", "the slug '../../x' must be lower-case letters, digits and hyphens")]
    [InlineData("layout: ../../../etc/x", "layout", "the layout '../../../etc/x' must be the name of a file in layouts/")]
    public void A_path_that_tries_to_leave_the_output_folder_is_refused_at_its_line(string line, string key, string message)
    {
        WriteTheme("id: tillid", "title: \"Trust\"", line);

        var error = BuildFailsAt(Theme);

        Assert.StartsWith($"{Theme}:4: {message}", error);
        Assert.Contains(key, error);
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "x")));
    }

    [Fact]
    public void A_localised_study_slug_that_leaves_the_output_folder_is_refused_and_a_good_one_is_used()
    {
        _site.Edit("input/studies/study-a.yml", text => text + "slug: { da: studie-a, en: \"../../x\" }\n");

        Assert.StartsWith("input/studies/study-a.yml:20: the slug '../../x' must be", BuildFailsAt("input/studies/study-a.yml"));

        _site.Edit("input/studies/study-a.yml", text => text.Replace("\"../../x\"", "study-of-a"));
        var result = _site.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(_site.Output, "en", "studies", "study-of-a", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "da", "studies", "studie-a", "index.html")));
    }

    [Fact]
    public void A_symlink_loop_under_input_is_located_and_does_not_hang()
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Input, "findings", "study-a", "loop"), Path.Combine(_site.Input, "findings"));

        Assert.Equal("input/findings/study-a/loop:1: this folder is a link to '" + Path.Combine(_site.Input, "findings") + "', which contains it: a loop; remove the link",
            BuildFailsAt("input/findings/study-a/loop"));
    }

    [Fact]
    public void An_unknown_layout_is_located_at_the_layout_key()
    {
        WriteTheme("id: tillid", "title: \"Trust\"", "layout: thme");

        Assert.Equal($"{Theme}:4: unknown layout 'thme': there is no layouts/thme.html in the theme or the input (did you mean 'theme'?)", BuildFailsAt(Theme));
    }

    [Fact]
    public void A_Scriban_syntax_error_is_located_in_the_template_itself()
    {
        _site.Edit("theme/layouts/page.html", text => text.Replace("<h1>{{ page.title | html.escape }}</h1>", "<h1>{{ page.title | html.escape </h1>"));

        var error = BuildFailsAt("theme/layouts/page.html");

        Assert.StartsWith("theme/layouts/page.html:3:", error);
        Assert.Contains("template error:", error);
    }

    [Fact]
    public void A_Scriban_runtime_error_in_a_partial_is_located_in_the_partial()
    {
        _site.Write("input/layouts/partials/footer.html", "<footer>\n  <p>{{ no_such_value }}</p>\n</footer>\n");

        var error = BuildFailsAt("input/layouts/partials/footer.html");

        Assert.StartsWith("input/layouts/partials/footer.html:2:", error);
        Assert.Contains("template error:", error);
    }

    [Fact]
    public void An_unexpected_failure_is_one_line_saying_internal_error_with_exit_1()
    {
        Directory.CreateDirectory(Path.Combine(_site.Input, "published-urls.txt")); // a folder where the ledger should be

        var result = _site.Run("build");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("guidance: internal error: ", line);
        Assert.DoesNotContain(" at ", line);
    }
}
