using System.Text.RegularExpressions;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// What the build leaves for the service workers: with the search index, a worker per language listing that language's
/// pages and index with content hashes, which a new build changes; without it, a worker that keeps nothing.
/// </summary>
public sealed class OfflineCopyTests
{
    [Fact]
    public void A_new_build_after_an_edit_gives_the_edited_page_a_new_revision_so_readers_get_it()
    {
        using var site = new TempSite().WithSearch();
        var first = site.Run("build");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"guidance: offline copy \(Workbox\): da \d+ files, \d+ KB; en \d+ files, \d+ KB, in \d+ ms of the build", first.Stdout);
        var before = site.Read("output/sw-da.js");
        // The Danish worker keeps the Danish pages and index, and nothing of the English ones.
        Assert.Contains("\"url\":\"da/findings/heard/index.html\"", before);
        Assert.Contains("\"url\":\"pagefind/wasm.da.pagefind\"", before);
        Assert.DoesNotContain("\"url\":\"en/", before);
        Assert.DoesNotContain("wasm.en.pagefind", before);

        site.Edit("input/findings/study-a/heard.da.md", text => text.Replace("title: \"", "title: \"Nyt: "));
        var second = site.Run("build");
        Assert.True(second.ExitCode == 0, second.ToString());
        var after = site.Read("output/sw-da.js");

        Assert.NotEqual(Revision(before, "da/findings/heard/index.html"), Revision(after, "da/findings/heard/index.html"));
        Assert.Equal(Revision(before, "da/studies/study-b/index.html"), Revision(after, "da/studies/study-b/index.html"));
    }

    [Fact]
    public void A_build_without_the_search_index_leaves_a_worker_per_language_that_keeps_nothing()
    {
        using var site = new TempSite();
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("offline copy", result.Stdout);
        foreach (var language in new[] { "da", "en" })
        {
            var worker = site.Read($"output/sw-{language}.js");
            Assert.Contains("Built without the offline copy", worker);
            Assert.DoesNotContain("importScripts", worker);
        }
        Assert.False(Directory.Exists(Path.Combine(site.Output, "workbox")));
    }

    private static string Revision(string worker, string url) =>
        Regex.Match(worker, $"\\{{\"revision\":\"([0-9a-f]+)\",\"url\":\"{Regex.Escape(url)}\"\\}}") is { Success: true } match ? match.Groups[1].Value
        : throw new Xunit.Sdk.XunitException($"{url} is not in the worker's list");
}
