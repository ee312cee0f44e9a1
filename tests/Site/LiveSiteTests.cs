using System.Text.RegularExpressions;
using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Site;
using Guidance.Site.Live;
using Guidance.Site.Pipelines;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// The preview server's rebuilds reuse what did not change and write the edited page first; what they leave in the
/// output must still be exactly what a whole build makes from the same files.
/// </summary>
public sealed class LiveSiteTests : IDisposable
{
    private readonly TempSite _site = new();
    private readonly LiveSite _live;

    public LiveSiteTests() => _live = new LiveSite(_site.Paths with { Output = LiveOutput }, search: null);

    private string LiveOutput => Path.Combine(_site.Root, "live");

    public void Dispose() => _site.Dispose();

    private BuildReport Rebuild(params string[] changed) => _live.Build([.. changed.Select(c => Path.Combine(_site.Root, c))]);

    /// <summary>A page as the live site holds it.</summary>
    private string LivePage(string path) => File.ReadAllText(Path.Combine(LiveOutput, path));

    /// <summary>Every file a whole build writes, by path, against every file the live site holds.</summary>
    private void AssertSameAsWholeBuild()
    {
        var whole = _site.Paths with { Output = Path.Combine(_site.Root, "whole-" + Guid.NewGuid().ToString("N")[..6]) };
        new LiveSite(whole, search: null).Build([]);
        var expected = Files(whole.Output);
        var actual = Files(LiveOutput);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, text) in expected)
            Assert.True(text == actual[path], $"{path} differs from a whole build's");
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    [Fact]
    public void An_edited_page_is_written_first_and_the_site_ends_up_as_a_whole_build_makes_it()
    {
        Rebuild();
        _site.Edit("input/findings/study-a/trust-grows.en.md", text => text
            .Replace("title: \"Trust grows step by step\"", "title: \"Trust grows slowly\"")
            .Replace("Trust comes gradually.", "Trust comes gradually, meeting by meeting."));

        var report = Rebuild("input/findings/study-a/trust-grows.en.md");

        Assert.Contains("meeting by meeting", LivePage("en/findings/trust-grows/index.html"));
        // The page that links to it and the theme pages that list it are rewritten with the new title.
        Assert.Contains("Trust grows slowly", LivePage("en/findings/heard/index.html"));
        Assert.Contains("Trust grows slowly", LivePage("en/themes/tillid/index.html"));
        var ahead = report.Timings!.Where(t => t.Step.Contains("page(s) of priority")).Select(t => t.Step).ToList();
        // Next after the page: its study (study-a), its themes (tillid, hoert), the findings index, the finding that
        // links to it (heard) and the recommendation that cites it (listen-first).
        Assert.Equal(["1 page(s) of priority 2 written, after the run started", "6 page(s) of priority 1 written, after the run started"], ahead);
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void The_site_wide_warnings_scores_and_pack_data_are_worked_out_after_the_edited_page_is_written_and_still_show_the_edit()
    {
        Rebuild();
        _site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("title: \"Trust grows step by step\"", "title: \"Trust grows slowly\""));

        var report = Rebuild("input/findings/study-a/trust-grows.en.md");

        // The process phase stands between the save and the edited page; upkeep, readability scores and the pack's data
        // read every page and no page reads them, so they come in the post-process phase, after the edited page.
        bool After(string pipeline, string step) =>
            report.Timings!.Any(t => t.Stage == nameof(Phase.PostProcess) && t.Pipeline == pipeline && t.Step.StartsWith(step, StringComparison.Ordinal));
        Assert.DoesNotContain(report.Timings!, t => t.Stage == nameof(Phase.Process) && t.Pipeline == UpkeepPipeline.Name);
        Assert.True(After(UpkeepPipeline.Name, nameof(AddDocuments)));
        Assert.True(After(ReadabilityPipeline.Name, nameof(AddDocuments)));
        Assert.True(After(PackPipeline.Name + "-data", nameof(SetBytes)));
        Assert.Contains(report.Readability!, s => s.Url == "/en/findings/trust-grows/");
        Assert.Contains("Trust grows slowly", LivePage("en/pack/" + PackData.FileName));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_theme_renamed_by_an_edit_is_shown_by_its_new_name_on_the_findings_it_tags()
    {
        Rebuild();
        var before = LivePage("en/findings/network-helps/index.html");
        _site.Edit("input/themes/tillid.en.md", text => text.Replace("title: \"Trust\"", "title: \"Trust and openness\""));

        Rebuild("input/themes/tillid.en.md");

        // Findings' cards are kept from build to build; theirs link the theme by name and must not keep the old one.
        Assert.DoesNotContain("Trust and openness", before);
        Assert.Contains("Trust and openness", LivePage("en/findings/network-helps/index.html"));
        Assert.Contains("Trust and openness", LivePage("en/findings/trust-grows/index.html"));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void Edits_that_keep_the_titles_show_their_new_text_on_the_pages_that_list_them()
    {
        Rebuild();
        foreach (var (finding, theme) in new[] { ("Trust is built meeting by meeting.", "On trust and how it grows."), ("Trust takes time.", "On trust, again.") })
        {
            _site.Edit("input/findings/study-a/trust-grows.en.md", text => Regex.Replace(text, "summary: \"[^\"]*\"", $"summary: \"{finding}\""));
            _site.Edit("input/themes/tillid.en.md", text => Regex.Replace(text, "summary: \"[^\"]*\"", $"summary: \"{theme}\""));

            Rebuild("input/findings/study-a/trust-grows.en.md", "input/themes/tillid.en.md");

            // The site model keeps its sorted lists through such edits; they must hold the new versions of the pages.
            Assert.Contains(finding, LivePage("en/findings/index.html"));
            Assert.Contains(finding, LivePage("en/themes/tillid/index.html"));
            Assert.Contains(theme, LivePage("en/themes/index.html"));
            Assert.Contains(theme, LivePage("en/index.html"));
            AssertSameAsWholeBuild();
        }
    }

    [Fact]
    public void A_finding_an_edit_takes_out_of_a_theme_leaves_that_themes_page()
    {
        Rebuild();
        Assert.Contains("Trust grows step by step", LivePage("en/themes/hoert/index.html"));
        // Both languages: translations must agree on their themes.
        foreach (var lang in new[] { "da", "en" })
            _site.Edit($"input/findings/study-a/trust-grows.{lang}.md", text => text.Replace("themes: [tillid, hoert]", "themes: [tillid]"));

        Rebuild("input/findings/study-a/trust-grows.da.md", "input/findings/study-a/trust-grows.en.md");

        Assert.DoesNotContain("Trust grows step by step", LivePage("en/themes/hoert/index.html"));
        Assert.Contains("Trust grows step by step", LivePage("en/themes/tillid/index.html"));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_theme_an_edit_leaves_without_findings_is_warned_about_until_a_finding_is_tagged_with_it_again()
    {
        Rebuild();
        string[] files = ["input/findings/study-b/network-helps.da.md", "input/findings/study-b/network-helps.en.md"];
        void EditBoth(Func<string, string> edit) { foreach (var file in files) _site.Edit(file, edit); }
        bool Warned(BuildReport report) => report.Warnings.Any(w => w.Message.Contains("'netvaerk'") && w.Location.File.Contains("themes/netvaerk"));

        EditBoth(text => text.Replace("themes: [netvaerk, tillid]", "themes: [tillid]"));
        var untagged = Rebuild(files);
        // An edit of the text only: the warning stays, as a whole build would give it.
        EditBoth(text => text + "\nOne more sentence.\n");
        var textOnly = Rebuild(files);
        EditBoth(text => text.Replace("themes: [tillid]", "themes: [netvaerk, tillid]"));
        var tagged = Rebuild(files);

        Assert.True(Warned(untagged), string.Join("\n", untagged.Warnings));
        Assert.True(Warned(textOnly), string.Join("\n", textOnly.Warnings));
        Assert.False(Warned(tagged), string.Join("\n", tagged.Warnings));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_new_page_appears_and_a_deleted_page_is_removed()
    {
        Rebuild();
        foreach (var lang in new[] { "da", "en" })
            _site.Write($"input/findings/study-b/new-finding.{lang}.md", _site.Read($"input/findings/study-b/network-helps.{lang}.md")
                .Replace("id: network-helps", "id: new-finding").Replace("title: \"", "title: \"New: "));

        Rebuild("input/findings/study-b/new-finding.da.md", "input/findings/study-b/new-finding.en.md");
        Assert.True(File.Exists(Path.Combine(LiveOutput, "da/findings/new-finding/index.html")));
        AssertSameAsWholeBuild();

        File.Delete(Path.Combine(_site.Input, "findings/study-b/new-finding.da.md"));
        File.Delete(Path.Combine(_site.Input, "findings/study-b/new-finding.en.md"));
        Rebuild("input/findings/study-b/new-finding.da.md", "input/findings/study-b/new-finding.en.md");
        Assert.False(File.Exists(Path.Combine(LiveOutput, "da/findings/new-finding/index.html")));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_broken_edit_writes_nothing_and_the_repaired_page_is_built()
    {
        Rebuild();
        var before = Files(LiveOutput);
        _site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hoert]", "themes: [hort]"));

        var e = Assert.Throws<BuildFailedException>(() => Rebuild("input/findings/study-a/heard.da.md"));

        Assert.Contains(e.Errors, error => error.Message.Contains("unknown theme 'hort' (did you mean 'hoert'?)") && error.Location.Line == 5);
        Assert.Equal(before, Files(LiveOutput));

        // The same error again while the file is unchanged: the remembered parse keeps its report, and so does the site
        // model when an edit to another page is all that changed.
        Assert.Throws<BuildFailedException>(() => Rebuild("input/findings/study-a/heard.en.md"));
        _site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("Trust comes gradually.", "Trust comes slowly."));
        e = Assert.Throws<BuildFailedException>(() => Rebuild("input/findings/study-a/trust-grows.en.md"));
        Assert.Contains(e.Errors, error => error.Message.Contains("unknown theme 'hort'"));

        _site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("themes: [hort]", "themes: [hoert]"));
        Rebuild("input/findings/study-a/heard.da.md");
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_changed_layout_or_data_file_rebuilds_everything()
    {
        Rebuild();
        _site.Edit("theme/layouts/finding.html", text => text + "\n<!-- layout changed -->\n");
        _site.Edit("input/glossary.yml", text => text.Replace("samordner", "samordner") + "\n");

        Rebuild("theme/layouts/finding.html", "input/glossary.yml");

        Assert.Contains("<!-- layout changed -->", LivePage("en/findings/heard/index.html"));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void Only_the_reported_files_are_read_again_unless_the_report_is_a_folder_as_when_the_watcher_lost_events()
    {
        Rebuild();
        _site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("Parents feel involved", "Parents feel truly involved"));
        _site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("Trust comes gradually.", "Trust comes slowly."));

        Rebuild("input/findings/study-a/heard.en.md");
        Assert.Contains("truly involved", LivePage("en/findings/heard/index.html"));
        Assert.DoesNotContain("Trust comes slowly.", LivePage("en/findings/trust-grows/index.html"));

        Rebuild("input");
        Assert.Contains("Trust comes slowly.", LivePage("en/findings/trust-grows/index.html"));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void An_edit_that_removes_a_heading_another_page_links_to_reports_the_link_on_that_page()
    {
        Rebuild();
        _site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("## What the study found", "## Findings"));

        var e = Assert.Throws<BuildFailedException>(() => Rebuild("input/findings/study-a/trust-grows.en.md"));

        var error = Assert.Single(e.Errors);
        Assert.EndsWith("input/guidance/listen-first.en.md", error.Location.File);
        Assert.Equal(11, error.Location.Line);
        Assert.Contains("'trust-grows' has no anchor 'what-the-study-found'", error.Message);
    }

    [Fact]
    public void A_link_added_or_removed_by_an_edit_shows_in_or_leaves_the_backlinks_of_the_page_it_leads_to()
    {
        Rebuild();
        const string about = "input/pages/about.en.md";
        var original = _site.Read(about);
        _site.Edit(about, text => text.Replace("Findings and themes.", "Findings and themes, such as [being heard](xref:heard)."));

        Rebuild(about);

        Assert.Contains("About the fixture", BacklinksOf("en/findings/heard/index.html"));
        AssertSameAsWholeBuild();

        _site.Write(about, original);
        Rebuild(about);
        Assert.DoesNotContain("About the fixture", BacklinksOf("en/findings/heard/index.html"));
        AssertSameAsWholeBuild();
    }

    [Fact]
    public void A_link_added_to_an_anchor_a_layout_makes_is_checked_against_the_rendered_page()
    {
        Rebuild();
        const string about = "input/pages/about.en.md";
        _site.Edit(about, text => text.Replace("Two studies.", "Two studies; [cite study A](/en/studies/study-a/#study-citation)."));
        Rebuild(about);

        _site.Edit(about, text => text.Replace("#study-citation", "#study-citations"));
        var e = Assert.Throws<BuildFailedException>(() => Rebuild(about));
        Assert.Contains("the page has no anchor 'study-citations' (did you mean 'study-citation'?)", Assert.Single(e.Errors).Message);
    }

    /// <summary>The text of the "pages that link here" section of a page written by the live site.</summary>
    private string BacklinksOf(string page)
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(LivePage(page));
        return html.QuerySelector(".backlinks")?.TextContent ?? "";
    }
}
