using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary><c>Validation.Links</c> and <c>Validation.MissingTranslations</c> in statiq.json: error, warning or off.</summary>
public sealed class ValidationLevelTests
{
    private static void SetLevel(TempSite site, string key, string level) =>
        site.Edit("statiq.json", text => text.Replace($"\"{key}\": \"error\"", $"\"{key}\": \"{level}\""));

    [Theory]
    [InlineData("error", 1, "input/pages/links.da.md:6:4: link to '/da/themes/tilid/': no page has that URL (did you mean '/da/themes/tillid/'?)")]
    [InlineData("warning", 0, "input/pages/links.da.md:6:4: warning: link to '/da/themes/tilid/': no page has that URL (did you mean '/da/themes/tillid/'?)")]
    [InlineData("off", 0, null)]
    public void The_links_level_decides_whether_a_broken_link_fails_warns_or_passes(string level, int exitCode, string? line)
    {
        using var site = LinkCheckTests.SiteWithLinks("Se [tillid](/da/themes/tilid/) og ![x](images/x.png).");
        SetLevel(site, "Links", level);
        var result = site.Run("check");
        Assert.True(result.ExitCode == exitCode, result.ToString());
        var reported = result.ErrorLines.Where(l => l.StartsWith("input/", StringComparison.Ordinal)).ToList();
        if (line is null) Assert.Empty(reported);
        else
        {
            Assert.Contains(line, reported);
            Assert.Contains(reported, l => l.Contains("image 'images/x.png' not found", StringComparison.Ordinal));
            Assert.Equal(2, reported.Count);
        }
    }

    [Theory]
    [InlineData("error", 1, "input/themes/netvaerk.da.md:2: missing translation: 'netvaerk' has no 'en' version")]
    [InlineData("warning", 0, "input/themes/netvaerk.da.md:2: warning: missing translation: 'netvaerk' has no 'en' version")]
    [InlineData("off", 0, null)]
    public void The_missing_translations_level_decides_whether_a_missing_version_fails_warns_or_passes(string level, int exitCode, string? line)
    {
        using var site = new TempSite();
        SetLevel(site, "MissingTranslations", level);
        File.Delete(Path.Combine(site.Input, "themes", "netvaerk.en.md"));
        var result = site.Run("build");
        Assert.True(result.ExitCode == exitCode, result.ToString());
        var reported = result.ErrorLines.Where(l => l.StartsWith("input/", StringComparison.Ordinal)).ToList();
        Assert.Equal(line is null ? [] : [line], reported);
    }

    [Fact]
    public void A_page_in_one_language_gets_a_translated_notice_at_the_other_languages_url_and_the_language_switch_leads_there()
    {
        using var site = new TempSite();
        SetLevel(site, "MissingTranslations", "warning");
        File.Delete(Path.Combine(site.Input, "themes", "netvaerk.en.md"));
        File.Delete(Path.Combine(site.Input, "pages", "about.da.md"));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var parser = new HtmlParser();
        var english = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en", "themes", "netvaerk", "index.html")));
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("This page is only available in Danish.", english.QuerySelector("main .notice")?.TextContent);
        var toDanish = english.QuerySelector("main a[hreflang='da']");
        Assert.Equal(("/da/themes/netvaerk/", "Read the page in Danish"), (toDanish?.GetAttribute("href"), toDanish?.TextContent));
        Assert.Equal("/da/themes/netvaerk/", english.QuerySelector(".language-switch a[hreflang='da']")?.GetAttribute("href"));

        var danish = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "da", "themes", "netvaerk", "index.html")));
        Assert.Equal("/en/themes/netvaerk/", danish.QuerySelector(".language-switch a[hreflang='en']")?.GetAttribute("href"));

        // A page that exists only in English: the Danish notice sits at the id's URL (a slug belongs to its language).
        var om = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "da", "about", "index.html")));
        Assert.Equal("Denne side findes kun på engelsk.", om.QuerySelector("main .notice")?.TextContent);
        Assert.Equal("/en/about/", om.QuerySelector("main a[hreflang='en']")?.GetAttribute("href"));
        Assert.Equal("/da/about/", parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en", "about", "index.html")))
            .QuerySelector(".language-switch a[hreflang='da']")?.GetAttribute("href"));

        // Lists in English still link the Danish-only theme, through its notice.
        Assert.Contains("href=\"/en/themes/netvaerk/\"", File.ReadAllText(Path.Combine(site.Output, "en", "findings", "network-helps", "index.html")));
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
    }
}
