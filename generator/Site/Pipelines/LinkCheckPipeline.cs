using Guidance.Engine;
using Guidance.Site.Modules;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Checks links against every file the build makes (<see cref="CheckLinks"/>), so it depends on every other pipeline:
/// a pipeline added later is seen without a change here, as long as it makes its documents in the process phase.
/// </summary>
public static class LinkCheckPipeline
{
    public const string Name = "link-check";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.ProcessModules.Add(new CheckLinks(site));
        return pipeline;
    }

    /// <summary>Call once every pipeline of the engine is added.</summary>
    public static void DependOnEveryOther(IReadOnlyList<Pipeline> pipelines)
    {
        var check = pipelines.Single(p => p.Name == Name);
        check.Dependencies.UnionWith(pipelines.Where(p => p != check).Select(p => p.Name));
    }
}
