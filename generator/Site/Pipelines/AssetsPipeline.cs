using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The theme's and the site's static files (<c>assets/</c>: CSS, JavaScript, images), copied as they are to
/// <c>/assets/</c>. A file in <c>input/assets/</c> overrides the theme's file at the same path.
/// </summary>
public static class AssetsPipeline
{
    public const string Folder = "assets";

    public static Pipeline Create()
    {
        var pipeline = new Pipeline("assets");
        pipeline.InputModules.Add(new CopyFiles(Folder, Folder));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }
}
