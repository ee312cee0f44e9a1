namespace Guidance.Site.Pipelines;

/// <summary>
/// Recommendations (<c>guidance/&lt;id&gt;.&lt;lang&gt;.md</c> → <c>/&lt;lang&gt;/guidance/&lt;id&gt;/</c>) with the findings they rest on,
/// each with its study and evidence label; and the index of all recommendations.
/// </summary>
public static class RecommendationsPipeline
{
    public static Engine.Pipeline Create(GuidanceSite site) =>
        ContentPipeline.Create(site, ContentTypes.Recommendation, (recommendation, model, page) =>
        {
            var lang = recommendation.Lang();
            if (recommendation.Kind() == ContentTypes.Recommendation.IndexKind)
            {
                page["recommendations"] = model.OfKind(Kinds.Recommendation, lang).Select(g => new
                {
                    Title = g.Title(), Url = g.PageUrl(), Summary = g.Summary(), Themes = FindingCard.ThemeLinks(g, model),
                }).ToList();
                return;
            }
            page["findings"] = recommendation.GetList("findings").Select(id => model.Find(id, lang)).OfType<Engine.Document>()
                .Select(f => site.Cards.For(f, model)).ToList();
            page["themes"] = FindingCard.ThemeLinks(recommendation, model);
        });
}
