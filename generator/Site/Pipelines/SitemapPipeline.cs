using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;

namespace Guidance.Site.Pipelines;

/// <summary><c>sitemap.xml</c> and <c>robots.txt</c> at the root of the output, from every page the other pipelines made.</summary>
public static class SitemapPipeline
{
    public const string Name = "sitemap";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // The files are known in the process phase, so that links to them are checked; the sitemap needs every page.
        pipeline.ProcessModules.Add(new AddDocuments(_ => [
            new Document { Source = "(sitemap)", Destination = Sitemap.FileName },
            new Document { Source = "(robots.txt)", Destination = "robots.txt", Content = Sitemap.Robots(site.Settings) },
        ]));
        pipeline.PostProcessModules.Add(new SetBytes((document, context) => document.Destination == Sitemap.FileName
            ? Sitemap.Write(context.AllOutputs.Where(d => IsPage(site, d)), ModelPipeline.ModelOf(context))
            : (ReadOnlyMemory<byte>?)null)); // not "null" alone, which would be the empty bytes of a null array
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }

    /// <summary>
    /// A page of the site, written at its own URL: not the root (it only chooses a language), not a data file, and not
    /// a page written somewhere else on another page's behalf (such as a redirect from an old address).
    /// </summary>
    private static bool IsPage(GuidanceSite site, Document document) =>
        document.Kind() is { Length: > 0 } kind && kind != Kinds.Root && site.Types.Of(kind)?.InSitemap != false
        && document.PageUrl() is { Length: > 0 } url && url.StartsWith(site.Settings.BasePath, StringComparison.Ordinal)
        && document.Destination == site.DestinationOf(url);
}
