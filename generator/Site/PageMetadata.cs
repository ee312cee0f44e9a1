using Guidance.Engine;

namespace Guidance.Site;

/// <summary>Short ways to read the keys the site gives every page (<see cref="SiteKeys"/>).</summary>
public static class PageMetadata
{
    public static string PageId(this Document d) => d.GetString(SiteKeys.Id) ?? "";
    public static string Lang(this Document d) => d.GetString(SiteKeys.Lang) ?? "";
    public static string Kind(this Document d) => d.GetString(SiteKeys.Kind) ?? "";
    public static string PageUrl(this Document d) => d.GetString(SiteKeys.Url) ?? "";
    public static string Title(this Document d) => d.GetString(SiteKeys.Title) ?? d.PageId();
    public static string? Summary(this Document d) => d.GetString(SiteKeys.Summary);
}
