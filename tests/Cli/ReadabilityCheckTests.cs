using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary><c>Readability</c> in statiq.json: <c>check</c> warns where a page's LIX score is above its kind's limit.</summary>
public sealed class ReadabilityCheckTests
{
    private static void SetLimits(TempSite site, string limits) =>
        site.Edit("statiq.json", text => text.TrimEnd().TrimEnd('}') + $", \"Readability\": {{ {limits} }} }}");

    // The fixture's finding 'heard' (Danish), counted by hand:
    // summary "Forældre lægger vægt på at blive hørt.": 7 words, 1 long (Forældre), 1 sentence: 7 + 14.3 = 21.
    // text "Forældrene inddrages, når de bliver hørt. Se også tillid." and the list item "Overvej at lytte først.":
    // 13 words, 3 long (Forældrene, inddrages, Overvej), 3 sentences: 4.3 + 23.1 = 27.
    private const string Heard = "input/findings/study-a/heard.da.md";

    [Fact]
    public void A_summary_and_a_text_above_their_limits_are_warned_about_with_their_scores_and_the_check_passes()
    {
        using var site = new TempSite();
        SetLimits(site, "\"summary\": 20, \"finding\": 26");

        var result = site.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = File.ReadAllLines(Path.Combine(site.Input, "findings", "study-a", "heard.da.md"));
        var summaryLine = Array.FindIndex(lines, l => l.StartsWith("summary:", StringComparison.Ordinal)) + 1;
        var bodyLine = Array.FindIndex(lines, 1, l => l == "---") + 2;
        Assert.Contains($"{Heard}:{summaryLine}: warning: the summary's LIX score is 21, above the limit of 20 for summaries (Readability in statiq.json); shorter sentences and fewer long words bring it down", result.ErrorLines);
        Assert.Contains($"{Heard}:{bodyLine}: warning: the text's LIX score is 27, above the limit of 26 for a finding (Readability in statiq.json); shorter sentences and fewer long words bring it down", result.ErrorLines);
    }

    [Fact]
    public void Scores_at_their_limits_are_not_warned_about()
    {
        using var site = new TempSite();
        SetLimits(site, "\"summary\": 21, \"finding\": 27");

        var result = site.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.ErrorLines, l => l.StartsWith(Heard, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_with_readability_prints_each_pages_scores_and_their_limits()
    {
        using var site = new TempSite();
        SetLimits(site, "\"summary\": 40");

        var result = site.Run("check", "--readability");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{Heard}: LIX text 27, summary 21 (limit 40)", result.Stdout.Split('\n'));
        Assert.Contains(result.Stdout.Split('\n'), l => l.StartsWith("guidance: readability (LIX), en finding: 3 pages;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_limit_for_an_unknown_kind_of_page_fails_with_a_suggestion()
    {
        using var site = new TempSite();
        SetLimits(site, "\"findng\": 50");

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("statiq.json:", StringComparison.Ordinal)
            && l.Contains("Readability: 'findng' is no kind of page (did you mean 'finding'?)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summary_limit_per_kind_holds_only_the_summaries_of_the_kinds_it_names()
    {
        using var site = new TempSite();
        SetLimits(site, "\"summary\": { \"finding\": 20 }");

        var result = site.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        var summaryWarnings = result.ErrorLines.Where(l => l.Contains("the summary's LIX score", StringComparison.Ordinal)).ToList();
        Assert.Contains(summaryWarnings, l => l.StartsWith(Heard + ":", StringComparison.Ordinal) && l.Contains("above the limit of 20", StringComparison.Ordinal));
        Assert.All(summaryWarnings, l => Assert.StartsWith("input/findings/", l));
    }

    [Fact]
    public void A_summary_limit_for_an_unknown_kind_fails_with_a_suggestion()
    {
        using var site = new TempSite();
        SetLimits(site, "\"summary\": { \"findng\": 40 }");

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("statiq.json:", StringComparison.Ordinal)
            && l.Contains("Readability: 'findng' is no kind of page (did you mean 'finding'?)", StringComparison.Ordinal));
    }
}
