using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>Permalinks never break: input/published-urls.txt, and RedirectFrom for pages that moved.</summary>
public sealed class PermalinkTests
{
    private static string PublishedUrls(TempSite site) => site.Read("input/published-urls.txt");

    private static int LineOf(TempSite site, string path) => Array.IndexOf(PublishedUrls(site).Split('\n'), path) + 1;

    [Fact]
    public void Build_records_every_published_path_sorted_one_per_line_and_check_writes_nothing()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("check").ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Input, "published-urls.txt")));

        Assert.Equal(0, site.Run("build").ExitCode);

        var lines = PublishedUrls(site).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
        Assert.Contains("/", lines);
        Assert.Contains("/da/findings/heard/", lines);
        Assert.Contains("/en/about/", lines);
        Assert.Contains("/da/om/", lines);
        Assert.Contains("/en/feed.xml", lines);
        Assert.Contains("/sitemap.xml", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("/assets/", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith(".bib", StringComparison.Ordinal) || l == "/robots.txt");
        var pages = Directory.EnumerateFiles(site.Output, "index.html", SearchOption.AllDirectories).Count();
        Assert.Equal(pages, lines.Count(l => l.EndsWith('/')));
        Assert.EndsWith("\n", PublishedUrls(site));
    }

    [Fact]
    public void A_removed_page_fails_the_build_naming_its_path_and_the_fix_and_the_site_stays_as_it_was()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);
        File.Delete(Path.Combine(site.Input, "findings", "study-b", "network-helps.da.md"));
        File.Delete(Path.Combine(site.Input, "findings", "study-b", "network-helps.en.md"));

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            $"input/published-urls.txt:{LineOf(site, "/da/findings/network-helps/")}: the page '/da/findings/network-helps/' was published, but no page makes it now, so readers' links and bookmarks to it would break; if another page replaced it, add 'RedirectFrom: [/da/findings/network-helps/]' to the front matter of that page; if it was deleted or renamed by mistake, restore it",
            $"input/published-urls.txt:{LineOf(site, "/en/findings/network-helps/")}: the page '/en/findings/network-helps/' was published, but no page makes it now, so readers' links and bookmarks to it would break; if another page replaced it, add 'RedirectFrom: [/en/findings/network-helps/]' to the front matter of that page; if it was deleted or renamed by mistake, restore it",
            "guidance: 2 error(s); nothing was published",
        ], result.ErrorLines);
        Assert.True(File.Exists(Path.Combine(site.Output, "da", "findings", "network-helps", "index.html")));
        Assert.Equal(1, site.Run("check").ExitCode);
    }

    [Fact]
    public void RedirectFrom_on_the_page_that_replaced_it_fixes_the_build_with_a_redirect_page_at_the_old_path()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);
        File.Delete(Path.Combine(site.Input, "findings", "study-b", "network-helps.da.md"));
        File.Delete(Path.Combine(site.Input, "findings", "study-b", "network-helps.en.md"));
        // One file may list the old paths of both languages; each leads to its own language's version.
        site.Edit("input/findings/study-a/trust-grows.da.md", text => text.Replace("evidence: qualitative",
            "evidence: qualitative\nRedirectFrom: [/da/findings/network-helps/, en/findings/network-helps]"));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("/en/findings/network-helps/", PublishedUrls(site).Split('\n'));
        var redirect = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "en", "findings", "network-helps", "index.html")));
        Assert.Equal("0; url=/en/findings/trust-grows/", redirect.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("https://fixture.example.org/en/findings/trust-grows/", redirect.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        var link = redirect.QuerySelector("main a");
        Assert.Equal(("/en/findings/trust-grows/", "Trust grows step by step"), (link?.GetAttribute("href"), link?.TextContent));
        Assert.Empty(redirect.QuerySelectorAll("script"));
        Assert.NotNull(redirect.QuerySelector("meta[http-equiv='Content-Security-Policy']"));
        Assert.Contains("url=/da/findings/trust-grows/", File.ReadAllText(Path.Combine(site.Output, "da", "findings", "network-helps", "index.html")));
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
        Assert.DoesNotContain("network-helps", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
        Assert.DoesNotContain("redirect", result.Stdout); // redirect pages are not counted as pages
    }

    [Fact]
    public void Renaming_a_slug_is_caught_and_RedirectFrom_on_the_renamed_page_fixes_it()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);
        site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("evidence: qualitative", "evidence: qualitative\nslug: trust-builds"));

        var renamed = site.Run("build");

        Assert.Equal(1, renamed.ExitCode);
        Assert.Contains($"input/published-urls.txt:{LineOf(site, "/en/findings/trust-grows/")}: the page '/en/findings/trust-grows/' was published, but no page makes it now, so readers' links and bookmarks to it would break; if another page replaced it, add 'RedirectFrom: [/en/findings/trust-grows/]' to the front matter of that page (perhaps input/findings/study-a/trust-grows.en.md, now at '/en/findings/trust-builds/'); if it was deleted or renamed by mistake, restore it", renamed.ErrorLines);

        site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("slug: trust-builds", "slug: trust-builds\nRedirectFrom: /en/findings/trust-grows/"));
        var fixedBuild = site.Run("build");
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.ToString());
        Assert.Contains("url=/en/findings/trust-builds/", File.ReadAllText(Path.Combine(site.Output, "en", "findings", "trust-grows", "index.html")));
        Assert.Contains("/en/findings/trust-builds/", PublishedUrls(site).Split('\n'));
    }

    [Fact]
    public void A_RedirectFrom_path_outside_the_site_or_not_clean_or_taken_by_a_page_is_a_located_error()
    {
        using var site = new TempSite();
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("evidence: qualitative",
            "evidence: qualitative\nRedirectFrom: ['../../x', 'https://example.com/old/', '/en/old page/', '/en/findings/trust-grows/']"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/findings/study-a/heard.en.md:8: the RedirectFrom path '../../x' leaves the output folder",
            "input/findings/study-a/heard.en.md:8: the RedirectFrom path '/en/findings/trust-grows/' is a page of the site (input/findings/study-a/trust-grows.en.md); only a path the site no longer uses can redirect",
            "input/findings/study-a/heard.en.md:8: the RedirectFrom path '/en/old page/' is not a clean site path (letters, digits, '-', '_' and '.' between slashes, like /da/themes/old-name/)",
            "input/findings/study-a/heard.en.md:8: the RedirectFrom path 'https://example.com/old/' is a full URL, not a path on this site",
            "guidance: 4 error(s); nothing was written",
        ], result.ErrorLines);
    }

    [Fact]
    public void A_new_page_needs_no_local_build_check_passes_without_it_in_the_ledger_and_build_records_it()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);
        var before = PublishedUrls(site);
        // An editor adds a page in the browser: the pull request has the page, not the ledger line.
        site.Write("input/pages/ny.da.md", "---\nid: ny\ntitle: Ny side\n---\n\nTekst.\n");
        site.Write("input/pages/ny.en.md", "---\nid: ny\ntitle: New page\n---\n\nText.\n");

        var check = site.Run("check");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Empty(check.ErrorLines);
        Assert.Equal(before, PublishedUrls(site));

        // The publish job on main builds and records the new paths.
        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.ToString());
        var lines = PublishedUrls(site).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("/da/ny/", lines);
        Assert.Contains("/en/ny/", lines);
        Assert.Equal(lines.Order(StringComparer.Ordinal), lines);
    }

    [Fact]
    public void The_workflow_never_asks_an_editor_for_a_local_build_and_the_publish_job_commits_the_ledger()
    {
        var workflow = Guidance.Modules.Metadata.YamlData.ReadMapping(File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "site.yml")), "site.yml").Values;
        var jobs = (IReadOnlyDictionary<string, object?>)workflow["jobs"]!;
        string Runs(string job) => string.Join("\n", ((IEnumerable<object?>)((IReadOnlyDictionary<string, object?>)jobs[job]!)["steps"]!)
            .OfType<IReadOnlyDictionary<string, object?>>().Select(step => step.GetValueOrDefault("run") as string ?? ""));

        var pullRequest = Runs("check");
        Assert.Contains("-- check", pullRequest);
        Assert.DoesNotContain("published-urls.txt", pullRequest);
        Assert.DoesNotContain("run 'guidance build'", pullRequest);

        var publish = (IReadOnlyDictionary<string, object?>)jobs["publish"]!;
        Assert.Equal("write", ((IReadOnlyDictionary<string, object?>)publish["permissions"]!)["contents"]);
        var steps = Runs("publish");
        Assert.Contains("-- build", steps);
        Assert.Contains("git diff --quiet -- input/published-urls.txt", steps);
        Assert.Contains("git add input/published-urls.txt", steps);
        Assert.Contains("[skip ci]", steps);
        Assert.True(steps.IndexOf("-- build", StringComparison.Ordinal) < steps.IndexOf("git commit", StringComparison.Ordinal));
    }
}
