using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;
using Guidance.Site.Citations;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The reference of every study as files a reference manager imports — BibTeX, RIS and CSL-JSON — written next to the
/// study page in each language and named after the study (<c>/&lt;lang&gt;/studies/&lt;id&gt;/&lt;id&gt;.bib</c>), so a
/// trainer's download folder tells them apart; they move with the page if its slug changes. The names they were first
/// published under (<c>citation.bib</c>) are written too, with the same content, so a saved link keeps working.
/// </summary>
public static class CitationsPipeline
{
    public const string Name = "citations";

    /// <summary>The formats, each with its file name, its label and the file's media type.</summary>
    private static readonly (string FileName, string Label, string MediaType, Func<StudyReference, string> Write)[] Formats =
    [
        (BibTex.FileName, "BibTeX", "application/x-bibtex", BibTex.Write),
        (Ris.FileName, "RIS", "application/x-research-info-systems", Ris.Write),
        (CslJson.FileName, "CSL-JSON", "application/vnd.citationstyles.csl+json", CslJson.Write),
    ];

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        // In the process phase, so that links to the files are checked with every other link.
        pipeline.Dependencies.Add(ModelPipeline.Name);
        pipeline.ProcessModules.Add(new AddDocuments(context =>
        {
            var model = ModelPipeline.ModelOf(context);
            return site.Settings.Languages.SelectMany(lang => model.OfKind(Kinds.Study, lang)).SelectMany(study =>
            {
                var reference = StudyReference.From(study);
                return Formats.SelectMany(format => new[] { FileName(study, format.FileName), format.FileName }.Select(name => new Document
                {
                    Source = study.Source,
                    Destination = FolderOf(site, study) + name,
                    Content = format.Write(reference),
                }));
            });
        }));
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }

    /// <summary>The downloads a study page links to.</summary>
    public static IReadOnlyList<CitationFile> FilesOf(Document study) =>
        Formats.Select(f => new CitationFile(f.Label, study.PageUrl() + FileName(study, f.FileName), Path.GetExtension(f.FileName), f.MediaType)).ToList();

    /// <summary>A study's file in a format, named after the study: <c>villumsen-2025.ris</c> rather than <c>citation.ris</c>.</summary>
    private static string FileName(Document study, string legacyName) => study.PageId() + Path.GetExtension(legacyName);

    /// <summary>The output folder of a study page: <c>/da/studies/x/</c> is written to <c>da/studies/x/index.html</c>.</summary>
    private static string FolderOf(GuidanceSite site, Document study) => site.DestinationOf(study.PageUrl())[..^"index.html".Length];
}

