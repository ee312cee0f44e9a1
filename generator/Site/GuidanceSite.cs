using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Search;
using Guidance.Modules.Templates;
using Guidance.Site.Pipelines;

namespace Guidance.Site;

/// <summary>
/// The guidance site: its settings, words and layouts, and the pipelines that build it.
/// Theme files come first and input files override them at the same path.
/// </summary>
public sealed class GuidanceSite
{
    /// <param name="pdf">Make each course's PDF handout (false for <c>--no-pdf</c>).</param>
    public GuidanceSite(SitePaths paths, string outputFolder, bool pdf = true)
    {
        Paths = paths;
        MakesPdf = pdf;
        Settings = SiteSettings.Load(paths.Config);
        FileSystem = new FileSystem([paths.Theme, paths.Input], outputFolder);
        Types = ContentTypes.Load(FileSystem, Settings.Languages);
        Strings = UiStrings.Load(FileSystem, Settings.Languages, Types);
        Templates = new TemplateSet(FileSystem);
        Cards = new FindingCards(Templates, Strings);
        // Started now, on its own thread, so the git walk overlaps reading and parsing instead of holding up the first page.
        _history = Task.Factory.StartNew(() => FileHistory.Read(paths.Input, FileSystem.LastWriteTimeUtc), TaskCreationOptions.LongRunning);
    }

    private readonly Task<FileHistory> _history;

    public SitePaths Paths { get; }
    public SiteSettings Settings { get; }
    public ContentTypes Types { get; }
    public FileSystem FileSystem { get; }
    public UiStrings Strings { get; }
    public TemplateSet Templates { get; }
    public FindingCards Cards { get; }

    /// <summary>Whether this build has Node, so it may make the browser editor at <c>/admin/</c> (<see cref="Cms.CmsAdmin"/>).</summary>
    public bool HasNode { get; init; }

    /// <summary>Whether the editor saves into the input folder (<c>serve --edit</c>) rather than through GitHub.</summary>
    public bool EditsLocally { get; init; }

    /// <summary>Whether the build makes the editor at <c>/admin/</c>, so pages may link to their entries in it.</summary>
    public bool MakesEditor => HasNode && Cms.CmsAdmin.Wanted(Settings, EditsLocally);

    /// <summary>Whether pages with <c>draft: true</c> are built, marked as drafts (the preview server), or left out.</summary>
    public bool ShowDrafts { get; init; }

    /// <summary>The drafts this build left out.</summary>
    public Drafts Drafts { get; } = new();

    /// <summary>Whether the build makes the courses' PDF handouts (<see cref="Handouts.HandoutPdf"/>).</summary>
    public bool MakesPdf { get; }

    /// <summary>When each input file last changed, read once per build (one git walk).</summary>
    public FileHistory History => _history.Result;

    /// <summary>
    /// The pipelines of the site; without <paramref name="write"/> nothing is written (the check command).
    /// <paramref name="streaming"/>: see <see cref="Engine.Engine.Streaming"/>; <paramref name="modelOf"/>: see <see cref="ModelPipeline.Create"/>.
    /// </summary>
    public Engine.Engine CreateEngine(bool write, bool streaming = false, Func<IReadOnlyList<Document>, BuildContext, SiteModel>? modelOf = null)
    {
        var engine = new Engine.Engine(new EngineServices(FileSystem)) { Streaming = streaming };
        engine.Pipelines.AddRange(Types.All.Select(PipelineOf));
        engine.Pipelines.AddRange([
            ModelPipeline.Create(this, modelOf),
            HomePipeline.Create(this),
            WhatsNewPipeline.Create(this),
            EvidenceMapPipeline.Create(this),
            FeedPipeline.Create(this),
            TranslationNoticesPipeline.Create(this),
            UpkeepPipeline.Create(this),
            ChangelogPipeline.Create(this),
            ChangelogFeedPipeline.Create(this),
            RedirectsPipeline.Create(this),
            CitationsPipeline.Create(this),
            CourseFilesPipeline.Create(this, draw: write),
            SitemapPipeline.Create(this),
            SearchPipeline.Create(this),
            ReadabilityPipeline.Create(this),
            PackPipeline.Create(this),
            PackPipeline.CreateData(this),
            AssetsPipeline.Create(),
            WebAppPipeline.Create(this),
            LinkCheckPipeline.Create(this),
        ]);
        LinkCheckPipeline.DependOnEveryOther(engine.Pipelines);
        foreach (var pipeline in engine.Pipelines.Where(p => ListsTheWholeSite.Contains(p.Name))) pipeline.PostProcessLast = true;
        if (!write) foreach (var pipeline in engine.Pipelines) pipeline.OutputModules.Clear();
        return engine;
    }

    /// <summary>
    /// The pipelines whose pages and files grow with the whole site (theme and study pages list every finding of theme or
    /// study, the sitemap every page): post-processed after the others, once the findings have let go of their bodies.
    /// </summary>
    private static readonly HashSet<string> ListsTheWholeSite = new([
        ContentTypes.Theme.PipelineName, ContentTypes.Study.PipelineName, ChangelogPipeline.Name, ChangelogFeedPipeline.Name,
        SitemapPipeline.Name, EvidenceMapPipeline.Name, PackPipeline.DataName, SearchPipeline.Name, WhatsNewPipeline.Name,
        FeedPipeline.Name,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>The pipeline reading a content type's files: the built-in types' own, a generic one for those the site declares.</summary>
    private Pipeline PipelineOf(ContentType type) => type.Kind switch
    {
        Kinds.Study => StudiesPipeline.Create(this),
        Kinds.Finding => FindingsPipeline.Create(this),
        Kinds.Theme => ThemesPipeline.Create(this),
        Kinds.Recommendation => RecommendationsPipeline.Create(this),
        Kinds.Page => InfoPagesPipeline.Create(this),
        Kinds.Glossary => GlossaryPipeline.Create(this),
        Kinds.Course => CoursesPipeline.Create(this),
        _ => ContentPipeline.CreateDeclared(this, type),
    };

    public string UrlFor(string lang, string section, string slug) =>
        Settings.BasePath + lang + "/" + (section.Length > 0 ? section + "/" : "") + (slug.Length > 0 ? slug + "/" : "");

    /// <summary>A page of the site: its kind, language, id and URL, and the file it is written to.</summary>
    public Document Identify(Document page, string kind, string lang, string section, string slug)
    {
        var url = UrlFor(lang, section, slug);
        return page.With([
            new(SiteKeys.Kind, kind),
            new(SiteKeys.Lang, lang),
            new(SiteKeys.Id, page.GetString("id") ?? page.PageId()),
            new(SiteKeys.Url, url),
        ]) with { Destination = DestinationOf(url) };
    }

    /// <summary>A clean URL's file: <c>/da/themes/tillid/</c> is written to <c>da/themes/tillid/index.html</c>.</summary>
    public string DestinationOf(string url) => url[Settings.BasePath.Length..] + "index.html";
}
