using System.Net;
using Guidance.Cli;
using Guidance.Site;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Nothing is lost: a build that dies or fails leaves the published site exactly as it was, its staging folder is
/// cleaned up by the next build, and the preview server keeps serving the last good build while content is broken.
/// </summary>
public sealed class NothingLostTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Staging(string prefix = ".output.staging-") =>
        Assert.Single(Directory.GetDirectories(_site.Root, prefix + "*"));

    /// <summary>A folder as a build makes it, with the marker that says it is the tool's.</summary>
    private string Marked(string name)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_site.Root, name)).FullName;
        OutputFolder.Mark(folder);
        return folder;
    }

    [Fact]
    public async Task A_build_killed_before_its_swap_leaves_the_previous_output_byte_for_byte_and_the_next_build_cleans_up()
    {
        Assert.Equal(0, _site.Run("build").ExitCode);
        var before = FolderSnapshot.Of(_site.Output);
        _site.Edit("input/themes/tillid.en.md", text => text.Replace("title: \"Trust\"", "title: \"Trust, rewritten\""));

        using (var build = new CliProcess(_site, new Dictionary<string, string> { [GuidanceCommand.HoldBeforeSwapVariable] = "1" }, "build"))
        {
            var holding = await build.ErrorLineStartingWith(GuidanceCommand.HoldingLine, Patience);
            var staging = holding[GuidanceCommand.HoldingLine.Length..];
            // The child wrote the whole new site into its staging folder: the kill lands in the middle of a real build.
            Assert.Contains("Trust, rewritten", File.ReadAllText(Path.Combine(staging, "en", "themes", "tillid", "index.html")));
            await build.KillAsync();
        }

        Assert.Equal(before, FolderSnapshot.Of(_site.Output));
        var leftover = Staging();
        Assert.False(leftover.StartsWith(_site.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal), "staging must never be inside the served folder");

        var next = _site.Run("build");

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.False(Directory.Exists(leftover), "the next build must delete the killed build's staging folder");
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.staging-*"));
        Assert.Contains("Trust, rewritten", File.ReadAllText(Path.Combine(_site.Output, "en", "themes", "tillid", "index.html")));
    }

    [Fact]
    public void Leftovers_of_ended_builds_are_removed_and_a_running_build_keeps_its_staging_folder()
    {
        Directory.CreateDirectory(_site.Output);
        var dead = Marked(".output.staging-999999999-0badf00d");
        var deadOld = Marked("output.old-999999999");
        var running = Marked($".output.staging-{Environment.ProcessId}-0000cafe");
        var unrelated = Marked(".other.staging-999999999-0badf00d");

        StagedOutput.RemoveLeftovers(_site.Output);

        Assert.False(Directory.Exists(dead));
        Assert.False(Directory.Exists(deadOld));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public void An_old_output_left_without_an_output_by_a_killed_swap_is_put_back()
    {
        var old = Marked("output.old-999999999");
        File.WriteAllText(Path.Combine(old, "index.html"), "the last published site");

        StagedOutput.RemoveLeftovers(_site.Output);

        Assert.False(Directory.Exists(old));
        Assert.Equal("the last published site", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
    }

    [Fact]
    public async Task The_preview_server_keeps_serving_the_last_good_build_while_content_is_broken()
    {
        var stdout = new LineWriter();
        var stderr = new LineWriter();
        await using var server = await PreviewServer.StartAsync(_site.Paths, 0, stdout, stderr);
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };
        Assert.Contains("<h1>Trust</h1>", await http.GetStringAsync("/en/themes/tillid/"));

        var failed = stderr.NextLineContaining("nothing was published", Patience);
        _site.Edit("input/themes/tillid.en.md", text => text.Replace("title: \"Trust\"", "title: \"Broken"));
        await failed;

        Assert.Contains("input/themes/tillid.en.md:3:8: malformed YAML", stderr.ToString());
        var response = await http.GetAsync("/en/themes/tillid/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Trust</h1>", await response.Content.ReadAsStringAsync());

        var rebuilt = stdout.NextLineContaining("guidance: rebuilt", Patience);
        _site.Edit("input/themes/tillid.en.md", text => text.Replace("title: \"Broken", "title: \"Trust, mended\""));
        await rebuilt;

        Assert.Contains("<h1>Trust, mended</h1>", await http.GetStringAsync("/en/themes/tillid/"));
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.staging-*"));
    }
}
