using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>"Edit this page" (to the CMS's entry) and "Report outdated evidence" (a new issue on the repository, filled in).</summary>
public sealed class PageActionsTests
{
    private static Dictionary<string, string> Actions(TempSite site, string url) =>
        new HtmlParser().ParseDocument(site.Read("output" + url + "index.html")).QuerySelectorAll("main .page-actions a")
            .ToDictionary(a => a.TextContent, a => a.GetAttribute("href") ?? "");

    [Fact]
    public void With_the_CMS_and_a_Repository_a_finding_links_to_its_CMS_entry_and_to_a_filled_in_issue()
    {
        // A build with Node makes the editor at /admin/ when the settings name where it publishes (Cms).
        using var site = new TempSite().WithSearch();
        site.Edit("statiq.json", text => text.Replace("example-org/fixture", "knowledge-centre/guidance").TrimEnd().TrimEnd('}') + ", \"Cms\": { \"Branch\": \"main\" } }");

        var build = site.Run("build");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(site.Output, "admin", "index.html")), "the editor the links lead to was not made");
        var english = Actions(site, "/en/findings/heard/");
        Assert.Equal("/admin/#/collections/findings/entries/study-a/heard", english["Edit this page"]);
        var report = new Uri(english["Report outdated evidence"]);
        Assert.Equal("https://github.com/knowledge-centre/guidance/issues/new", report.GetLeftPart(UriPartial.Path));
        var query = System.Web.HttpUtility.ParseQueryString(report.Query);
        Assert.Equal("Outdated evidence: Parents want to be heard", query["title"]);
        Assert.Equal("Page: Parents want to be heard\nhttps://fixture.example.org/en/findings/heard/\n\nWhat is out of date, and which newer evidence or practice do you know of?\n", query["body"]);

        var danish = Actions(site, "/da/guidance/listen-first/");
        Assert.Equal("/admin/#/collections/guidance/entries/listen-first", danish["Redigér siden"]);
        Assert.Equal("Forældet evidens: Overvej at lytte, før du forklarer", System.Web.HttpUtility.ParseQueryString(new Uri(danish["Meld forældet evidens"]).Query)["title"]);

        // Other content pages can be edited; evidence is reported on findings and recommendations only.
        Assert.Equal(["Edit this page"], Actions(site, "/en/themes/tillid/").Keys);
        Assert.Equal("/admin/#/collections/studies/entries/study-a", Actions(site, "/en/studies/study-a/")["Edit this page"]);
        Assert.Empty(Actions(site, "/en/findings/")); // a list has no file of its own
        // The glossary is one file, one entry in the editor's glossary collection, in both languages.
        Assert.Equal(["Edit this page"], Actions(site, "/en/glossary/").Keys);
        Assert.Equal("/admin/#/collections/glossary/entries/glossary", Actions(site, "/en/glossary/")["Edit this page"]);
        Assert.Equal("/admin/#/collections/glossary/entries/glossary", Actions(site, "/da/glossary/")["Redigér siden"]);
    }

    [Fact]
    public void Without_the_CMS_or_a_Repository_there_is_nothing_to_link_to()
    {
        // No Cms setting: no editor, even in a build with Node.
        using var site = new TempSite().WithSearch();
        site.Edit("statiq.json", text => text.Replace("\"Repository\": \"example-org/fixture\",", ""));
        Assert.Equal(0, site.Run("build").ExitCode);
        Assert.Empty(Actions(site, "/en/findings/heard/"));
        Assert.Null(new HtmlParser().ParseDocument(site.Read("output/en/findings/heard/index.html")).QuerySelector(".page-actions"));
    }

    [Fact]
    public void A_Repository_that_is_not_owner_and_name_is_a_settings_error()
    {
        using var site = new TempSite();
        site.Edit("statiq.json", text => text.Replace("\"example-org/fixture\"", "\"https://github.com/knowledge-centre/guidance\""));

        var check = site.Run("check");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("statiq.json:6: Repository 'https://github.com/knowledge-centre/guidance' must be the GitHub repository as owner/name, like \"knowledge-centre/guidance\"", check.ErrorLines);
    }
}
