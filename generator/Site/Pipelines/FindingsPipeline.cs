using Guidance.Engine;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Finding pages (<c>findings/&lt;study&gt;/&lt;id&gt;.&lt;lang&gt;.md</c> → <c>/&lt;lang&gt;/findings/&lt;id&gt;/</c>) with their study,
/// evidence label, themes, the guidance citing them and related findings; and the findings index,
/// filterable by perspective and evidence without a server.
/// </summary>
public static class FindingsPipeline
{
    public static Pipeline Create(GuidanceSite site)
    {
        return ContentPipeline.Create(site, ContentTypes.Finding, (finding, model, page) =>
        {
            var lang = finding.Lang();
            if (finding.Kind() == ContentTypes.Finding.IndexKind)
            {
                page["findings"] = model.OfKind(Kinds.Finding, lang).Select(f => site.Cards.For(f, model)).ToList();
                page["perspectives"] = ContentTypes.Perspectives.Select(p => new FilterOption(site.Strings.Get(lang, "perspective." + p), p)).ToList();
                page["evidence_types"] = ContentTypes.EvidenceTypes.Select(e => new FilterOption(site.Strings.Get(lang, "evidence." + e), e)).ToList();
                return;
            }
            var card = site.Cards.For(finding, model);
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
            page["guidance"] = model.RecommendationsCiting(finding.PageId(), lang).Select(Link.To).ToList();
            page["related"] = model.RelatedFindings(finding).Select(f => site.Cards.For(f, model)).ToList();
        });
    }
}
