using Guidance.Messages;
using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>
/// The CLI speaks Danish when the site's default language is Danish (the fixture's and the real site's is) or the
/// locale is, unless GUIDANCE_LANG says otherwise; <c>file:line:</c> stays as it is.
/// </summary>
public sealed class DanishMessagesTests
{
    private static readonly Dictionary<string, string> NoLanguageChosen = [];

    [Fact]
    public void Check_on_a_danish_site_says_what_is_wrong_in_danish()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("perspective: family", "perspective: famly"));
        site.Edit("input/themes/tillid.en.md", text => text.Replace("summary:", "sumary:"));
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.da.md:5: ukendt tema 'hort' (mente du 'hoert'?)", result.ErrorLines);
        Assert.Contains("input/findings/study-a/heard.en.md:6: 'famly' er ikke en gyldig værdi for perspective (mente du 'family'?)", result.ErrorLines);
        Assert.Contains("input/themes/tillid.en.md:4: ukendt nøgle 'sumary' i front matter for et tema (mente du 'summary'?)", result.ErrorLines);
        Assert.Equal("guidance: 3 fejl; intet blev skrevet", result.ErrorLines[^1]);
    }

    [Fact]
    public void A_build_on_a_danish_site_reports_its_pages_in_danish()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        var result = site.Run("build");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^guidance: \d+ sider bygget \(\d+ da, \d+ en\), \d+ filer skrevet, på \d+ ms", result.Stdout);

        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("study: study-a", "study: study-x"));
        var failed = site.Run("build");
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains(failed.ErrorLines, l => l.StartsWith("input/findings/study-a/heard.en.md:4: ukendt studie 'study-x'", StringComparison.Ordinal));
        Assert.Equal("guidance: 1 fejl; intet blev udgivet", failed.ErrorLines[^1]);
    }

    [Fact]
    public void A_danish_locale_makes_an_english_site_speak_danish_and_GUIDANCE_LANG_overrides_both()
    {
        using var site = new TempSite();
        site.Edit("statiq.json", text => text.Replace("\"DefaultLanguage\": \"da\"", "\"DefaultLanguage\": \"en\""));
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));
        const string expected = "input/findings/study-a/heard.da.md:5: ";

        site.LanguageEnvironment = new Dictionary<string, string> { ["LANG"] = "da_DK.UTF-8" };
        Assert.Contains(expected + "ukendt tema 'hort' (mente du 'hoert'?)", site.Run("check").ErrorLines);

        site.LanguageEnvironment = new Dictionary<string, string> { ["LANG"] = "en_GB.UTF-8" };
        Assert.Contains(expected + "unknown theme 'hort' (did you mean 'hoert'?)", site.Run("check").ErrorLines);

        site.LanguageEnvironment = new Dictionary<string, string> { ["LANG"] = "da_DK.UTF-8", [MessageLanguage.Variable] = "en" };
        Assert.Contains(expected + "unknown theme 'hort' (did you mean 'hoert'?)", site.Run("check").ErrorLines);
    }

    [Fact]
    public void Usage_errors_and_refused_output_folders_are_danish_too()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        var port = site.Run("serve", "--port", "0");
        Assert.Equal(2, port.ExitCode);
        Assert.Contains("guidance: --port 0 er ikke en port; angiv et tal fra 1 til 65535", port.ErrorLines);

        var unknown = site.Run("build", "--no-such-option");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("guidance: ukendt kommando, tilvalg eller argument '--no-such-option'", unknown.ErrorLines);

        var refused = site.RunArguments("build", "--input", site.Input, "--theme", site.Theme, "--output", site.Input, "--config", site.Config, "--no-search");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(refused.ErrorLines, l => l.StartsWith("guidance: --output '", StringComparison.Ordinal) && l.EndsWith("' er input-mappen; vælg en særskilt mappe, fx 'output'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_warning_is_marked_advarsel_in_danish()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        site.Edit("statiq.json", text => text.Replace("\"MissingTranslations\": \"error\"", "\"MissingTranslations\": \"warning\""));
        File.Delete(Path.Combine(site.Input, "themes", "netvaerk.en.md"));
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("input/themes/netvaerk.da.md:2: advarsel: oversættelse mangler: 'netvaerk' findes ikke på 'en'", result.ErrorLines);
    }

    [Fact]
    public void A_page_that_was_published_and_is_gone_is_explained_in_danish()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        Assert.Equal(0, site.Run("build").ExitCode);
        File.Delete(Path.Combine(site.Input, "findings", "study-b", "network-helps.da.md"));
        File.Delete(Path.Combine(site.Input, "findings", "study-b", "network-helps.en.md"));

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        var line = Array.IndexOf(site.Read("input/published-urls.txt").Split('\n'), "/da/findings/network-helps/") + 1;
        Assert.Contains($"input/published-urls.txt:{line}: siden '/da/findings/network-helps/' er udgivet, men sitet har den ikke længere, så læsernes links og bogmærker "
            + "til den ville holde op med at virke; har en anden side afløst den, så tilføj 'RedirectFrom: [/da/findings/network-helps/]' i front matter på den side; "
            + "er den slettet eller omdøbt ved en fejl, så læg den tilbage", result.ErrorLines);
        Assert.Equal("guidance: 2 fejl; intet blev udgivet", result.ErrorLines[^1]);
    }

    [Fact]
    public void Rename_and_a_reference_to_the_old_id_speak_danish()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        var renamed = site.RunArguments("rename", "trust-grows", "trust-builds", "--input", site.Input, "--theme", site.Theme, "--config", site.Config);
        Assert.True(renamed.ExitCode == 0, renamed.ToString());
        Assert.Matches(@"guidance: 'trust-grows' er omdøbt til 'trust-builds' i \d+ fil\(er\); kør 'guidance check' for at se, at sitet kan bygges", renamed.Stdout);
        site.Edit("input/guidance/listen-first.en.md", text => text.Replace("findings: [heard, trust-builds]", "findings: [heard, trust-grows]"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/guidance/listen-first.en.md:4: ukendt fund 'trust-grows': siden har fået det nye id 'trust-builds'; skriv det i stedet", result.ErrorLines);
    }

    [Fact]
    public void A_translation_that_has_fallen_behind_is_a_danish_warning()
    {
        using var site = new TempSite { LanguageEnvironment = NoLanguageChosen };
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2024-03-05T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture));
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("Forældre", "Mange forældre"));
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2024-06-01T09:30:00+02:00", System.Globalization.CultureInfo.InvariantCulture), "Danish text reworded");

        var check = site.Run("check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("input/findings/study-a/heard.en.md:2: advarsel: oversættelsen er ikke ajour: input/findings/study-a/heard.da.md blev ændret 2024-06-01, "
            + "og denne fil blev sidst ændret 2024-03-05; opdatér den, eller tilføj 'translation_checked: 2024-06-01', hvis den ikke skal ændres", check.ErrorLines);
    }
}
