using System.Diagnostics;
using System.Text;
using Guidance.Engine;
using Guidance.Modules.Metadata;

namespace Guidance.Tests.Modules;

public sealed class YamlDataTests
{
    private static ContentException Refused(string yaml, int firstLine = 1) =>
        Assert.Throws<ContentException>(() => YamlData.ReadMapping(yaml, "data.yml", firstLine));

    [Fact]
    public void Top_level_key_lines_are_the_file_lines_counting_from_the_given_first_line()
    {
        var mapping = YamlData.ReadMapping("title: A\n\n# note\nauthors:\n  - x\nsummary: B\n", "f.md", firstLine: 2);

        Assert.Equal(2, mapping.KeyLines["title"]);
        Assert.Equal(5, mapping.KeyLines["authors"]);
        Assert.Equal(7, mapping.KeyLines["SUMMARY"]);
        Assert.Equal(3, mapping.KeyLines.Count);
    }

    [Fact]
    public void Scalars_stay_strings_so_no_and_numbers_and_dates_are_not_converted()
    {
        var values = YamlData.ReadMapping("a: no\nb: yes\nc: 010\nd: 2024-01-02\ne: 1.50\nf: 'null'\n", "f.yml").Values;

        Assert.Equal("no", values["a"]);
        Assert.Equal("yes", values["b"]);
        Assert.Equal("010", values["c"]);
        Assert.Equal("2024-01-02", values["d"]);
        Assert.Equal("1.50", values["e"]);
        Assert.Equal("null", values["f"]);
    }

    [Fact]
    public void Empty_tilde_and_plain_null_values_are_null()
    {
        var values = YamlData.ReadMapping("a:\nb: ~\nc: null\nd: ''\n", "f.yml").Values;

        Assert.Null(values["a"]);
        Assert.Null(values["b"]);
        Assert.Null(values["c"]);
        Assert.Equal("", values["d"]);
    }

    [Fact]
    public void Lists_and_nested_mappings_become_lists_and_case_insensitive_dictionaries()
    {
        var values = YamlData.ReadMapping("tags: [a, b]\nauthor:\n  Name: Ann\n", "f.yml").Values;

        Assert.Equal(new List<object?> { "a", "b" }, values["tags"]);
        var author = Assert.IsType<Dictionary<string, object?>>(values["AUTHOR"]);
        Assert.Equal("Ann", author["name"]);
    }

    [Fact]
    public void An_empty_text_is_an_empty_mapping()
    {
        Assert.Empty(YamlData.ReadMapping("", "f.yml").Values);
        Assert.Empty(YamlData.ReadMapping("# only a comment\n", "f.yml").Values);
    }

