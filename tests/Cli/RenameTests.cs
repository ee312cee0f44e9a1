using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>
/// <c>guidance rename &lt;old-id&gt; &lt;new-id&gt;</c>: a page gets a new id in every language, every reference follows, its
/// old URLs redirect, and nothing else in any file changes; and a build that meets the old id says what it became.
/// </summary>
public sealed class RenameTests
{
    private static CliResult Rename(TempSite site, params string[] args) =>
        site.RunArguments(["rename", .. args, "--input", site.Input, "--theme", site.Theme, "--config", site.Config]);

    /// <summary>Every file under input/ with its bytes, by path.</summary>
    private static Dictionary<string, byte[]> Files(TempSite site) =>
        Directory.EnumerateFiles(site.Input, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'), File.ReadAllBytes);

    private static readonly string[] FindingRenameLines = [
        "input/guidance/listen-first.da.md: findings; 1 xref",
        "input/guidance/listen-first.en.md: findings; 1 xref",
        "input/findings/study-a/heard.da.md: 1 xref",
        "input/findings/study-a/heard.en.md: 1 xref",
        "input/findings/study-a/trust-grows.da.md → input/findings/study-a/trust-builds.da.md: id; RedirectFrom /da/findings/trust-grows/",
        "input/findings/study-a/trust-grows.en.md → input/findings/study-a/trust-builds.en.md: id; RedirectFrom /en/findings/trust-grows/",
        "input/courses/first-steps.da.md: items",
        "input/courses/first-steps.en.md: items",
    ];

    [Fact]
    public void Dry_run_prints_every_change_and_changes_nothing()
    {
        using var site = new TempSite();
        var before = Files(site);

        var result = Rename(site, "trust-grows", "trust-builds", "--dry-run");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([.. FindingRenameLines, "guidance: --dry-run: renaming 'trust-grows' to 'trust-builds' would change 8 file(s) as above; nothing was changed"],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(result.Stderr);
        var after = Files(site);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.Equal(f.Value, after[f.Key]));
    }

    [Fact]
    public void A_finding_is_renamed_in_every_language_every_reference_follows_only_the_edited_parts_change_and_the_old_urls_redirect()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode); // publishes /en/findings/trust-grows/
        var before = Files(site);

        var result = Rename(site, "trust-grows", "trust-builds");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([.. FindingRenameLines, "guidance: renamed 'trust-grows' to 'trust-builds' in 8 file(s); run 'guidance check' to see the site builds"],
            result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var after = Files(site);
        string Before(string file) => System.Text.Encoding.UTF8.GetString(before[file]);
        string After(string file) => System.Text.Encoding.UTF8.GetString(after[file]);
        Assert.False(after.ContainsKey("input/findings/study-a/trust-grows.en.md"));
        Assert.Equal(Before("input/findings/study-a/trust-grows.en.md")
                .Replace("id: trust-grows\n", "id: trust-builds\n")
                .Replace("\n---\n\n## What", "\nRedirectFrom: [/en/findings/trust-grows/]\n---\n\n## What"),
            After("input/findings/study-a/trust-builds.en.md"));
        Assert.Equal(Before("input/courses/first-steps.da.md").Replace("items: [listen-first, heard, trust-grows]", "items: [listen-first, heard, trust-builds]"),
            After("input/courses/first-steps.da.md"));
        Assert.Equal(Before("input/guidance/listen-first.en.md")
                .Replace("findings: [heard, trust-grows]", "findings: [heard, trust-builds]")
                .Replace("(xref:trust-grows#what-the-study-found)", "(xref:trust-builds#what-the-study-found)"),
            After("input/guidance/listen-first.en.md"));
        // Every file the rename did not name is as it was, byte for byte.
        var named = FindingRenameLines.SelectMany(l => l.Split(':')[0].Split(" → ")).ToHashSet();
        Assert.All(before.Where(f => !named.Contains(f.Key)), f => Assert.Equal(f.Value, after[f.Key]));

        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("url=/en/findings/trust-builds/", File.ReadAllText(Path.Combine(site.Output, "en", "findings", "trust-grows", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, "da", "findings", "trust-builds", "index.html")));
    }

