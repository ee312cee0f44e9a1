namespace Guidance.Site.Pipelines;

/// <summary>
/// Theme pages (<c>themes/&lt;id&gt;.&lt;lang&gt;.md</c> → <c>/&lt;lang&gt;/themes/&lt;id&gt;/</c>) listing their findings by study, the guidance
/// that draws on them and related themes by co-occurrence; and the index of all themes.
/// </summary>
public static class ThemesPipeline
{
    public static Engine.Pipeline Create(GuidanceSite site)
    {
        return ContentPipeline.Create(site, ContentTypes.Theme, (theme, model, page) =>
        {
            var lang = theme.Lang();
            if (theme.Kind() == ContentTypes.Theme.IndexKind)
            {
                page["themes"] = model.OfKind(Kinds.Theme, lang).Select(t => new
                {
                    Title = t.Title(), Url = t.PageUrl(), Summary = t.Summary(),
                    Findings = model.FindingsOfTheme(t.PageId(), lang).Count,
                    Studies = model.FindingsOfTheme(t.PageId(), lang).Select(f => f.GetString("study")).Distinct().Count(),
                }).ToList();
                return;
            }
            var findings = model.FindingsOfTheme(theme.PageId(), lang);
            page["findings_by_study"] = FindingCard.Group(findings, f => [f.GetString("study")!], model, site.Cards);
            page["study_count"] = findings.Select(f => f.GetString("study")).Distinct().Count();
            page["finding_count"] = findings.Count;
            page["guidance"] = model.RecommendationsOfTheme(theme.PageId(), lang).Select(Link.To).ToList();
            page["related_themes"] = model.RelatedThemes(theme.PageId(), lang).Select(Link.To).ToList();
        });
    }
}
