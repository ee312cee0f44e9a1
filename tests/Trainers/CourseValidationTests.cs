using Guidance.Tests.Support;

namespace Guidance.Tests.Trainers;

/// <summary>A course names its items by id; the build says exactly where a wrong one is.</summary>
public sealed class CourseValidationTests
{
    [Fact]
    public void An_unknown_item_stops_the_build_at_its_line_with_a_suggestion()
    {
        using var site = new TempSite();
        site.Edit("input/courses/first-steps.da.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: [listen-first, herd, trust-grows]"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/courses/first-steps.da.md:5: unknown finding or recommendation 'herd' (did you mean 'heard'?)", result.ErrorLines);
    }

    [Fact]
    public void An_item_that_is_a_theme_or_study_is_not_a_course_item()
    {
        using var site = new TempSite();
        site.Edit("input/courses/first-steps.en.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: [listen-first, tillid]"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("input/courses/first-steps.en.md:5: unknown finding or recommendation 'tillid'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_listed_twice_is_an_error_and_a_course_without_items_is_refused()
    {
        using var site = new TempSite();
        site.Edit("input/courses/first-steps.da.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: [heard, listen-first, heard]"));
        site.Edit("input/courses/first-steps.en.md", text => text.Replace("items: [listen-first, heard, trust-grows]\n", ""));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/courses/first-steps.da.md:5: 'heard' is listed 2 times in 'items'; list it once", result.ErrorLines);
        Assert.Contains("input/courses/first-steps.en.md:1: the front matter has no 'items', which every course needs", result.ErrorLines);
    }

    [Fact]
    public void A_course_with_an_empty_list_of_items_is_refused()
    {
        using var site = new TempSite();
        site.Edit("input/courses/first-steps.da.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: []"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/courses/first-steps.da.md:5: a course needs at least one finding or recommendation id in 'items'", result.ErrorLines);
    }

    [Fact]
    public void An_unknown_front_matter_key_in_a_course_is_named_with_a_suggestion()
    {
        using var site = new TempSite();
        site.Edit("input/courses/first-steps.en.md", text => text.Replace("items:", "itemz:"));
        var result = site.Run("check");
        Assert.Contains("input/courses/first-steps.en.md:5: unknown front matter key 'itemz' for a course (did you mean 'items'?)", result.ErrorLines);
    }
}
