using Guidance.Site;

namespace Guidance.Tests.Site;

public sealed class SitePathTests
{
    [Theory]
    [InlineData("/da/themes/old/", "/da/themes/old/")]
    [InlineData("da/themes/old", "/da/themes/old/")]
    [InlineData(" /da/old.html ", "/da/old.html")]
    [InlineData("/en/feed.xml", "/en/feed.xml")]
    public void A_written_path_is_read_into_its_clean_form(string written, string clean)
    {
        Assert.True(SitePath.TryNormalize(written, out var path, out var problem), problem);
        Assert.Equal(clean, path);
    }

    [Theory]
    [InlineData("../../x", "leaves the output folder")]
    [InlineData("/da/../../x/", "leaves the output folder")]
    [InlineData("/da/../x/", "is not a clean site path")]
    [InlineData("/da/old page/", "is not a clean site path")]
    [InlineData("/da/ø/", "is not a clean site path")]
    [InlineData("/da/x/?q=1", "is not a clean site path")]
    [InlineData("/", "is not a clean site path")]
    [InlineData("https://example.org/x/", "is a full URL, not a path on this site")]
    [InlineData("//example.org/x/", "is a full URL, not a path on this site")]
    public void A_path_outside_the_site_or_with_odd_characters_is_refused_with_the_reason(string written, string reason)
    {
        Assert.False(SitePath.TryNormalize(written, out _, out var problem));
        Assert.StartsWith(reason, problem);
    }

    [Theory]
    [InlineData("da/x/index.html", "/da/x/")]
    [InlineData("index.html", "/")]
    [InlineData("da/feed.xml", "/da/feed.xml")]
    public void A_destination_and_its_path_map_both_ways(string destination, string path)
    {
        Assert.Equal(path, SitePath.FromDestination(destination));
        Assert.Equal(destination, SitePath.ToDestination(path));
    }
}
