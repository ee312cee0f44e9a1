using System.Globalization;
using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>Findings and recommendations say when they were last reviewed and when the next review is due; check warns when it is overdue.</summary>
public sealed class ReviewTests
{
    private const string Finding = "input/findings/study-a/heard.da.md", Recommendation = "input/guidance/listen-first.en.md";

    private static void SetFrontMatter(TempSite site, string file, string lines) =>
        site.Edit(file, text => text.Replace("\n---\n\n", "\n" + lines + "\n---\n\n"));

    private static string[] Review(TempSite site, string url) =>
        new HtmlParser().ParseDocument(site.Read("output" + url + "index.html")).QuerySelectorAll("main .review > div")
            .Select(d => $"{d.QuerySelector("dt")?.TextContent}: {d.QuerySelector("time")?.TextContent} ({d.QuerySelector("time")?.GetAttribute("datetime")})").ToArray();

    [Fact]
    public void A_finding_shows_when_it_was_last_reviewed_and_when_it_is_due_after_its_own_interval()
    {
        using var site = new TempSite();
        SetFrontMatter(site, Finding, "reviewed: 2025-03-05\nreview_interval: 12");

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(["Sidst gennemgået: 5. marts 2025 (2025-03-05)", "Næste gennemgang: 5. marts 2026 (2026-03-05)"], Review(site, "/da/findings/heard/"));
        Assert.Empty(Review(site, "/en/findings/heard/")); // the English version has no 'reviewed'
        Assert.Empty(Review(site, "/da/themes/tillid/")); // themes carry no review
    }

    [Fact]
    public void A_recommendation_without_an_interval_is_due_after_the_sites_ReviewIntervalMonths()
    {
        using var site = new TempSite();
        SetFrontMatter(site, Recommendation, "reviewed: 2025-01-31");
        site.Edit("statiq.json", text => text.Replace("\"DefaultLanguage\": \"da\",", "\"DefaultLanguage\": \"da\", \"ReviewIntervalMonths\": 6,"));

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(["Last reviewed: 31 January 2025 (2025-01-31)", "Next review due: 31 July 2025 (2025-07-31)"], Review(site, "/en/guidance/listen-first/"));
    }

    [Fact]
    public void Without_a_setting_a_review_is_due_after_24_months()
    {
        using var site = new TempSite();
        SetFrontMatter(site, Recommendation, "reviewed: 2025-01-31");

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal("Next review due: 31 January 2027 (2027-01-31)", Review(site, "/en/guidance/listen-first/")[1]);
    }

    [Fact]
    public void Check_warns_at_the_reviewed_line_when_a_review_is_overdue_and_not_before()
    {
        using var site = new TempSite();
        SetFrontMatter(site, Finding, "reviewed: 2020-02-01\nreview_interval: 12");
        var recent = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        SetFrontMatter(site, Recommendation, $"reviewed: {recent}");

        var check = site.Run("check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains($"{Finding}:17: warning: the review of 'heard' was due on 2021-02-01 (reviewed 2020-02-01, every 12 months); "
            + "check the page against newer evidence, then set 'reviewed' to the day you did", check.ErrorLines);
        Assert.Single(check.ErrorLines, l => l.Contains("the review of"));
    }

    [Fact]
    public void A_review_interval_that_is_not_a_number_of_months_is_an_error_at_its_line()
    {
        using var site = new TempSite();
        SetFrontMatter(site, Finding, "reviewed: 2025-03-05\nreview_interval: two years");

        var check = site.Run("check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"{Finding}:18: 'two years' is not a review interval; give a whole number of months, like 'review_interval: 24'", check.ErrorLines);
    }

    [Fact]
    public void A_ReviewIntervalMonths_that_is_not_a_positive_number_is_a_settings_error()
    {
        using var site = new TempSite();
        site.Edit("statiq.json", text => text.Replace("\"DefaultLanguage\": \"da\",", "\"DefaultLanguage\": \"da\", \"ReviewIntervalMonths\": 0,"));

        var check = site.Run("check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.ErrorLines, l => l.StartsWith("statiq.json:") && l.Contains("ReviewIntervalMonths"));
    }
}
