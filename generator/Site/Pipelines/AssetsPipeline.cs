using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Site.Pipelines;

/// <summary>The theme's and the site's static files (<c>assets/</c>), copied as they are.</summary>
public static class AssetsPipeline
{
    public static Pipeline Create()
    {
        var pipeline = new Pipeline("assets");
        pipeline.InputModules.Add(new CopyFiles("assets", "assets"));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }
}
