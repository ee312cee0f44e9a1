using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;
using Guidance.Modules.Offline;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The installable app of each language: its manifest (<see cref="WebAppManifest"/>), the icons, and a service worker
/// that keeps nothing (<see cref="OnlineOnlyWorker"/>) until the offline step, after the search index, replaces it.
/// </summary>
public static class WebAppPipeline
{
    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline("web-app");
        pipeline.InputModules.Add(new CopyFiles(WebAppManifest.IconsFolder, WebAppManifest.IconsFolder));
        pipeline.ProcessModules.Add(new AddDocuments(_ => site.Settings.Languages.SelectMany(language => new[]
        {
            new Document
            {
                Source = $"({WebAppManifest.FileName}, {language})",
                Destination = WebAppManifest.PathIn(language),
                Content = WebAppManifest.Write(site.Settings, language, site.Strings.Get(language, "app.description")),
            },
            new Document { Source = $"({Workbox.WorkerOf(language)})", Destination = Workbox.WorkerOf(language), Content = OnlineOnlyWorker.Script },
        })));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }
}
