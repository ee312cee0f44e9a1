using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// The example address the repository ships in statiq.json's <c>BaseUrl</c>. A site built with it works, but every
/// absolute address it prints points nowhere: the QR codes in the course handouts, the sitemap, the feeds and the
/// canonical links. So each build and check warns, at the line to change, until the site has its real address.
/// </summary>
public static class PlaceholderAddress
{
    public const string Host = "guidance.example.org";

    public static bool IsIn(SiteSettings settings) => new Uri(settings.BaseUrl).Host.Equals(Host, StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<ContentError> Warning(GuidanceSite site)
    {
        if (IsIn(site.Settings) && File.Exists(site.Paths.Config))
            yield return new ContentError(SiteSettings.LocationOf(site.Paths.Config, "BaseUrl"), Say.PlaceholderBaseUrl(site.Settings.BaseUrl), Severity.Warning);
    }
}
