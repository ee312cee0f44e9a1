using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>A translation is out of date when the other language's file changed later in git by a substantive change.</summary>
public sealed class TranslationStatusTests
{
    private static readonly DateTimeOffset First = DateTimeOffset.Parse("2024-03-05T10:00:00+01:00");
    private static readonly DateTimeOffset Later = DateTimeOffset.Parse("2024-06-01T09:30:00+02:00");
    private static readonly DateTimeOffset Latest = DateTimeOffset.Parse("2024-08-20T14:00:00+02:00");

    private const string DanishFile = "input/findings/study-a/heard.da.md", EnglishFile = "input/findings/study-a/heard.en.md";

    /// <summary>The fixture in a repository of its own, with the Danish version of 'heard' changed after both were committed.</summary>
    private static TempSite WithDanishChanged(string message = "Danish text reworded")
    {
        var site = new TempSite();
        Git.InitAndCommit(site.Root, First);
        site.Edit(DanishFile, text => text.Replace("Forældre", "Mange forældre"));
        Git.CommitAll(site.Root, Later, message);
        return site;
    }

    private static string? Notice(TempSite site, string url) =>
        new HtmlParser().ParseDocument(site.Read("output" + url + "index.html")).QuerySelector("main .stale-translation")?.TextContent.Trim();

    [Fact]
    public void When_the_Danish_version_changed_later_the_English_page_says_so_and_check_warns_with_both_files_and_dates()
    {
        using var site = WithDanishChanged();

        var check = site.Run("check");
        var build = site.Run("build");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains($"{EnglishFile}:2: warning: translation out of date: {DanishFile} changed on 2024-06-01, and this file was last changed on 2024-03-05; "
            + "bring it up to date, or add 'translation_checked: 2024-06-01' if it needs no change", check.ErrorLines);
        Assert.Single(check.ErrorLines, l => l.Contains("translation out of date"));
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("The Danish version was updated on 1 June 2024, and this page has not yet been updated to match, so it may lack the latest changes. Read the Danish version",
            Notice(site, "/en/findings/heard/"));
        var link = new HtmlParser().ParseDocument(site.Read("output/en/findings/heard/index.html")).QuerySelector("main .stale-translation a");
        Assert.Equal("/da/findings/heard/", link?.GetAttribute("href"));
        Assert.Null(Notice(site, "/da/findings/heard/"));
        Assert.Null(Notice(site, "/en/findings/trust-grows/"));
    }

    [Fact]
    public void A_Danish_reader_is_told_in_Danish_when_the_English_version_changed_later()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, First);
        site.Edit(EnglishFile, text => text.Replace("Parents feel", "Most parents feel"));
        Git.CommitAll(site.Root, Later, "English text reworded");

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal("Den engelske udgave blev opdateret den 1. juni 2024, og denne side er endnu ikke opdateret tilsvarende. Den kan derfor mangle de nyeste ændringer. Læs den engelske udgave",
            Notice(site, "/da/findings/heard/"));
        Assert.Null(Notice(site, "/en/findings/heard/"));
    }

    [Fact]
    public void A_change_marked_Translation_Impact_none_leaves_the_translation_up_to_date()
    {
        using var site = WithDanishChanged("Fix a typo\n\nTranslation-Impact: none");

        var check = site.Run("check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain(check.ErrorLines, l => l.Contains("translation out of date"));
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Null(Notice(site, "/en/findings/heard/"));
    }

    [Fact]
    public void A_translator_catching_up_brings_the_translation_up_to_date_without_making_the_other_version_stale()
    {
        using var site = WithDanishChanged();
        site.Edit(EnglishFile, text => text.Replace("Parents feel", "Many parents feel"));
        Git.CommitAll(site.Root, Latest, "English follows the Danish change");

        var check = site.Run("check");

        Assert.DoesNotContain(check.ErrorLines, l => l.Contains("translation out of date"));
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Null(Notice(site, "/en/findings/heard/"));
        Assert.Null(Notice(site, "/da/findings/heard/"));
    }

    [Fact]
    public void Translation_checked_in_front_matter_marks_the_translation_as_compared_on_that_day()
    {
        using var site = WithDanishChanged();
        // Written by hand, not committed: the file's own commit would bring it up to date anyway.
        site.Edit(EnglishFile, text => text.Replace("basis: result", "basis: result\ntranslation_checked: 2024-06-01"));

        var check = site.Run("check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain(check.ErrorLines, l => l.Contains("translation out of date"));
    }

    [Fact]
    public void Committing_translation_checked_in_one_language_leaves_both_up_to_date()
    {
        // The editor's way: the check is committed on its own, in the English file only. That commit must not in turn
        // make the Danish version out of date, since a check compares the two.
        using var site = WithDanishChanged();
        site.Edit(EnglishFile, text => text.Replace("basis: result", "basis: result\ntranslation_checked: 2024-08-20"));
        Git.CommitAll(site.Root, Latest, "Checked the English translation against the Danish");

        var check = site.Run("check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain(check.ErrorLines, l => l.Contains("translation out of date"));
    }

    [Fact]
    public void Translation_checked_must_be_a_date()
    {
        using var site = new TempSite();
        site.Edit(EnglishFile, text => text.Replace("basis: result", "basis: result\ntranslation_checked: last week"));

        var check = site.Run("check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains(check.ErrorLines, l => l.StartsWith($"{EnglishFile}:10: ") && l.Contains("translation_checked"));
    }

    [Fact]
    public void The_translations_command_prints_every_page_up_to_date_stale_since_or_missing()
    {
        using var site = WithDanishChanged();
        site.Edit("statiq.json", text => text.Replace("\"MissingTranslations\": \"error\"", "\"MissingTranslations\": \"warning\""));
        File.Delete(Path.Combine(site.Input, "themes", "netvaerk.en.md"));

        var result = site.Run("translations");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        var heard = Array.IndexOf(lines, "finding 'heard'");
        Assert.True(heard >= 0, result.Stdout);
        Assert.Equal($"da  up to date  {DanishFile}", lines[heard + 1]);
        Assert.Equal($"en  stale since 2024-06-01  {EnglishFile} (the da version changed on 2024-06-01)", lines[heard + 2]);
        var network = Array.IndexOf(lines, "theme 'netvaerk'");
        Assert.Equal("en  missing", lines[network + 2]);
        Assert.Contains("guidance: 9 pages: 16 up to date, 1 stale, 1 missing", lines);
    }
}
