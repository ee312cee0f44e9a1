using Guidance.Tests.Support;

namespace Guidance.Tests.Cli;

/// <summary>
/// A site still at the example address the repository ships (<c>https://guidance.example.org/</c>) builds, but every
/// build and check says, at the line of statiq.json to change, what points at that address.
/// </summary>
public sealed class PlaceholderAddressTests
{
    private const string Warning = "statiq.json:3: warning: BaseUrl is still the example address https://guidance.example.org/, so the QR codes in the course handouts, "
        + "the sitemap, the feeds and the canonical links point there; change this one line to the site's real address, like \"BaseUrl\": \"https://<the site's address>/\"";

    private static TempSite AtTheExampleAddress(IReadOnlyDictionary<string, string>? language = null)
    {
        var site = new TempSite();
        if (language is not null) site.LanguageEnvironment = language;
        site.Edit("statiq.json", text => text.Replace("https://fixture.example.org/", "https://guidance.example.org/"));
        return site;
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void Build_and_check_warn_at_the_line_to_change_and_still_succeed(string command)
    {
        using var site = AtTheExampleAddress();
        var result = site.Run(command);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Warning, result.ErrorLines);
    }

    [Fact]
    public void A_danish_site_is_told_in_danish()
    {
        using var site = AtTheExampleAddress(new Dictionary<string, string>());
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("statiq.json:3: advarsel: BaseUrl er stadig eksempeladressen https://guidance.example.org/, så QR-koderne i kursusmaterialet, sitemappet, "
            + "feeds og de kanoniske links peger derhen; ret denne ene linje til sitets rigtige adresse, fx \"BaseUrl\": \"https://<sitets adresse>/\"", result.ErrorLines);
    }

    [Fact]
    public void A_site_with_its_own_address_is_not_warned()
    {
        using var site = new TempSite();
        var result = site.Run("check");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(result.ErrorLines, line => line.Contains("BaseUrl", StringComparison.Ordinal));
    }
}
