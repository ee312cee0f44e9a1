using Guidance.Engine;

namespace Guidance.Site.Pipelines;

/// <summary>The list page of a section, one per language (<c>/da/themes/</c>), titled by a UI string.</summary>
public static class IndexPages
{
    public static IEnumerable<Document> For(GuidanceSite site, string kind, string section, string titleKey) =>
        site.Settings.Languages.Select(lang => AssignPage.Identify(site,
            new Document { Source = $"({section} index)" }.With([new("id", kind), new(SiteKeys.Title, site.Strings.Get(lang, titleKey))]),
            kind, lang, section, ""));
}
