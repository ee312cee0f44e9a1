using Guidance.Engine;
using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// UI strings take named arguments and choose plural forms by the language's CLDR categories: the theme's own strings
/// say "1 study" and "2 studies", "1 studie" and "2 studier", as the pages show them.
/// </summary>
public sealed class UiStringTests
{
    private static readonly UiStrings Theme = UiStrings.Load(new FileSystem([Repo.Theme], Path.GetTempPath()), ["da", "en"], new ContentTypes(ContentTypes.BuiltIn));

    [Theory]
    [InlineData("en", 0, 0, "0 findings from 0 studies")]
    [InlineData("en", 1, 1, "1 finding from 1 study")]
    [InlineData("en", 2, 2, "2 findings from 2 studies")]
    [InlineData("en", 2, 1, "2 findings from 1 study")]
    [InlineData("da", 0, 0, "0 fund fra 0 studier")]
    [InlineData("da", 1, 1, "1 fund fra 1 studie")]
    [InlineData("da", 2, 2, "2 fund fra 2 studier")]
    [InlineData("da", 2, 1, "2 fund fra 1 studie")]
    public void A_themes_count_of_findings_and_studies_is_worded_for_each_number(string lang, int findings, int studies, string expected) =>
        Assert.Equal(expected, Theme.Format(lang, "theme.count", ("findings", findings), ("studies", studies)));

    [Theory]
    [InlineData("en", "study.finding_count", "0 findings", "1 finding", "2 findings")]
    [InlineData("da", "study.finding_count", "0 fund", "1 fund", "2 fund")]
    [InlineData("en", "courses.item_count", "0 texts", "1 text", "2 texts")]
    [InlineData("da", "courses.item_count", "0 tekster", "1 tekst", "2 tekster")]
    [InlineData("en", "course.finding_count", "Based on 0 findings", "Based on 1 finding", "Based on 2 findings")]
    [InlineData("da", "course.finding_count", "Bygger på 0 fund", "Bygger på 1 fund", "Bygger på 2 fund")]
    [InlineData("en", "home.findings_link", "See all 0 findings", "See the 1 finding", "See all 2 findings")]
    [InlineData("da", "home.findings_link", "Se alle 0 fund", "Se 1 fund", "Se alle 2 fund")]
    public void A_counted_thing_is_worded_for_0_1_and_2(string lang, string key, string zero, string one, string two)
    {
        Assert.Equal(zero, Theme.Format(lang, key, ("count", 0)));
        Assert.Equal(one, Theme.Format(lang, key, ("count", 1)));
        Assert.Equal(two, Theme.Format(lang, key, ("count", 2)));
    }

    [Fact]
    public void A_theme_of_one_study_says_study_in_the_singular_on_its_page_and_in_the_list_of_themes()
    {
        using var site = new TempSite();
        site.Run("build");

        // netvaerk has one finding, from one study.
        Assert.Contains("<p class=\"meta\">1 finding from 1 study</p>", File.ReadAllText(Path.Combine(site.Output, "en", "themes", "netvaerk", "index.html")));
        Assert.Contains("<p class=\"meta\">1 fund fra 1 studie</p>", File.ReadAllText(Path.Combine(site.Output, "da", "themes", "index.html")));
    }

    [Fact]
    public void A_missing_plural_form_is_a_build_error_naming_the_key_the_form_and_the_language()
    {
        using var site = new TempSite();
        site.Edit("theme/i18n/en.yml", text => text.Replace("one {# study} ", ""));

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("theme/i18n/en.yml:1: UI string 'theme.count': no 'one' form of {studies} for 'en'", result.ErrorLines);
    }

    [Fact]
    public void A_layout_leaving_out_an_argument_is_a_template_error_at_the_call()
    {
        using var site = new TempSite();
        site.Edit("theme/layouts/theme.html", text => text.Replace(" studies: page.study_count", ""));

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("theme/layouts/theme.html:8:", StringComparison.Ordinal)
            && l.EndsWith("template error: the UI string 'theme.count' needs the argument 'studies'", StringComparison.Ordinal));
    }
}
