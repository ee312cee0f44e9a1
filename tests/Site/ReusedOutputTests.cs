using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// A build starts from the output the one before it replaced (<c>.output.previous</c>): it rewrites only the files that
/// changed and removes what it no longer makes, and what it publishes is exactly what a build from nothing publishes.
/// </summary>
public sealed class ReusedOutputTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Previous => Path.Combine(_site.Root, ".output.previous");

    /// <summary>A build again with nothing changed would leave the output as it is (NoChangeRebuildTests); without the record it is a full one.</summary>
    private void ForgetTheLastBuild() => Directory.Delete(Path.Combine(_site.Root, ".output.build-record"), recursive: true);

    [Fact]
    public void A_build_from_the_previous_output_publishes_what_a_build_from_nothing_does_and_leaves_unchanged_files_alone()
    {
        Assert.Equal(0, _site.Run("build").ExitCode);
        var about = Path.Combine(_site.Output, "en", "about", "index.html");
        var firstWritten = File.GetLastWriteTimeUtc(about);
        ForgetTheLastBuild();
        Assert.Equal(0, _site.Run("build").ExitCode);
        Assert.True(Directory.Exists(Previous), "the replaced output is kept for the next build");

        // An editor removes a finding (and, for this test, the record that it was published) and retitles a theme.
        File.Delete(Path.Combine(_site.Input, "findings", "study-b", "network-helps.da.md"));
        File.Delete(Path.Combine(_site.Input, "findings", "study-b", "network-helps.en.md"));
        File.Delete(Path.Combine(_site.Input, "published-urls.txt"));
        _site.Edit("input/themes/tillid.en.md", text => text.Replace("title: \"Trust\"", "title: \"Trust, rewritten\""));
        var third = _site.Run("build");
        Assert.True(third.ExitCode == 0, third.ToString());
        var reused = FolderSnapshot.Of(_site.Output);

        Assert.DoesNotContain(reused.Keys, path => path.Contains("network-helps"));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "en", "findings", "network-helps")), "a folder left empty is removed too");
        Assert.Contains("Trust, rewritten", File.ReadAllText(Path.Combine(_site.Output, "en", "themes", "tillid", "index.html")));
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(about)); // the first build's file, never rewritten

        Directory.Delete(_site.Output, recursive: true);
        Directory.Delete(Previous, recursive: true);
        Assert.Equal(0, _site.Run("build").ExitCode);
        Assert.Equal(FolderSnapshot.Of(_site.Output), reused);
    }

    [Fact]
    public void A_build_without_search_after_one_with_search_publishes_no_search_index()
    {
        _site.WithSearch();
        Assert.Equal(0, _site.Run("build").ExitCode);
        ForgetTheLastBuild();
        Assert.Equal(0, _site.Run("build").ExitCode);
        Assert.True(Directory.Exists(Path.Combine(Previous, "pagefind")));

        Assert.Equal(0, _site.Run("build", "--no-search").ExitCode);

        Assert.False(Directory.Exists(Path.Combine(_site.Output, "pagefind")), "an old search index would find pages that may be gone");
    }
}
