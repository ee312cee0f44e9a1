using Guidance.Engine;

namespace Guidance.Site.Pipelines;

/// <summary>The list page of a content type, one per language (<c>/da/themes/</c>), titled by its <see cref="ContentType.IndexTitleKey"/>.</summary>
public static class IndexPages
{
    public static IEnumerable<Document> For(GuidanceSite site, ContentType type) =>
        site.Settings.Languages.Select(lang => site.Identify(new Document { Source = $"({type.Section} index)" }.With([new("id", type.IndexKind), new(SiteKeys.Title, site.Strings.Get(lang, type.IndexTitleKey!))]),
            type.IndexKind, lang, type.Section, ""));
}
