using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Templates;

namespace Guidance.Site.Modules;

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
                ? Say.FileNameLanguage(string.Join(", ", site.Settings.Languages.Select(l => "." + l + ".md")))
                : Say.NotALanguage(lang, Suggestions.Hint(lang, site.Settings.Languages.ToList())));
            yield break;
        }
        if (!ContentSchema.Check(type, input, context, site.Settings.Languages.ToList())) yield break;
        if (input.GetString("layout") is { } layout && !site.Templates.Exists(layout + ".html"))
        {
            var known = site.FileSystem.GetFiles(TemplateSet.Folder, recursive: false, ".html").Select(f => Path.GetFileNameWithoutExtension(f.RelativePath)).ToList();
            context.Report(input.LocationOf("layout"), Say.UnknownLayout(layout, TemplateSet.Folder, Suggestions.Hint(layout, known)));
            yield break;
        }
        yield return site.Identify(input, type.Kind, lang, type.Section, input.GetString("slug") ?? input.GetString("id")!);
    }
}
