using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;
using Guidance.Modules.Markdown;
using Guidance.Modules.Metadata;
using Guidance.Modules.Templates;
using Scriban.Runtime;

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
        pipeline.InputModules.Add(new ReadFiles(type.Source, recursive: true, ".md"));
        pipeline.ProcessModules.AddRange([
            new ParseFrontMatter(),
            new ApplyDirectoryMetadata(),
            new AssignPage(site, type),
            new ParseMarkdown(site.Settings.AllowRawHtml, assetsUrl: site.Settings.BasePath + AssetsPipeline.Folder + "/"),
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
        var lang = document.Lang_();
        if (document.Kind_() == type.IndexKind)
        {
            page["pages"] = model.OfKind(type.Kind, lang).Select(p => new { Title = p.Title_(), Url = p.Url_(), Summary = p.Summary_() }).ToList();
            return;
        }
        foreach (var field in type.Fields.Except(ContentTypes.CommonFields))
            page[field.Key] = field.RefersTo is null ? document[field.Key]
                : document.GetList(field.Key).Select(id => model.Find(id, lang)).OfType<Document>().Select(RenderPage.LinkTo).ToList();
    });

    /// <summary>Post-process and output steps shared by every pipeline that makes pages.</summary>
    public static void AddRendering(GuidanceSite site, Pipeline pipeline, Action<Document, SiteModel, ScriptObject> describe)
    {
        pipeline.PostProcessModules.AddRange([
            new RenderMarkdown(site.Settings.AllowRawHtml,
                (document, context) =>
                {
                    var model = ModelPipeline.ModelOf(context);
                    return id => model.UrlOf(id, document.Lang_());
                },
                (document, context) => ModelPipeline.ModelOf(context).TermsIn(document.Lang_()),
                document => site.Strings.Get(document.Lang_(), "anchor.section")),
            new RenderPage(site, describe),
        ]);
        pipeline.OutputModules.Add(new WriteFiles());
    }
}

/// <summary>Checks a content file's front matter and gives it the site's keys: kind, id, language, title and URL.</summary>
public sealed class AssignPage(GuidanceSite site, ContentType type) : DocumentModule
{
    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var name = Path.GetFileName(input.GetString(ReadFiles.RelativePathKey) ?? "");
        var parts = name.Split('.');
        var lang = parts.Length >= 3 ? parts[^2] : "";
        if (!site.Settings.Languages.Contains(lang))
        {
            context.Report(new SourceLocation(input.Source!, 1), parts.Length < 3
                ? $"the file name must end in .<language>.md ({string.Join(", ", site.Settings.Languages.Select(l => "." + l + ".md"))})"
                : $"'{lang}' is not a language of the site{Suggestions.Hint(lang, site.Settings.Languages.ToList())}");
            yield break;
        }
        if (!ContentSchema.Check(type, input, context, site.Settings.Languages.ToList())) yield break;
        if (input.GetString("layout") is { } layout && !site.Templates.Exists(layout + ".html"))
        {
            var known = site.FileSystem.GetFiles(TemplateSet.Folder, recursive: false, ".html").Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)).ToList();
            context.Report(input.LocationOf("layout"), $"unknown layout '{layout}': there is no {TemplateSet.Folder}/{layout}.html in the theme or the input{Suggestions.Hint(layout, known)}");
            yield break;
        }
        yield return Identify(site, input, type.Kind, lang, type.Section, input.GetString("slug") ?? input.GetString("id")!);
    }

    public static Document Identify(GuidanceSite site, Document page, string kind, string lang, string section, string slug)
    {
        var url = site.UrlFor(lang, section, slug);
        return page.With([
            new(SiteKeys.Kind, kind),
            new(SiteKeys.Lang, lang),
            new(SiteKeys.Id, page.GetString("id") ?? page.Id_()),
            new(SiteKeys.Url, url),
        ]) with { Destination = site.DestinationOf(url) };
    }
}
