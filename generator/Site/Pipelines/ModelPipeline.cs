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
    /// <param name="modelOf">How the model is made of the pages: from all of them (<see cref="SiteModel.Of"/>) unless the live site carries its last one over.</param>
    public static Pipeline Create(GuidanceSite site, Func<IReadOnlyList<Document>, BuildContext, SiteModel>? modelOf = null)
    {
        modelOf ??= (pages, context) => SiteModel.Of(site, pages, context);
        // Every content type's pipeline and those making pages of their own: each page the model must know.
        string[] pagePipelines = [.. site.Types.All.Select(t => t.PipelineName), HomePipeline.Name, WhatsNewPipeline.Name, EvidenceMapPipeline.Name, SearchPipeline.Name, ChangelogPipeline.Name, PackPipeline.Name];
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.UnionWith(pagePipelines);
        pipeline.ProcessModules.Add(new AddDocuments(context =>
        {
            // The root page, which only the home pipeline makes, is no page of a language; looking for it among the
            // thousands of other pages cost milliseconds of every rebuild.
            var pages = pagePipelines.SelectMany(p => p == HomePipeline.Name ? context.OutputsOf(p).Where(d => d.Kind() != Kinds.Root) : context.OutputsOf(p)).ToList();
            return [new Document().With(ModelKey, modelOf(pages, context))];
        }));
        return pipeline;
    }

    public static SiteModel ModelOf(BuildContext context) => context.OutputsOf(Name).Single().Get<SiteModel>(ModelKey)!;

    /// <summary>The model of a finished run of the engine.</summary>
    public static SiteModel ModelIn(EngineResult result) => result.Outputs[Name].Single().Get<SiteModel>(ModelKey)!;
}