    [Fact]
    public void A_top_level_list_is_refused_as_not_a_mapping()
    {
        var e = Refused("- a\n- b\n", firstLine: 2);

        Assert.Equal(new SourceLocation("data.yml", 2), e.Error.Location);
        Assert.Contains("key: value", e.Message);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_naming_the_key_at_its_second_line()
    {
        var e = Refused("title: a\nsummary: b\ntitle: c\n", firstLine: 2);

        Assert.Contains("'title'", e.Message);
        Assert.Contains("twice", e.Message);
        Assert.Equal(4, e.Error.Location.Line);
    }

    [Fact]
    public void Keys_differing_only_in_case_are_duplicates()
    {
        var e = Refused("Title: a\ntitle: b\n");

        Assert.Contains("'title'", e.Message);
        Assert.Equal(2, e.Error.Location.Line);
    }

    [Fact]
    public void A_duplicate_key_in_a_nested_mapping_is_also_refused()
    {
        var e = Refused("author:\n  name: a\n  NAME: b\n");

        Assert.Contains("'NAME'", e.Message);
        Assert.Equal(3, e.Error.Location.Line);
    }

    [Fact]
    public void An_alias_is_refused_at_its_line()
    {
        var e = Refused("a: &x 1\nb: *x\n", firstLine: 2);

        Assert.Contains("alias", e.Message);
        Assert.Contains("*x", e.Message);
        Assert.Equal(3, e.Error.Location.Line);
    }

    [Fact]
    public void A_billion_laughs_alias_bomb_is_refused_quickly()
    {
        var yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'j'; c++)
        {
            var previous = (char)(c - 1);
            yaml.Append($"{c}: &{c} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]\n");
        }
        var clock = Stopwatch.StartNew();

        var e = Refused(yaml.ToString());

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Contains("alias", e.Message);
        Assert.Equal(2, e.Error.Location.Line);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_and_nesting_within_it_is_read()
    {
        string Nested(int depth) => "a: " + new string('[', depth) + "x" + new string(']', depth) + "\n";

        var within = YamlData.ReadMapping(Nested(60), "f.yml").Values["a"];
        var e = Refused(Nested(1000));

        Assert.IsType<List<object?>>(within);
        Assert.Contains("nested", e.Message);
        Assert.Contains("64", e.Message);
    }

    [Fact]
    public void An_unclosed_quote_is_malformed_YAML_at_the_line_where_the_quote_opens()
    {
        var e = Refused("title: ok\nsummary: \"never closed\nnext: x\n", firstLine: 2);

        Assert.StartsWith("malformed YAML: ", e.Message);
        Assert.Equal(new SourceLocation("data.yml", 3, 10), e.Error.Location);
        // YamlDotNet's own "(Line: .., Col: .., Idx: ..)" prefix is replaced by our location.
        Assert.DoesNotContain("Idx:", e.Message);
    }

    [Fact]
    public void An_unclosed_list_followed_by_another_line_is_malformed_YAML_at_the_list()
    {
        // YamlDotNet's scanner throws InvalidOperationException here rather than a YamlException.
        var e = Refused("title: ok\nthemes: [a, b\nsummary: x\n", firstLine: 2);

        Assert.StartsWith("malformed YAML: ", e.Message);
        Assert.Equal(("data.yml", 3), (e.Error.Location.File, e.Error.Location.Line));
    }

    [Fact]
    public void Tab_indentation_is_malformed_YAML_at_the_line_of_the_tab()
    {
        // YamlDotNet reports this at the scalar before the tab; the editor is shown the tab's own line:
        // YAML line 4 ("\tother: y"), file line 5.
        var e = Refused("title: ok\nauthor:\n  name: x\n\tother: y\n", firstLine: 2);

        Assert.StartsWith("malformed YAML: ", e.Message);
        Assert.Contains("tab", e.Message);
        Assert.Equal(5, e.Error.Location.Line);
    }

    [Fact]
    public void An_unclosed_flow_list_followed_by_another_key_is_malformed_YAML_not_a_crash()
    {
        var e = Record.Exception(() => YamlData.ReadMapping("a: 1\nb: [1, 2\nc: 3\n", "data.yml", 2));

        var content = Assert.IsType<ContentException>(e);
        Assert.StartsWith("malformed YAML", content.Message);
        Assert.Equal("data.yml", content.Error.Location.File);
    }

    [Fact]
    public void A_second_document_in_the_text_is_refused()
    {
        var e = Refused("a: 1\n---\nb: 2\n");

        Assert.Contains("second YAML document", e.Message);
        Assert.Equal(2, e.Error.Location.Line);
    }

    [Fact]
    public void A_key_that_is_not_a_plain_word_is_refused()
    {
        var e = Refused("[a, b]: 1\n");

        Assert.Contains("key must be a plain word", e.Message);
    }

    [Fact]
    public void Read_returns_lists_and_scalars_as_they_are()
    {
        Assert.Equal(new List<object?> { "1", "no" }, YamlData.Read("- 1\n- no\n", "f.yml", 1, out _));
        Assert.Equal("plain", YamlData.Read("plain\n", "f.yml", 1, out _));
    }
}
