using System.Text.RegularExpressions;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>Adding a language takes settings, UI strings and content only: no code.</summary>
public sealed class ThirdLanguageTests
{
    [Fact]
    public void A_site_with_Norwegian_added_by_configuration_strings_and_content_builds_all_three_languages()
    {
        using var site = new TempSite();
        site.Edit("statiq.json", text => text.Replace("\"Languages\": [\"da\", \"en\"]", "\"Languages\": [\"da\", \"en\", \"nb\"]")
            .Replace("\"en\": \"Fixture\"", "\"en\": \"Fixture\", \"nb\": \"Fikstur\""));
        // UI strings: a site may add a language's strings under input/, which overrides the theme.
        site.Write("input/i18n/nb.yml", site.Read("theme/i18n/en.yml")
            .Replace("name: English", "name: Norsk").Replace("culture: en-GB", "culture: nb-NO").Replace("Themes", "Temaer"));
        foreach (var file in Directory.GetFiles(site.Input, "*.en.md", SearchOption.AllDirectories))
            File.WriteAllText(file.Replace(".en.md", ".nb.md"), File.ReadAllText(file).Replace("title: \"", "title: \"(nb) "));
        foreach (var file in Directory.GetFiles(Path.Combine(site.Input, "studies")))
            File.WriteAllText(file, Regex.Replace(File.ReadAllText(file), @"en: (""[^""]*"") \}", "en: $1, nb: $1 }"));
        site.Edit("input/glossary.yml", text => Regex.Replace(text, @"    en: (\{[^\n]*\})", "    en: $1\n    nb: $1"));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"\(\d+ da, \d+ en, \d+ nb\)", result.Stdout);
        var finding = File.ReadAllText(Path.Combine(site.Output, "nb", "findings", "heard", "index.html"));
        Assert.Contains("<html lang=\"nb\">", finding);
        Assert.Contains("hreflang=\"nb\"", File.ReadAllText(Path.Combine(site.Output, "da", "findings", "heard", "index.html")));
        Assert.Contains("href=\"/nb/\"", File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
    }

    [Fact]
    public void A_missing_UI_string_is_a_build_error_naming_the_key_and_the_language()
    {
        using var site = new TempSite();
        site.Edit("theme/i18n/en.yml", text => text.Replace("  related: Related findings\n", ""));
        var result = site.Run("build");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("theme/i18n/en.yml:1: missing UI string 'finding.related' for language 'en'", result.ErrorLines);
    }
}
