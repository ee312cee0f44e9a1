using Guidance.Engine;
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
    public static Pipeline Create(GuidanceSite site, string name, string folder, ContentSchema schema, string section,
        Action<Document, SiteModel, ScriptObject> describe)
    {
        var pipeline = new Pipeline(name);
        pipeline.InputModules.Add(new ReadFiles(folder, recursive: true, ".md"));
        pipeline.ProcessModules.AddRange([
            new ParseFrontMatter(),
            new ApplyDirectoryMetadata(),
            new AssignPage(site, schema, section),
            new ParseMarkdown(site.Settings.AllowRawHtml, assetsUrl: site.Settings.BasePath + AssetsPipeline.Folder + "/"),
        ]);
        AddRendering(site, pipeline, describe);
        return pipeline;
    }

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
public sealed class AssignPage(GuidanceSite site, ContentSchema schema, string section) : DocumentModule
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
        if (!schema.Check(input, context, site.Settings.Languages.ToList())) yield break;
        if (input.GetString("layout") is { } layout && !site.Templates.Exists(layout + ".html"))
        {
            var known = site.FileSystem.GetFiles(TemplateSet.Folder, recursive: false, ".html").Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)).ToList();
            context.Report(input.LocationOf("layout"), $"unknown layout '{layout}': there is no {TemplateSet.Folder}/{layout}.html in the theme or the input{Suggestions.Hint(layout, known)}");
            yield break;
        }
        yield return Identify(site, input, schema.Kind, lang, section, input.GetString("slug") ?? input.GetString("id")!);
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
