using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// The page that stands in for a missing translation ("Denne side findes kun på engelsk") when
/// <c>Validation.MissingTranslations</c> is warning or off. It sits at the URL the translation would have: the
/// existing version's URL in the other language, with the id as its last segment (a slug belongs to its language).
/// </summary>
public static class TranslationNotice
{
    public const string Kind = "missing-translation";

    /// <summary>The version that exists, which the notice links to.</summary>
    public const string OriginalKey = "TranslationOf";

    public static bool Is(Document page) => page.Kind() == Kind;

    public static Document For(Document existing, string lang, SiteSettings settings)
    {
        // "/da/findings/heard/" → ["da", "findings", "heard"]: keep the section, swap the language and the slug.
        var segments = existing.PageUrl()[settings.BasePath.Length..].Trim('/').Split('/');
        var section = string.Concat(segments.Skip(1).SkipLast(1).Select(s => s + "/"));
        var path = $"/{lang}/{section}{existing.PageId()}/";
        return new Document { Source = existing.Source, Destination = SitePath.ToDestination(path) }.With([
            new(SiteKeys.Kind, Kind),
            new(SiteKeys.Lang, lang),
            new(SiteKeys.Id, existing.PageId()),
            new(SiteKeys.Url, SitePath.ToUrl(settings, path)),
            new(SiteKeys.Title, existing.Title()),
            new(OriginalKey, existing),
        ]);
    }
}
