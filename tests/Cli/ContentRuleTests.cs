using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>
/// The rules the content tests used to hold the real content to, now rules of <c>guidance check</c> with located
/// messages: sections a kind's body must have (<c>Sections</c> in statiq.json), paragraphs that must cite, translations
/// that agree on what is not text, a required list that is empty, a theme without findings (a warning).
/// </summary>
public sealed class ContentRuleTests
{
    private const string Sections = """
        "Sections": {
          "finding": [
            { "da": "Hvad studiet fandt", "en": "What the study found" },
            { "da": "Hvad det kan betyde for praksis", "en": "What it can mean for practice" }
          ],
          "recommendation": [
            { "da": "Hvorfor", "en": "Why", "cites": true },
            { "da": "Sådan kan du gøre", "en": "How you might do it" }
          ]
        },
        """;

    private static TempSite SiteWithSections()
    {
        var site = new TempSite();
        site.Edit("statiq.json", text => text.Replace("\"Validation\"", Sections + "\n  \"Validation\""));
        return site;
    }

    [Fact]
    public void The_fixture_follows_its_declared_sections_and_check_passes()
    {
        using var site = SiteWithSections();
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.ErrorLines);
    }

    [Fact]
    public void A_missing_or_misplaced_section_is_reported_at_its_line_naming_the_sections_in_order()
    {
        using var site = SiteWithSections();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("## What the study found", "## What we found"));
        site.Edit("input/findings/study-a/heard.da.md", text => text
            .Replace("## Hvad studiet fandt", "## X").Replace("## Hvad det kan betyde for praksis", "## Hvad studiet fandt").Replace("## X", "## Hvad det kan betyde for praksis"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/findings/study-a/heard.da.md:19: the section '## Hvad det kan betyde for praksis' is out of order; a finding has the sections '## Hvad studiet fandt', '## Hvad det kan betyde for praksis', in that order",
            "input/findings/study-a/heard.en.md:18: the body has no section '## What the study found'; a finding has the sections '## What the study found', '## What it can mean for practice', in that order",
            "guidance: 2 error(s); nothing was written",
        ], result.ErrorLines);
    }

    [Fact]
    public void A_paragraph_of_a_citing_section_without_an_xref_is_reported_at_its_line()
    {
        using var site = SiteWithSections();
        site.Edit("input/guidance/listen-first.en.md", text => text.Replace("(xref:trust-grows#what-the-study-found).", "(xref:trust-grows#what-the-study-found).\n\nOur own reading is that listening helps."));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/guidance/listen-first.en.md:13: this paragraph of '## Why' links to no finding; every paragraph there says which findings it rests on, with [text](xref:<finding-id>)",
            "guidance: 1 error(s); nothing was written",
        ], result.ErrorLines);
    }

    [Fact]
    public void Translations_that_disagree_on_references_or_chosen_values_are_reported_at_the_version_that_differs()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("themes: [hoert]", "themes: [hoert, tillid]").Replace("  coherence: minor", "  coherence: moderate"));
        site.Edit("input/courses/first-steps.en.md", text => text.Replace("items: [listen-first, heard, trust-grows]", "items: [heard, listen-first, trust-grows]"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/courses/first-steps.en.md:5: 'items' is [heard, listen-first, trust-grows] here but [listen-first, heard, trust-grows] in input/courses/first-steps.da.md; the translations of a page must agree on it (only the text is translated)",
            "input/findings/study-a/heard.en.md:5: 'themes' is [hoert, tillid] here but [hoert] in input/findings/study-a/heard.da.md; the translations of a page must agree on it (only the text is translated)",
            "input/findings/study-a/heard.en.md:10: 'confidence: coherence' is [moderate] here but [minor] in input/findings/study-a/heard.da.md; the translations of a page must agree on it (only the text is translated)",
            "guidance: 3 error(s); nothing was written",
        ], result.ErrorLines);
    }

    [Fact]
    public void An_empty_required_list_is_a_located_error()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("themes: [hoert]", "themes: []"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.en.md:5: a finding needs at least one theme id in 'themes'", result.ErrorLines);
    }

    [Fact]
    public void A_theme_without_findings_is_a_warning_and_a_study_with_one_finding_is_fine()
    {
        using var site = new TempSite();
        site.Write("input/themes/ny.da.md", "---\nid: ny\ntitle: Nyt tema\n---\n\nTekst.\n");
        site.Write("input/themes/ny.en.md", "---\nid: ny\ntitle: New theme\n---\n\nText.\n");

        var result = site.Run("check");

        Assert.True(result.ExitCode == 0, result.ToString());
        // study-b has a single finding: a new study's findings are added one at a time, so no minimum is asked.
        Assert.Equal(["input/themes/ny.da.md:2: warning: no finding is tagged with the theme 'ny', so its page lists no findings; add 'ny' to the 'themes' of the findings that belong to it"],
            result.ErrorLines);
    }
}
