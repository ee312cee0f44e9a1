using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Mistakes that used to end in "internal error", a broken feed or a silently wrong site: each is now one located
/// line an editor can act on, root cause first, without the errors that only follow from it.
/// </summary>
public sealed class LocatedErrorTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Theme = "input/themes/tillid.en.md";
    private const string Page = "input/pages/about.en.md";
    private const string Study = "input/studies/study-a.yml";

    /// <summary>Runs the command and returns its error lines, the summary line last; fails unless it failed cleanly with exit 1.</summary>
    private string[] Fails(string command = "build")
    {
        var result = _site.Run(command);
        Assert.True(result.ExitCode == 1, result.ToString());
        BadInputTests.AssertNoStackTrace(result);
        Assert.False(Directory.Exists(_site.Output), "nothing may be written");
        return result.ErrorLines;
    }

    private void AssertOnlyError(string line, string command = "build") =>
        Assert.Equal([line, $"guidance: 1 error(s); {(command == "check" ? "nothing was written" : "nothing was published")}"], Fails(command));

    [Fact]
    public void A_merge_conflict_in_the_published_paths_is_named_at_its_marker()
    {
        _site.Write("input/published-urls.txt", "<<<<<<< HEAD\n/da/\n=======\n/en/\n>>>>>>> other\n");

        Assert.Equal([
            "input/published-urls.txt:1: a merge-conflict marker ('<<<<<<< HEAD'); keep the paths of both sides, delete the marker lines, and build again",
            "input/published-urls.txt:3: a merge-conflict marker ('======='); keep the paths of both sides, delete the marker lines, and build again",
            "input/published-urls.txt:5: a merge-conflict marker ('>>>>>>> other'); keep the paths of both sides, delete the marker lines, and build again",
            "guidance: 3 error(s); nothing was written",
        ], Fails("check"));
    }

    [Fact]
    public void A_stray_line_in_the_published_paths_is_located()
    {
        _site.Write("input/published-urls.txt", "/da/\nhello world\n");

        AssertOnlyError("input/published-urls.txt:2: 'hello world' is not a path of the site; each line is one path, like /da/themes/tillid/", "check");
    }

    [Theory]
    [InlineData("\\v", "000B")]
    [InlineData("\\x01", "0001")]
    [InlineData("\\uFFFF", "FFFF")]
    public void A_control_character_in_a_front_matter_value_is_located(string escape, string code)
    {
        _site.Edit(Theme, text => text.Replace("summary: \"On trust.\"", $"summary: \"On {escape} trust.\""));

        AssertOnlyError($"{Theme}:4:10: the value holds the invisible control character U+{code}, which a web page or feed cannot carry; delete it");
    }

    [Fact]
    public void An_id_too_long_for_a_folder_name_is_located()
    {
        var id = new string('a', 300);
        foreach (var lang in new[] { "da", "en" }) _site.Edit($"input/pages/about.{lang}.md", text => text.Replace("id: about", "id: " + id));

        Assert.Equal([
            "input/pages/about.da.md:2: the id is 300 characters long; an id names a folder of the site, so it can be at most 200",
            "input/pages/about.en.md:2: the id is 300 characters long; an id names a folder of the site, so it can be at most 200",
            "guidance: 2 error(s); nothing was published",
        ], Fails());
    }

    [Fact]
    public void A_RedirectFrom_segment_too_long_for_a_file_name_is_located()
    {
        _site.Edit(Page, text => text.Replace("summary: About the test site.", $"summary: About the test site.\nRedirectFrom: [/en/{new string('b', 300)}/]"));

        AssertOnlyError($"{Page}:5: the RedirectFrom path '/en/{new string('b', 300)}/' has a segment of 300 characters; each part between slashes names a file or folder, so it can be at most 200");
    }

    [Theory]
    [InlineData("[]", "a list ([…])")]
    [InlineData("null", "null")]
    public void Settings_that_are_not_an_object_are_located(string json, string what)
    {
        _site.Write("statiq.json", json);

        AssertOnlyError($"statiq.json:1: the settings must be one JSON object, like {{ \"Title\": \"…\", \"BaseUrl\": \"https://…/\" }}, not {what}");
    }

    [Fact]
    public void A_language_listed_twice_in_the_settings_is_located()
    {
        _site.Edit("statiq.json", text => text.Replace("\"Languages\": [\"da\", \"en\"]", "\"Languages\": [\"da\", \"en\", \"da\"]"));

        AssertOnlyError("statiq.json:4: the language 'da' is listed twice in Languages; list each language once");
    }

    [Theory]
    [InlineData("\"Languages\": [\"da\", \"en\"]", "\"Languages\": [\"da\", null]", "statiq.json:4: the setting 'Languages' has the wrong kind of value")]
    [InlineData("\"da\": \"Fixtur\"", "\"da\": null", "statiq.json:2: the setting 'Title' has the wrong kind of value")]
    public void A_null_where_a_setting_needs_text_is_located(string written, string replacement, string error)
    {
        _site.Edit("statiq.json", text => text.Replace(written, replacement));

        AssertOnlyError(error);
    }

    [Theory]
    [InlineData("ftp://fixture.example.org/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("fixture.example.org/")]
    [InlineData("/guidance/")]
    public void A_BaseUrl_that_is_not_an_http_address_is_refused_when_the_settings_are_read(string baseUrl)
    {
        _site.Edit("statiq.json", text => text.Replace("https://fixture.example.org/", baseUrl));

        AssertOnlyError($"statiq.json:3: BaseUrl '{baseUrl}' must be the site's address starting with https:// or http://, like https://example.org/guidance/");
    }

    [Theory]
    [InlineData("20245")]
    [InlineData("-5")]
    [InlineData("soon")]
    public void A_year_that_is_no_year_is_located_and_the_findings_of_the_study_are_not_blamed(string year)
    {
        _site.Edit(Study, text => text.Replace("year: 2024", "year: " + year));

        AssertOnlyError($"{Study}:5: '{year}' is not a year of publication; write the year with four digits, like 2024");
    }

    [Fact]
    public void Line_separators_in_a_study_field_do_not_break_its_RIS_record()
    {
        _site.Edit(Study, text => text.Replace("venue: Journal of Fixtures", "venue: \"Journal\\Nof\\Lfixtures\\Pand more\""));

        Assert.Equal(0, _site.Run("build").ExitCode);

        var ris = File.ReadAllText(Path.Combine(_site.Output, "en", "studies", "study-a", "citation.ris"));
        Assert.Contains("T2  - Journal of fixtures and more\r\n", ris);
        Assert.DoesNotContain(ris, c => c is '\u0085' or '\u2028' or '\u2029');
    }

    [Fact]
    public void The_root_layout_on_a_page_is_refused()
    {
        _site.Edit(Page, text => text.Replace("title: About the fixture", "title: About the fixture\nlayout: root"));

        AssertOnlyError($"{Page}:4: the layout 'root' is a whole document of its own, not one for a page inside base.html; remove the key or name another layout");
    }

    [Fact]
    public void A_message_quoting_a_value_of_several_lines_prints_on_one_line()
    {
        _site.Edit(Page, text => text.Replace("title: About the fixture", "title: About the fixture\nlayout: |\n  block\n  text"));

        AssertOnlyError($"{Page}:4: the layout 'block\\ntext\\n' must be the name of a file in layouts/ without '.html': lower-case letters, digits and hyphens");
    }

    [Fact]
    public void An_unknown_key_in_a_folder_file_is_an_error_there()
    {
        _site.Write("input/pages/_directory.yml", "summary: shared\ncolour: red\n");

        AssertOnlyError("input/pages/_directory.yml:2: unknown key 'colour' for a page, which every file below this folder file gets (expected one of: id, title, summary, slug, layout, RedirectFrom, draft, translation_checked)");
    }

    [Fact]
    public void A_colon_in_an_unquoted_value_says_to_quote_it_and_the_missing_translation_that_follows_is_not_printed()
    {
        _site.Edit(Page, text => text.Replace("title: About the fixture", "title: About: the fixture"));

        AssertOnlyError($"{Page}:3:13: malformed YAML: a value with a colon needs quotes: title: \"About: the fixture\"");
    }

    [Theory]
    [InlineData("title: \"About the fixture", "3:8: malformed YAML: a quote is opened but not closed; end the value with the same quote it starts with")]
    [InlineData("title: @about", "3:8: malformed YAML: a value cannot start with '@'; put it in quotes: title: \"@about\"")]
    [InlineData("title: About the fixture\n  summary: x", "4:10: malformed YAML: this line is indented, so it reads as part of the value above; start each key at the beginning of its line")]
    [InlineData("title: \"About\" the fixture", "3:16: malformed YAML: this line is not 'key: value'; if a value starts with a quote, nothing may follow its closing quote, and a list item (- x) belongs under a key")]
    public void Common_YAML_mistakes_say_what_to_do_instead_of_the_parsers_words(string title, string error)
    {
        _site.Edit(Page, text => text.Replace("title: About the fixture", title));

        AssertOnlyError($"{Page}:{error}");
    }

    [Fact]
    public void Themes_written_with_commas_say_to_write_a_list()
    {
        const string finding = "input/findings/study-a/trust-grows.en.md";
        _site.Edit(finding, text => text.Replace("themes: [tillid, hoert]", "themes: tillid, hoert"));

        AssertOnlyError($"{finding}:5: write a list: themes: [tillid, hoert]");
    }

    [Fact]
    public void A_study_that_fails_is_not_reported_again_as_unknown_in_its_findings()
    {
        _site.Edit(Study, text => text.Replace("country: DK", "country: SE"));

        AssertOnlyError($"{Study}:11: 'SE' is not a valid country (did you mean 'DK'?)");
    }
}
