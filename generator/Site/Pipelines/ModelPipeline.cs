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
    public static readonly string[] ContentPipelines =
        [StudiesPipeline.Name, FindingsPipeline.Name, ThemesPipeline.Name, GuidancePipeline.Name, InfoPagesPipeline.Name, GlossaryPipeline.Name, HomePipeline.Name, CoursesPipeline.Name, WhatsNewPipeline.Name, SearchPipeline.Name];

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.UnionWith(ContentPipelines);
        pipeline.ProcessModules.Add(new AddDocuments(context =>
        {
            var pages = ContentPipelines.SelectMany(context.OutputsOf).Where(d => d.Kind_() != "root");
            var cultures = site.Settings.Languages.ToDictionary(l => l, site.Strings.CultureOf);
            return [new Document().With(ModelKey, new SiteModel(site.Settings, cultures, pages, context))];
        }));
        return pipeline;
    }

    public static SiteModel ModelOf(BuildContext context) => context.OutputsOf(Name).Single().Get<SiteModel>(ModelKey)!;
}
