using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>"Last updated" on content pages, the what's-new page and the Atom feed of each language.</summary>
public sealed class LastUpdatedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static (string? Iso, string? Text) ShownDate(TempSite site, string url)
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, url.Trim('/'), "index.html")));
        var time = page.QuerySelector("main .last-updated time");
        return (time?.GetAttribute("datetime"), time?.TextContent);
    }

    [Fact]
    public void Outside_git_a_page_shows_its_files_modification_time_in_its_languages_format()
    {
        using var site = new TempSite();
        File.SetLastWriteTimeUtc(Path.Combine(site.Input, "findings", "study-a", "heard.da.md"), new DateTime(2024, 3, 5, 9, 0, 0, DateTimeKind.Utc));

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(("2024-03-05", "5. marts 2024"), ShownDate(site, "/da/findings/heard/"));
        Assert.Equal(("2025-01-15", "15 January 2025"), ShownDate(site, "/en/findings/heard/"));
        Assert.Equal(("2025-01-15", "15. januar 2025"), ShownDate(site, "/da/studies/study-a/"));
        Assert.Contains("Senest opdateret", File.ReadAllText(Path.Combine(site.Output, "da", "findings", "heard", "index.html")));
        Assert.Equal((null, null), ShownDate(site, "/da/findings/")); // a list has no source file of its own
    }

    [Fact]
    public void In_a_git_repository_a_page_shows_the_date_of_the_last_commit_of_its_file()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2024-03-05T10:00:00+01:00"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("Parents value being heard.", "Parents value being listened to."));
        Git.CommitAll(site.Root, DateTimeOffset.Parse("2024-06-01T09:30:00+02:00"), "Reword a summary");

        Assert.Equal(0, site.Run("build").ExitCode);

        // Not the files' modification times (TempSite.InputFileTime, or today for the edited file): the commits'.
        Assert.Equal(("2024-06-01", "1 June 2024"), ShownDate(site, "/en/findings/heard/"));
        Assert.Equal(("2024-03-05", "5. marts 2024"), ShownDate(site, "/da/findings/heard/"));
        Assert.Equal(("2024-03-05", "5 March 2024"), ShownDate(site, "/en/themes/tillid/"));

        var whatsNew = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en", "whats-new", "index.html")));
        var first = whatsNew.QuerySelector("main ol.changes li");
        Assert.Equal("/en/findings/heard/", first?.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Finding · updated 1 June 2024", first?.QuerySelector(".meta")?.TextContent);

        var feed = XDocument.Load(Path.Combine(site.Output, "en", "feed.xml"));
        Assert.Equal("2024-06-01T09:30:00+02:00", feed.Root!.Element(Atom + "updated")?.Value);
        var entry = feed.Root.Elements(Atom + "entry").First();
        Assert.Equal("https://fixture.example.org/en/findings/heard/", entry.Element(Atom + "id")?.Value);
        Assert.Equal("2024-06-01T09:30:00+02:00", entry.Element(Atom + "updated")?.Value);
        Assert.Equal("Parents value being listened to.", entry.Element(Atom + "summary")?.Value);
    }

    [Fact]
    public void A_file_git_does_not_know_yet_falls_back_to_its_modification_time()
    {
        using var site = new TempSite();
        Git.InitAndCommit(site.Root, DateTimeOffset.Parse("2024-03-05T10:00:00+01:00"));
        site.Write("input/themes/ny.da.md", "---\nid: ny\ntitle: Nyt tema\n---\n\nTekst.\n");
        site.Write("input/themes/ny.en.md", "---\nid: ny\ntitle: New theme\n---\n\nText.\n");
        File.SetLastWriteTimeUtc(Path.Combine(site.Input, "themes", "ny.en.md"), new DateTime(2024, 8, 20, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(0, site.Run("build").ExitCode);

        Assert.Equal(("2024-08-20", "20 August 2024"), ShownDate(site, "/en/themes/ny/"));
        Assert.Equal(("2024-03-05", "5 March 2024"), ShownDate(site, "/en/themes/tillid/"));
    }

    [Fact]
    public void The_feed_of_each_language_is_Atom_with_absolute_urls_and_every_page_links_to_it()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);

        foreach (var lang in new[] { "da", "en" })
        {
            var feed = XDocument.Load(Path.Combine(site.Output, lang, "feed.xml"));
            var root = feed.Root!;
            Assert.Equal(Atom + "feed", root.Name);
            Assert.Equal(lang, root.Attribute(XNamespace.Xml + "lang")?.Value);
            Assert.Equal($"https://fixture.example.org/{lang}/feed.xml", root.Element(Atom + "id")?.Value);
            Assert.Equal($"https://fixture.example.org/{lang}/feed.xml", root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
            Assert.Equal($"https://fixture.example.org/{lang}/whats-new/", root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")?.Value);
            Assert.NotEmpty(root.Element(Atom + "title")?.Value ?? "");
            Assert.NotEmpty(root.Element(Atom + "author")?.Element(Atom + "name")?.Value ?? "");
            Assert.True(DateTimeOffset.TryParse(root.Element(Atom + "updated")?.Value, out _));

            var entries = root.Elements(Atom + "entry").ToList();
            // The fixture has 3 findings, 1 recommendation and 3 themes; studies and info pages are not news.
            Assert.Equal(7, entries.Count);
            foreach (var entry in entries)
            {
                var id = entry.Element(Atom + "id")?.Value ?? "";
                Assert.StartsWith($"https://fixture.example.org/{lang}/", id);
                Assert.Equal(id, entry.Element(Atom + "link")?.Attribute("href")?.Value);
                Assert.NotEmpty(entry.Element(Atom + "title")?.Value ?? "");
                Assert.Equal("2025-01-15T12:00:00+00:00", entry.Element(Atom + "updated")?.Value);
            }
            Assert.Equal(7, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        }

        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Where(f => f != Path.Combine(site.Output, "index.html")))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var lang = page.DocumentElement.GetAttribute("lang");
            Assert.True(page.QuerySelector($"head link[rel='alternate'][type='application/atom+xml'][href='/{lang}/feed.xml']") is not null, $"{file} does not link to its feed");
        }
    }
}
