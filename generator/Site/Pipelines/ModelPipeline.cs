using Guidance.Engine;
using Guidance.Modules.Content;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Builds the <see cref="SiteModel"/> once every content pipeline has read its files. Post-process
/// modules of every pipeline read it from here to render links, lists and cross-references.
/// </summary>
public static class ModelPipeline
{
    public const string Name = "model";
    private const string ModelKey = "SiteModel";
    public static Pipeline Create(GuidanceSite site)
    {
        // Every content type's pipeline and those making pages of their own: each page the model must know.
        string[] pagePipelines = [.. site.Types.All.Select(t => t.PipelineName), HomePipeline.Name, WhatsNewPipeline.Name, EvidenceMapPipeline.Name, SearchPipeline.Name, PackPipeline.Name];
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.UnionWith(pagePipelines);
        SiteModel? previous = null; // the model of the engine's last run, kept only when it runs again
        pipeline.ProcessModules.Add(new AddDocuments(context =>
        {
            // The root page, which only the home pipeline makes, is no page of a language; looking for it among the
            // thousands of other pages cost milliseconds of every rebuild.
            var pages = pagePipelines.SelectMany(p => p == HomePipeline.Name ? context.OutputsOf(p).Where(d => d.Kind() != Kinds.Root) : context.OutputsOf(p)).ToList();
            var cultures = site.Settings.Languages.ToDictionary(l => l, site.Strings.CultureOf);
            var model = SiteModel.Of(site.Settings, site.Types, cultures, pages, context, previous);
            if (context.RunsAgain) previous = model;
            return [new Document().With(ModelKey, model)];
        }));
        return pipeline;
    }

    public static SiteModel ModelOf(BuildContext context) => context.OutputsOf(Name).Single().Get<SiteModel>(ModelKey)!;
}
