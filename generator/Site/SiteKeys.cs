using Guidance.Engine;

namespace Guidance.Site;

/// <summary>The metadata keys the site gives every page, and short ways to read them.</summary>
public static class SiteKeys
{
    public const string Kind = "Kind";
    public const string Lang = "Lang";
    public const string Id = "Id";
    public const string Url = "PageUrl"; // not "Url": a study's front matter uses url for its web address
    public const string Title = "Title";
    public const string Summary = "Summary";

    public static string Id_(this Document d) => d.GetString(Id) ?? "";
    public static string Lang_(this Document d) => d.GetString(Lang) ?? "";
    public static string Kind_(this Document d) => d.GetString(Kind) ?? "";
    public static string Url_(this Document d) => d.GetString(Url) ?? "";
    public static string Title_(this Document d) => d.GetString(Title) ?? d.Id_();
    public static string? Summary_(this Document d) => d.GetString(Summary);
}
