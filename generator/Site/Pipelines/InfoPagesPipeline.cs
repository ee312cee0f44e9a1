namespace Guidance.Site.Pipelines;

/// <summary>Plain pages such as "about" (<c>pages/&lt;slug&gt;.&lt;lang&gt;.md</c> → <c>/&lt;lang&gt;/&lt;slug&gt;/</c>).</summary>
public static class InfoPagesPipeline
{
    public static Engine.Pipeline Create(GuidanceSite site) => ContentPipeline.Create(site, ContentTypes.Page, (_, _, _) => { });
}
