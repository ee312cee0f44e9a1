using Guidance.Engine;

namespace Guidance.Tests.Engine;

public sealed class DocumentTests
{
    [Fact]
    public void With_returns_a_new_document_and_leaves_the_original_unchanged()
    {
        var original = new Document { Source = "a.md" }.With("Title", "First");

        var changed = original.With("Title", "Second");

        Assert.NotSame(original, changed);
        Assert.Equal("First", original.GetString("Title"));
        Assert.Equal("Second", changed.GetString("Title"));
    }

    [Fact]
    public void With_many_items_adds_them_all_without_touching_the_original()
    {
        var original = new Document();

        var changed = original.With([new("a", 1), new("b", "two")]);

        Assert.Empty(original.Metadata);
        Assert.Equal(1, changed["a"]);
        Assert.Equal("two", changed["B"]);
    }

    [Fact]
    public void Metadata_keys_are_case_insensitive()
    {
        var document = new Document().With("Title", "Hello");

        Assert.Equal("Hello", document["title"]);
        Assert.True(document.ContainsKey("TITLE"));
        Assert.Single(document.With("TITLE", "Replaced").Metadata);
        Assert.Equal("Replaced", document.With("TITLE", "Replaced").GetString("title"));
    }

    [Fact]
    public void Key_lines_are_case_insensitive_and_LocationOf_falls_back_to_line_one()
    {
        var document = new Document { Source = "input/a.md", KeyLines = new Document().KeyLines.Add("Title", 4) };

        Assert.Equal(new SourceLocation("input/a.md", 4), document.LocationOf("title"));
        Assert.Equal(new SourceLocation("input/a.md", 1), document.LocationOf("missing"));
        Assert.Equal(new SourceLocation("(generated)", 1), new Document().LocationOf("x"));
    }

    [Fact]
    public void Missing_keys_read_as_null_and_GetList_turns_any_value_into_strings()
    {
        var document = new Document()
            .With("one", "solo")
            .With("many", new List<object?> { "a", 2 })
            .With("number", 3);

        Assert.Null(document["absent"]);
        Assert.Null(document.GetString("absent"));
        Assert.Empty(document.GetList("absent"));
        Assert.Equal(["solo"], document.GetList("one"));
        Assert.Equal(["a", "2"], document.GetList("many"));
        Assert.Equal(["3"], document.GetList("number"));
        Assert.Equal("3", document.GetString("number"));
        Assert.Equal(3, document.Get<int>("number"));
        Assert.Null(document.Get<string>("number"));
    }

    [Fact]
    public void SourceLocation_prints_the_column_only_when_it_is_known()
    {
        Assert.Equal("a.md:3", new SourceLocation("a.md", 3).ToString());
        Assert.Equal("a.md:3:5", new SourceLocation("a.md", 3, 5).ToString());
    }
}
