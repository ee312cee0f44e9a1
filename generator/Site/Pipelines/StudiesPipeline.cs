using System.Globalization;
using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;
using Guidance.Modules.Metadata;
using Scriban.Runtime;
using Guidance.Site.Modules;

namespace Guidance.Site.Pipelines;

/// <summary>
/// Study pages from <c>studies/&lt;id&gt;.yml</c>, one file holding every language, → <c>/&lt;lang&gt;/studies/&lt;id&gt;/</c>:
/// the reference, what the design can and cannot show, and the study's findings by theme; and the index of studies.
/// </summary>
public static class StudiesPipeline
{
    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(ContentTypes.Study.PipelineName);
        pipeline.InputModules.Add(new ReadFiles(ContentTypes.Study.Source, recursive: false, ".yml", ".yaml"));
        pipeline.ProcessModules.AddRange([
            new ParseYamlFile(),
            new SplitLanguages(site),
            new LeaveOutDrafts(site),
            new AddDocuments(_ => IndexPages.For(site, ContentTypes.Study)),
        ]);
        ContentPipeline.AddRendering(site, pipeline, (study, model, page) =>
        {
            var lang = study.Lang();
            if (study.Kind() == ContentTypes.Study.IndexKind)
            {
                page["studies"] = model.OfKind(Kinds.Study, lang).OrderByDescending(s => s.GetString("year")).Select(s => Describe(s, site, model)).ToList();
                return;
            }
            foreach (var (key, value) in Describe(study, site, model)) page[key] = value;
            page["findings_by_theme"] = FindingCard.Group(model.FindingsOfStudy(study.PageId(), lang), f => f.GetList("themes"), model, site.Cards);
        });
        return pipeline;
    }

    private static ScriptObject Describe(Document study, GuidanceSite site, SiteModel model)
    {
        var lang = study.Lang();
        var culture = model.CultureOf(lang);
        string? Text(string key) => study.GetString(key);
        var published = Text("published") is { } date
            ? DateOnly.ParseExact(date, "yyyy-MM-dd").ToString(site.Strings.Get(lang, "format.date"), culture)
            : null;
        return new ScriptObject
        {
            ["title"] = study.Title(),
            ["url"] = study.PageUrl(),
            ["original_title"] = Text("original_title"),
            ["authors"] = Citation.Authors(study.GetList("authors")),
            ["organisation"] = Text("organisation"),
            ["year"] = Text("year"),
            ["published"] = published,
            ["venue"] = Text("venue"),
            ["place"] = Text("place"),
            ["country"] = site.Strings.Get(lang, "country." + Text("country")),
            ["original_language"] = site.Strings.Get(lang, "language_of_original." + Text("language")),
            ["peer_reviewed"] = Text("peer_reviewed"),
            ["design"] = Text("design"),
            ["sample"] = Text("sample"),
            ["note"] = Text("note"),
            ["summary"] = Text("summary"),
            ["funding"] = Text("funding"),
            ["doi"] = Text("doi"),
            ["isbn"] = Text("isbn"),
            ["link"] = Text("url"),
            ["registry"] = Text("registry"),
            ["citation"] = Citation.Apa(study),
            ["citation_files"] = CitationsPipeline.FilesOf(study),
            ["finding_count"] = model.FindingsOfStudy(study.PageId(), lang).Count,
        };
    }
}

