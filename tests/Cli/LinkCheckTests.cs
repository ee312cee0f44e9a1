using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>
/// <c>guidance check</c> on plain Markdown links and images: each broken one is reported at its file, line and
/// column, with the closest page, anchor or image for a near miss.
/// </summary>
public sealed class LinkCheckTests
{
    /// <summary>A page at /da/links/ and /en/links/ whose Danish body (from line 6) is <paramref name="danishBody"/>.</summary>
    internal static TempSite SiteWithLinks(string danishBody)
    {
        var site = new TempSite();
        site.Write("input/pages/links.da.md", "---\nid: links\ntitle: Links\n---\n\n" + danishBody + "\n\n## Første afsnit\n\nTekst.\n");
        site.Write("input/pages/links.en.md", "---\nid: links\ntitle: Links\n---\n\nNo links here.\n");
        return site;
    }

    [Fact]
    public void A_link_to_a_page_the_build_does_not_make_is_reported_with_the_closest_page()
    {
        using var site = SiteWithLinks("Se [tillid](/da/themes/tilid/).");
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/pages/links.da.md:6:4: link to '/da/themes/tilid/': no page has that URL (did you mean '/da/themes/tillid/'?)", result.ErrorLines);
    }

    [Fact]
    public void A_relative_link_is_resolved_from_the_page_and_reported_with_where_it_leads()
    {
        using var site = SiteWithLinks("[fundet](../findings/heard/) og [det andet](../findings/hear/)");
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["input/pages/links.da.md:6:33: link to '../findings/hear/' (/da/findings/hear/): no page has that URL (did you mean '/da/findings/heard/'?)"],
            result.ErrorLines.Where(l => l.StartsWith("input/", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_link_to_an_anchor_the_page_does_not_have_is_reported_with_the_closest_anchor()
    {
        using var site = SiteWithLinks("[fandt](/da/findings/heard/#hvad-studiet-fand)\n[her](#forste-afsnit)\n[her](#foerste-afsnit)\n[studie](/da/themes/tillid/#study-study-x)");
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/pages/links.da.md:6:1: link to '/da/findings/heard/#hvad-studiet-fand': the page has no anchor 'hvad-studiet-fand' (did you mean 'hvad-studiet-fandt'?)",
            // '#foerste-afsnit' (line 8) is the heading's id now (ids are ASCII); 'første-afsnit' still lands on it.
            "input/pages/links.da.md:7:1: link to '#forste-afsnit' (/da/links/#forste-afsnit): the page has no anchor 'forste-afsnit' (did you mean 'foerste-afsnit'?)",
            "input/pages/links.da.md:9:1: link to '/da/themes/tillid/#study-study-x': the page has no anchor 'study-study-x' (did you mean 'study-study-a'?)",
        ], result.ErrorLines.Where(l => l.StartsWith("input/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Links_to_pages_lists_feeds_assets_anchors_and_other_sites_pass()
    {
        using var site = SiteWithLinks(string.Join("\n", [
            "[a](/da/findings/heard/) [b](/da/findings/heard/#hvad-studiet-fandt) [c](../themes/tillid/) [d](/da/themes/tillid)",
            "[e](/da/) [f](/da/findings/) [g](/) [h](/da/feed.xml) [i](/assets/site.css) [j](/da/glossary/#samordner)",
            "[k](https://fixture.example.org/da/om/) [l](https://example.com/x#y) [m](mailto:a@example.org) [n](#første-afsnit)",
            "[o](/da/whats-new/) [p](/da/themes/tillid/index.html) [q](?side=2)",
            // Anchors a layout makes, not the content: a theme's studies, a study's themes, the main content.
            "[r](/da/themes/tillid/#study-study-a) [s](/da/studies/study-a/#theme-hoert) [t](/da/findings/#main)",
        ]));
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("warning", result.Stderr);
    }

    [Fact]
    public void A_missing_image_is_reported_with_where_the_file_belongs_and_a_present_one_is_published()
    {
        using var site = SiteWithLinks("![Modellen](images/model.png)");
        var missing = site.Run("check");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("input/pages/links.da.md:6:1: image 'images/model.png' not found: put the file at input/assets/images/model.png", missing.ErrorLines);

        site.Write("input/assets/images/model.png", "not really a PNG");
        var built = site.Run("build");
        Assert.True(built.ExitCode == 0, built.ToString());
        Assert.True(File.Exists(Path.Combine(site.Output, "assets", "images", "model.png")));
        Assert.Contains("<img src=\"/assets/images/model.png\" alt=\"Modellen\" />", File.ReadAllText(Path.Combine(site.Output, "da", "links", "index.html")));
    }

    [Fact]
    public void A_near_miss_image_name_gets_a_suggestion()
    {
        using var site = SiteWithLinks("![Modellen](images/modl.png)\n![Logo](/assets/images/logo.png)");
        site.Write("input/assets/images/model.png", "x");
        var result = site.Run("check");
        Assert.Equal([
            "input/pages/links.da.md:6:1: image 'images/modl.png' not found: put the file at input/assets/images/modl.png (did you mean 'images/model.png'?)",
            "input/pages/links.da.md:7:1: image '/assets/images/logo.png' not found (did you mean '/assets/images/model.png'?)",
        ], result.ErrorLines.Where(l => l.StartsWith("input/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_prints_every_kind_of_problem_of_one_run_together()
    {
        using var site = SiteWithLinks("[x](/da/themes/tilid/) ![y](images/y.png) [z](xref:hearrd)");
        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("evidence: qualitative", "evidence: qualitative\nRedirectFrom: [../../x]"));
        site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("study: study-a", "study: study-x"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/findings/study-a/heard.da.md:5: unknown theme 'hort' (did you mean 'hoert'?)",
            "input/findings/study-a/heard.en.md:8: the RedirectFrom path '../../x' leaves the output folder",
            "input/findings/study-a/trust-grows.en.md:4: unknown study 'study-x' (did you mean 'study-a'?)",
            "input/pages/links.da.md:6:1: link to '/da/themes/tilid/': no page has that URL (did you mean '/da/themes/tillid/'?)",
            "input/pages/links.da.md:6:24: image 'images/y.png' not found: put the file at input/assets/images/y.png",
            "input/pages/links.da.md:6:43: xref to unknown id 'hearrd' (did you mean 'heard'?)",
            "guidance: 6 error(s); nothing was written",
        ], result.ErrorLines);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Every_file_the_build_writes_can_be_linked_to_from_content()
    {
        using var built = new TempSite();
        Assert.Equal(0, built.Run("build").ExitCode);
        var urls = Directory.EnumerateFiles(built.Output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputFolder.MarkerFile) // the tool's mark on its folder, not a file of the site
            .Select(f => "/" + Path.GetRelativePath(built.Output, f).Replace('\\', '/'))
            .Select(u => u.EndsWith("/index.html", StringComparison.Ordinal) ? u[..^"index.html".Length] : u)
            .ToList();
        Assert.Contains("/da/feed.xml", urls);

        using var site = SiteWithLinks(string.Join("\n", urls.Select(u => $"- [x]({u})")));
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
