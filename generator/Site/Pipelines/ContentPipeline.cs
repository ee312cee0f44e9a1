using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;
using Guidance.Modules.Markdown;
using Guidance.Modules.Metadata;
using Guidance.Modules.Templates;
using Scriban.Runtime;
using Guidance.Site.Modules;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The shape every Markdown kind shares: read <c>&lt;folder&gt;/**/&lt;slug&gt;.&lt;lang&gt;.md</c>, check its front matter,
/// give it an id, language and URL, and parse its body (process); render its body and layout (post-process); write it (output).
/// </summary>
public static class ContentPipeline
{
    /// <param name="withIndex">Adds the type's list page (<see cref="IndexPages"/>), when it has one.</param>
    public static Pipeline Create(GuidanceSite site, ContentType type, Action<Document, SiteModel, ScriptObject> describe, bool withIndex = true)
    {
        var pipeline = new Pipeline(type.PipelineName);
        pipeline.InputModules.Add(new ReadFiles(type.Source, recursive: true, ".md") { ReadLater = true });
        pipeline.ProcessModules.AddRange([
            new ReadContent(),
            new ParseFrontMatter(),
            new ApplyDirectoryMetadata(),
            new AssignPage(site, type),
            new LeaveOutDrafts(site),
            new ParseMarkdown(site.Settings.AllowRawHtml, assetsUrl: site.Settings.BasePath + AssetsPipeline.Folder + "/"),
            new CheckSections(site.Settings),
        ]);
        if (withIndex && type.IndexTitleKey is not null) pipeline.ProcessModules.Add(new AddDocuments(_ => IndexPages.For(site, type)));
        AddRendering(site, pipeline, describe);
        return pipeline;
    }

    /// <summary>
    /// A type the site declares (<see cref="ContentTypes.Load"/>): its pages show their declared fields, a field that
    /// refers to other pages as links to them; its list page lists its pages.
    /// </summary>
    public static Pipeline CreateDeclared(GuidanceSite site, ContentType type) => Create(site, type, (document, model, page) =>
    {
        var lang = document.Lang();
        if (document.Kind() == type.IndexKind)
        {
            page["pages"] = model.OfKind(type.Kind, lang).Select(p => new { Title = p.Title(), Url = p.PageUrl(), Summary = p.Summary() }).ToList();
            return;
        }
        foreach (var field in type.Fields.Except(ContentTypes.CommonFields))
            page[field.Key] = field.RefersTo is null ? document[field.Key]
                : document.GetList(field.Key).Select(id => model.Find(id, lang)).OfType<Document>().Select(Link.To).ToList();
    });

    /// <summary>Post-process and output steps shared by every pipeline that makes pages.</summary>
    public static void AddRendering(GuidanceSite site, Pipeline pipeline, Action<Document, SiteModel, ScriptObject> describe)
    {
        pipeline.PostProcessModules.AddRange([
            new RenderMarkdown(site.Settings.AllowRawHtml,
                (document, context) =>
                {
                    var model = ModelPipeline.ModelOf(context);
                    return id => model.UrlOf(id, document.Lang());
                },
                (document, context) => ModelPipeline.ModelOf(context).TermsIn(document.Lang()),
                document => site.Strings.Get(document.Lang(), "anchor.section"),
                (document, context) => CoursesPipeline.HoldsBodyOf(document, ModelPipeline.ModelOf(context))),
            new RenderPage(site, describe),
            new KeepAnchorIds(),
        ]);
        pipeline.OutputModules.Add(new WriteFiles());
    }
}

