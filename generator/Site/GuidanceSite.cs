using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Templates;
using Guidance.Site.Pipelines;

namespace Guidance.Site;

/// <summary>Where a build reads and writes.</summary>
public sealed record SitePaths(string Input, string Theme, string Output, string Config)
{
    /// <summary>The repository's own folders, found from the current directory upwards.</summary>
    public static SitePaths Default()
    {
        var root = new DirectoryInfo(Environment.CurrentDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "statiq.json"))) root = root.Parent;
        var baseDir = root?.FullName ?? Environment.CurrentDirectory;
        return new SitePaths(Path.Combine(baseDir, "input"), Path.Combine(baseDir, "theme"), Path.Combine(baseDir, "output"), Path.Combine(baseDir, "statiq.json"));
    }
}

/// <summary>
/// The guidance site: its settings, words and layouts, and the pipelines that build it.
/// Theme files come first and input files override them at the same path.
/// </summary>
public sealed class GuidanceSite
{
    public GuidanceSite(SitePaths paths, string outputFolder)
    {
        Paths = paths;
        Settings = SiteSettings.Load(paths.Config);
        FileSystem = new FileSystem([paths.Theme, paths.Input], outputFolder);
        Strings = UiStrings.Load(FileSystem, Settings.Languages);
        Templates = new TemplateSet(FileSystem);
        Cards = new FindingCards(Templates, Strings);
        // Started now, on its own thread, so the git walk overlaps reading and parsing instead of holding up the first page.
        _history = Task.Factory.StartNew(() => FileHistory.Read(paths.Input), TaskCreationOptions.LongRunning);
    }

    private readonly Task<FileHistory> _history;

    public SitePaths Paths { get; }
    public SiteSettings Settings { get; }
    public FileSystem FileSystem { get; }
    public UiStrings Strings { get; }
    public TemplateSet Templates { get; }
    public FindingCards Cards { get; }

    /// <summary>When each input file last changed, read once per build (one git walk).</summary>
    public FileHistory History => _history.Result;

    /// <summary>
    /// The pipelines of the site; without <paramref name="write"/> nothing is written (the check command).
    /// <paramref name="streaming"/>: see <see cref="Engine.Engine.Streaming"/>.
    /// </summary>
    public Engine.Engine CreateEngine(bool write, bool streaming = false, bool runsAgain = false)
    {
        var engine = new Engine.Engine(new EngineServices(Document.EmptyMetadata, FileSystem) { RunsAgain = runsAgain }) { Streaming = streaming };
        engine.Pipelines.AddRange([
            StudiesPipeline.Create(this),
            FindingsPipeline.Create(this),
            ThemesPipeline.Create(this),
            GuidancePipeline.Create(this),
            InfoPagesPipeline.Create(this),
            GlossaryPipeline.Create(this),
            ModelPipeline.Create(this),
            HomePipeline.Create(this),
            WhatsNewPipeline.Create(this),
            FeedPipeline.Create(this),
            TranslationNoticesPipeline.Create(this),
            RedirectsPipeline.Create(this),
            CoursesPipeline.Create(this),
            CitationsPipeline.Create(this),
            SitemapPipeline.Create(this),
            SearchPipeline.Create(this),
            AssetsPipeline.Create(),
            WebAppPipeline.Create(this),
            LinkCheckPipeline.Create(this),
        ]);
        LinkCheckPipeline.DependOnEveryOther(engine.Pipelines);
        if (!write) foreach (var pipeline in engine.Pipelines) pipeline.OutputModules.Clear();
        return engine;
    }

    public string UrlFor(string lang, string section, string slug) =>
        Settings.BasePath + lang + "/" + (section.Length > 0 ? section + "/" : "") + (slug.Length > 0 ? slug + "/" : "");

    /// <summary>A clean URL's file: <c>/da/themes/tillid/</c> is written to <c>da/themes/tillid/index.html</c>.</summary>
    public string DestinationOf(string url) => url[Settings.BasePath.Length..] + "index.html";
}
