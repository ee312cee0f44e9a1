using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>The real site from input/ builds without errors and every link in it resolves.</summary>
public sealed class RealSiteTests
{
    [Fact]
    public void The_real_site_builds_and_every_internal_link_resolves()
    {
        using var site = new TempSite(Repo.Root);
        var result = site.Run("build");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
        Assert.True(File.Exists(Path.Combine(site.Output, "da", "findings", "emotional-asymmetry", "index.html")));
    }
}
