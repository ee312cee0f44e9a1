using AngleSharp.Html.Parser;
using Guidance.Site.Live;
using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>
/// <c>draft: true</c>: a page an editor is still writing. The built site, its ledger, search, feeds, sitemap, lists and
/// backlinks do not know it; the preview server shows it with a banner in the reader's language.
/// </summary>
public sealed class DraftTests
{
    private static TempSite SiteWithDraft()
    {
        var site = new TempSite();
        foreach (var lang in new[] { "da", "en" })
            site.Edit($"input/findings/study-b/network-helps.{lang}.md", text => text.Replace("evidence: ", "draft: true\nevidence: "));
        return site;
    }

    [Fact]
    public void A_draft_is_left_out_of_every_published_file_and_the_ledger()
    {
        using var site = SiteWithDraft();

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en", "findings", "network-helps")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "da", "findings", "network-helps")));
        Assert.DoesNotContain("network-helps", site.Read("input/published-urls.txt"));
        var everyFile = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("network-helps", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Output, f)).ToList();
        Assert.Empty(everyFile); // lists, theme and study pages, what's new, feeds, sitemap, backlinks, search data
        Assert.DoesNotContain("network-helps", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
    }

    [Fact]
    public void A_published_page_linking_to_a_draft_fails_the_check_saying_it_is_a_draft()
    {
        using var site = SiteWithDraft();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("See also [trust](xref:trust-grows).", "See also [networks](xref:network-helps)."));
        site.Edit("input/guidance/listen-first.en.md", text => text.Replace("findings: [heard, trust-grows]", "findings: [heard, trust-grows, network-helps]"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/findings/study-a/heard.en.md:21:53: xref to unknown id 'network-helps': it is a draft (input/findings/study-b/network-helps.en.md has 'draft: true'), so it is not published and a link to it would lead nowhere; remove it here, or publish it by removing 'draft: true'", result.ErrorLines);
        Assert.Contains("input/guidance/listen-first.en.md:4: unknown finding 'network-helps': it is a draft (input/findings/study-b/network-helps.en.md has 'draft: true'), so it is not published and a link to it would lead nowhere; remove it here, or publish it by removing 'draft: true'", result.ErrorLines);
    }

    [Fact]
    public void The_preview_shows_a_draft_with_a_banner_in_the_readers_language_and_published_pages_have_none()
    {
        using var site = SiteWithDraft();

        new LiveSite(site.Paths, search: null).Build([]);

        string BannerOf(string lang, string page) =>
            new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, lang, page, "index.html")))
                .QuerySelector(".draft-banner")?.TextContent ?? "";
        Assert.Equal("Draft: this page is not published. You see it only in the preview, because it has draft: true.", BannerOf("en", "findings/network-helps"));
        Assert.Equal("Kladde: Siden er ikke udgivet. Du ser den kun i forhåndsvisningen, fordi den har draft: true.", BannerOf("da", "findings/network-helps"));
        Assert.Equal("", BannerOf("en", "findings/heard"));
        Assert.Contains("network-helps", File.ReadAllText(Path.Combine(site.Output, "en", "findings", "index.html")));
    }

    [Fact]
    public void Draft_is_a_declared_switch_a_mistyped_value_is_a_located_error()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-b/network-helps.en.md", text => text.Replace("evidence: ", "draft: yes\nevidence: "));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("input/findings/study-b/network-helps.en.md:", StringComparison.Ordinal) && l.Contains("'yes' is not a valid draft", StringComparison.Ordinal));
    }
}