    [Fact]
    public void A_block_list_a_scalar_reference_crlf_line_endings_a_byte_order_mark_and_comments_survive_as_written()
    {
        using var site = new TempSite();
        var course = "\uFEFF---\r\nid: first-steps\r\ntitle: \"First steps in involvement\"\r\nitems:   # in teaching order; trust-grows-more comes next year\r\n  - listen-first\r\n  - heard\r\n  - trust-grows\r\n---\r\n\r\nSee [trust](<xref:trust-grows>) and [the other](xref:heard).\r\n";
        site.Write("input/courses/first-steps.en.md", course);
        site.Write("input/findings/study-a/_directory.yml", "# every finding here\nstudy: study-a\n");
        site.Edit("input/findings/study-a/trust-grows.en.md", text => text.Replace("\n---\n\n", "\nRedirectFrom:\n  - /en/findings/older-trust/\n---\n\n"));

        var result = Rename(site, "study-a", "vive-2023");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("# every finding here\nstudy: vive-2023\n", site.Read("input/findings/vive-2023/_directory.yml"));
        byte[] Bytes(string text) => System.Text.Encoding.UTF8.GetBytes(text);
        Assert.Equal(Bytes(course), File.ReadAllBytes(Path.Combine(site.Input, "courses", "first-steps.en.md"))); // refers to no study: untouched

        var finding = Rename(site, "trust-grows", "trust-builds");
        Assert.True(finding.ExitCode == 0, finding.ToString());
        Assert.Equal(Bytes(course.Replace("  - trust-grows\r\n", "  - trust-builds\r\n").Replace("(<xref:trust-grows>)", "(<xref:trust-builds>)")),
            File.ReadAllBytes(Path.Combine(site.Input, "courses", "first-steps.en.md")));
        Assert.StartsWith("---\nid: trust-builds\n", site.Read("input/findings/vive-2023/trust-builds.en.md"));
        Assert.Contains("\nRedirectFrom:\n  - /en/findings/older-trust/\n  - /en/findings/trust-grows/\n---\n", site.Read("input/findings/vive-2023/trust-builds.en.md"));
        var check = site.Run("check");
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void A_study_gets_its_data_file_and_findings_folder_renamed_and_both_languages_old_paths_redirect()
    {
        using var site = new TempSite();

        var result = Rename(site, "study-a", "vive-2023");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("input/studies/study-a.yml → input/studies/vive-2023.yml: id; RedirectFrom /da/studies/study-a/, /en/studies/study-a/", result.Stdout);
        Assert.Contains("input/findings/study-a/ → input/findings/vive-2023/", result.Stdout);
        Assert.Contains("input/findings/study-a/heard.en.md: study", result.Stdout);
        Assert.Contains("input/pages/about.en.md: 1 xref", result.Stdout);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "findings", "study-a")));
        Assert.StartsWith("id: vive-2023\n", site.Read("input/studies/vive-2023.yml"));
        Assert.EndsWith("\nRedirectFrom: [/da/studies/study-a/, /en/studies/study-a/]\n", site.Read("input/studies/vive-2023.yml"));
        var build = site.Run("build");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("url=/da/studies/vive-2023/", File.ReadAllText(Path.Combine(site.Output, "da", "studies", "study-a", "index.html")));
    }

    [Theory]
    [InlineData("no-such-page", "trust-builds", "guidance: no page has the id 'no-such-page'; nothing was renamed")]
    [InlineData("trust-grows", "heard", "guidance: the id 'heard' is already used by input/findings/study-a/heard.da.md; choose another id; nothing was renamed")]
    [InlineData("trust-grows", "Tillid Vokser", "guidance: 'Tillid Vokser' cannot be an id: use lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)")]
    public void A_rename_it_cannot_do_exits_2_with_one_line_and_changes_nothing(string oldId, string newId, string line)
    {
        using var site = new TempSite();
        var before = Files(site);

        var result = Rename(site, oldId, newId);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([line], result.ErrorLines);
        Assert.Empty(result.Stdout);
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(site.Root, f.Key))));
    }

    [Fact]
    public void A_reference_to_a_renamed_id_names_the_new_id()
    {
        using var site = new TempSite();
        Assert.Equal(0, Rename(site, "trust-grows", "trust-builds").ExitCode);
        // A change written before the rename, merged after it, still uses the old id.
        site.Edit("input/guidance/listen-first.en.md", text => text.Replace("findings: [heard, trust-builds]", "findings: [heard, trust-grows]"));
        site.Edit("input/findings/study-a/heard.en.md", text => text.Replace("(xref:trust-builds)", "(xref:trust-grows)"));

        var result = site.Run("check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([
            "input/findings/study-a/heard.en.md:21:53: xref to unknown id 'trust-grows': it was renamed to 'trust-builds'; write that instead",
            "input/guidance/listen-first.en.md:4: unknown finding 'trust-grows': it was renamed to 'trust-builds'; write that instead",
            "guidance: 2 error(s); nothing was written",
        ], result.ErrorLines);
    }

    [Fact]
    public void A_reference_to_an_id_the_ledger_shows_was_published_says_it_was_renamed_or_deleted()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Run("build").ExitCode);
        // Renamed by hand, without RedirectFrom: the ledger still knows the old path.
        foreach (var lang in new[] { "da", "en" })
            site.Edit($"input/findings/study-b/network-helps.{lang}.md", text => text.Replace("id: network-helps", "id: network-shares"));
        site.Edit("input/guidance/listen-first.en.md", text => text.Replace("findings: [heard, trust-grows]", "findings: [heard, trust-grows, network-helps]"));

        var result = site.Run("check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("input/guidance/listen-first.en.md:4: unknown finding 'network-helps': it was published (at '/en/findings/network-helps/') but no page has that id now; if it was renamed, write its new id, and if it was deleted, remove it here", result.ErrorLines);
    }
}
