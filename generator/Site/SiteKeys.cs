namespace Guidance.Site;

/// <summary>The metadata keys the site gives every page; <see cref="PageMetadata"/> reads them.</summary>
public static class SiteKeys
{
    public const string Kind = "Kind";
    public const string Lang = "Lang";
    public const string Id = "Id";
    public const string Url = "PageUrl"; // not "Url": a study's front matter uses url for its web address
    public const string Title = "Title";
    public const string Summary = "Summary";
    public const string Standalone = "Standalone"; // a page whose layout is the whole document, not wrapped in base.html
}
