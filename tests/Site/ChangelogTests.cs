using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>The changelog page and feed of each language: substantive changes from git and front matter, tagged in NICE's manner.</summary>
public sealed class ChangelogTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The changelog's entries as "tag | title | date".</summary>
    private static List<string> Entries(TempSite site, string lang) =>
        new HtmlParser().ParseDocument(site.Read($"output/{lang}/changelog/index.html")).QuerySelectorAll("main ol.changes li")
            .Select(li => $"{li.QuerySelector(".change-tag")?.TextContent} | {li.QuerySelector("a")?.TextContent} | {li.QuerySelector("time")?.TextContent}")
            .ToList();

    [Fact]
    public void A_pages_first_commit_is_new_a_later_substantive_one_amended_and_typo_fixes_are_left_out()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2025-03-05T10:00:00+01:00"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("Parents feel", "Most parents feel"));
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2026-02-10T10:00:00+01:00"), "Finding reworded after a new study");
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("listening first", "listening first."));
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2026-03-01T10:00:00+01:00"), "Typo\n\nChangelog: none");
        site.Edit("input/themes/tillid.en.md", text => text + "\n");
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2026-03-02T10:00:00+01:00"), "Whitespace\n\nTranslation-Impact: none");
        site.Write("input/themes/ny.da.md", "---\nid: ny\ntitle: Nyt tema\n---\n\nTekst.\n");
        site.Write("input/themes/ny.en.md", "---\nid: ny\ntitle: New theme\n---\n\nText.\n");
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2026-04-15T10:00:00+02:00"), "A new theme");

        Assert.Equal(0, site.Run("build").ExitCode);

        var english = Entries(site, "en");
        Assert.Equal(["new 2026 | New theme | 15 April 2026", "amended 2026 | Parents want to be heard | 10 February 2026"], english.Take(2));
        // Every finding, recommendation and theme is new on the first commit; the two marked commits are not listed.
        Assert.Equal(2 + 7, english.Count);
        Assert.All(english.Skip(2), e => Assert.Matches(@"^new 2025 \| .* \| 5 March 2025$", e));
        var danish = Entries(site, "da");
        Assert.Equal("ny 2026 | Nyt tema | 15. april 2026", danish[0]);
        Assert.Equal(1 + 7, danish.Count); // the Danish 'heard' did not change
    }

    [Fact]
    public void A_reviewed_date_in_front_matter_is_listed_as_reviewed_and_the_feed_has_an_entry_per_change()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2025-03-05T10:00:00+01:00"));
        site.Edit("input/guidance/listen-first.da.md", text => text.Replace("\n---\n\n", "\nreviewed: 2026-05-20\n---\n\n"));
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2026-05-20T10:00:00+02:00"), "Reviewed against the 2026 studies\n\nChangelog: none");

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal("gennemgået 2026 | Overvej at lytte, før du forklarer | 20. maj 2026", Entries(site, "da")[0]);
        var feed = XDocument.Load(Path.Combine(site.Output, "da", "changelog", "feed.xml")).Root!;
        Assert.Equal("https://fixture.example.org/da/changelog/feed.xml", feed.Element(Atom + "id")?.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(8, entries.Count);
        Assert.Equal("gennemgået 2026: Overvej at lytte, før du forklarer", entries[0].Element(Atom + "title")?.Value);
        Assert.Equal("https://fixture.example.org/da/guidance/listen-first/#reviewed-2026-05-20", entries[0].Element(Atom + "id")?.Value);
        Assert.Equal("reviewed", entries[0].Element(Atom + "category")?.Attribute("term")?.Value);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void Every_page_links_to_the_changelog_of_its_language_from_its_footer_and_the_changelog_links_to_its_feed()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);

        foreach (var (lang, title) in new[] { ("da", "Ændringslog"), ("en", "Changelog") })
        {
            var finding = new HtmlParser().ParseDocument(site.Read($"output/{lang}/findings/heard/index.html"));
            Assert.Equal(title, finding.QuerySelector($"footer a[href='/{lang}/changelog/']")?.TextContent);
            var changelog = new HtmlParser().ParseDocument(site.Read($"output/{lang}/changelog/index.html"));
            Assert.Equal(title, changelog.QuerySelector("h1")?.TextContent);
            Assert.NotNull(changelog.QuerySelector($"main a[href='/{lang}/changelog/feed.xml']"));
            Assert.NotNull(changelog.QuerySelector($"head link[rel='alternate'][hreflang='{(lang == "da" ? "en" : "da")}'][href$='/{(lang == "da" ? "en" : "da")}/changelog/']"));
        }
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
    }
}
