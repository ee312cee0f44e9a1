using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Finding pages (<c>findings/&lt;study&gt;/&lt;id&gt;.&lt;lang&gt;.md</c> → <c>/&lt;lang&gt;/findings/&lt;id&gt;/</c>) with their study,
/// evidence label, themes, the guidance citing them and related findings; and the findings index,
/// filterable by perspective and evidence without a server.
/// </summary>
public static class FindingsPipeline
{
    public const string Name = "findings";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = ContentPipeline.Create(site, Name, "findings", ContentSchema.Finding, "findings", (finding, model, page) =>
        {
            var lang = finding.Lang_();
            if (finding.Kind_() == "findings-index")
            {
                page["findings"] = model.OfKind("finding", lang).Select(f => site.Cards.Of(f, model)).ToList();
                page["perspectives"] = ContentSchema.Perspectives.Select(p => new Link(site.Strings.Get(lang, "perspective." + p), p)).ToList();
                page["evidence_types"] = ContentSchema.EvidenceTypes.Select(e => new Link(site.Strings.Get(lang, "evidence." + e), e)).ToList();
                return;
            }
            var card = site.Cards.Of(finding, model);
            var study = model.Find(finding.GetString("study")!, lang);
            page["card"] = card;
            page["study"] = card.Study;
            page["sample"] = study?.GetString("sample");
            page["design"] = study?.GetString("design");
            var labels = model.UrlOf("evidence-labels", lang);
            page["evidence_url"] = labels is null ? null : labels + "#" + card.Evidence;
            page["basis_url"] = labels is null ? null : labels + "#basis";
            page["confidence_url"] = labels is null ? null : labels + "#confidence";
            page["peer_reviewed"] = study?.GetString("peer_reviewed") != "false";
            page["confidence"] = Confidence.Of(finding);
            page["themes"] = card.Themes;
            page["guidance"] = model.GuidanceCiting(finding.Id_(), lang).Select(RenderPage.LinkTo).ToList();
            page["related"] = model.RelatedFindings(finding).Select(f => site.Cards.Of(f, model)).ToList();
        });
        pipeline.ProcessModules.Add(new AddDocuments(_ => IndexPages.For(site, "findings-index", "findings", "nav.findings")));
        return pipeline;
    }
}
