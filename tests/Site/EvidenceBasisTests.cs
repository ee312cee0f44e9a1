using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// A finding says what its statement rests on (the study's result, an indication, background, the authors' view) and how
/// sure the site's editors are of it, and the build refuses a finding that does not say so or says it inconsistently.
/// </summary>
[Collection(BuiltFixtureCollection.Name)]
public sealed class EvidenceBasisTests(BuiltFixture fixture)
{
    [Fact]
    public void A_finding_page_shows_its_basis_and_the_confidence_judgement_with_its_components()
    {
        var page = fixture.Document("/en/findings/heard/");
        var facts = page.QuerySelectorAll(".facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!);
        Assert.Equal("The study's result", facts["Basis"].QuerySelector(".basis")!.TextContent);
        var confidence = facts["Confidence"];
        Assert.Equal("Moderate. Eight interviews point the same way, but the sample is small.", confidence.QuerySelector("p")!.TextContent);
        Assert.Equal("Judged with GRADE-CERQual", confidence.QuerySelector("details summary")!.TextContent);
        var components = confidence.QuerySelectorAll(".components div").Select(d => (d.QuerySelector("dt")!.TextContent, d.QuerySelector("dd")!.TextContent)).ToList();
        Assert.Equal([
            ("Methodological limitations", "Minor concerns"), ("Coherence of the data", "Minor concerns"),
            ("Adequacy of the data", "Moderate concerns"), ("Relevance to Danish practice", "No or very minor concerns"),
        ], components);
    }

    [Fact]
    public void A_finding_that_is_not_a_result_says_so_on_its_card_and_is_not_judged()
    {
        var theme = fixture.Document("/da/themes/netvaerk/");
        var card = theme.QuerySelectorAll(".card").Single(c => c.QuerySelector("a")!.GetAttribute("href") == "/da/findings/network-helps/");
        Assert.Equal("Baggrund og beskrivelse, ikke et resultat", card.QuerySelector(".basis")!.TextContent);
        var page = fixture.Document("/da/findings/network-helps/");
        Assert.StartsWith("Kan ikke vurderes ud fra resuméet.", page.QuerySelector(".facts .confidence p")!.TextContent);
        Assert.Null(page.QuerySelector(".facts .confidence details"));
        Assert.Null(fixture.Document("/da/findings/heard/").QuerySelector(".card .basis"));
    }

    [Fact]
    public void A_finding_from_a_study_that_is_not_peer_reviewed_says_so_on_its_evidence_label()
    {
        string Label(string url) => fixture.Document(url).QuerySelectorAll(".facts > div").First().QuerySelector("dd")!.TextContent;
        Assert.Contains("Case study · ", Label("/en/findings/network-helps/"));
        Assert.Contains(" · not peer reviewed", Label("/en/findings/network-helps/"));
        Assert.Contains(" · ikke fagfællebedømt", Label("/da/findings/network-helps/"));
        Assert.DoesNotContain("peer reviewed", Label("/en/findings/heard/"));
    }

    [Fact]
    public void A_finding_without_basis_or_with_a_misspelt_confidence_is_refused_at_its_line()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("basis: result\n", ""));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("  coherence: minor", "  coherense: minor").Replace("level: moderate", "level: medium"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.da.md:1: the front matter has no 'basis', which every finding needs", result.ErrorLines);
        Assert.Contains("input/findings/study-a/heard.en.md:10: unknown front matter key 'coherense' in 'confidence' (did you mean 'coherence'?)", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("input/findings/study-a/heard.en.md:10: 'medium' is not a valid level", StringComparison.Ordinal));
    }

    [Fact]
    public void Confidence_components_must_match_the_evidence_and_a_judged_level_needs_all_of_them()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("evidence: qualitative", "evidence: trial"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("  relevance: none\n", ""));
        site.Edit("input/findings/study-b/network-helps.en.md", text => text.Replace("level: not-judged", "level: low\n  methodological-limitations: minor\n  coherence: minor\n  adequacy: minor\n  relevance: minor"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.da.md:10: a finding with evidence 'trial' is judged with GRADE, so 'confidence' takes risk-of-bias, inconsistency, indirectness, imprecision, publication-bias, not methodological-limitations, coherence, adequacy, relevance", result.ErrorLines);
        Assert.Single(result.ErrorLines, l => l.StartsWith("input/findings/study-a/heard.da.md:", StringComparison.Ordinal));
        Assert.Contains("input/findings/study-a/heard.en.md:10: a confidence level of 'moderate' needs every GRADE-CERQual component; add relevance: …, or write level: not-judged", result.ErrorLines);
        Assert.Contains("input/findings/study-b/network-helps.en.md:10: confidence is judged for a study's results; a finding with basis 'background' takes level: not-judged", result.ErrorLines);
    }

    [Fact]
    public void An_empty_component_of_the_other_approach_says_nothing()
    {
        // The browser editor writes a choice the editor did not make as an empty value, in every language.
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("  relevance: none\n", "  relevance: none\n  risk-of-bias: null\n  imprecision:\n"));
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
