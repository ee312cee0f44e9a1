using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// A small page at every old path a page lists in <c>RedirectFrom</c> (<see cref="Redirects"/>): a meta refresh,
/// a canonical link and a plain link to the page, and no script (the Content-Security-Policy allows none inline).
/// </summary>
public static class RedirectsPipeline
{
    public const string Name = "redirects";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.Add(ModelPipeline.Name);
        pipeline.ProcessModules.Add(new AddDocuments(context =>
        {
            var model = ModelPipeline.ModelOf(context);
            return Redirects.Collect(model, model.Pages, context).Select(Redirects.PageFor);
        }));
        ContentPipeline.AddRendering(site, pipeline, (redirect, _, page) =>
        {
            var target = redirect.Get<Document>(Redirects.TargetKey)!;
            page["target"] = Link.To(target);
            page["target_absolute"] = new Uri(new Uri(site.Settings.BaseUrl), target.PageUrl()).AbsoluteUri;
        });
        return pipeline;
    }
}
