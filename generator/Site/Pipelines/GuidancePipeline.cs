using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Recommendations (<c>guidance/&lt;id&gt;.&lt;lang&gt;.md</c> → <c>/&lt;lang&gt;/guidance/&lt;id&gt;/</c>) with the findings they rest on,
/// each with its study and evidence label; and the index of all recommendations.
/// </summary>
public static class GuidancePipeline
{
    public const string Name = "guidance";

    public static Engine.Pipeline Create(GuidanceSite site)
    {
        var pipeline = ContentPipeline.Create(site, Name, "guidance", ContentSchema.Recommendation, "guidance", (guidance, model, page) =>
        {
            var lang = guidance.Lang_();
            if (guidance.Kind_() == "guidance-index")
            {
                page["recommendations"] = model.OfKind("guidance", lang).Select(g => new
                {
                    Title = g.Title_(), Url = g.Url_(), Summary = g.Summary_(), Themes = FindingCard.ThemeLinks(g, model),
                }).ToList();
                return;
            }
            page["findings"] = guidance.GetList("findings").Select(id => model.Find(id, lang)).OfType<Engine.Document>()
                .Select(f => site.Cards.Of(f, model)).ToList();
            page["themes"] = FindingCard.ThemeLinks(guidance, model);
        });
        pipeline.ProcessModules.Add(new AddDocuments(_ => IndexPages.For(site, "guidance-index", "guidance", "nav.guidance")));
        return pipeline;
    }
}
