using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.IO;
using Guidance.Site.Citations;
using Guidance.Site.Handouts;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The files a trainer downloads from a course page, next to it in each language: the references of every study the
/// course cites (<c>&lt;course&gt;.ris</c>, <c>&lt;course&gt;.bib</c>) and the handout as a PDF
/// (<c>&lt;course&gt;.&lt;lang&gt;.pdf</c>, unless <c>--no-pdf</c>). What they say is read from the model in the process
/// phase, so links to them are checked with every other link; the PDF is drawn from then on and written in the output
/// phase. <c>check</c>, which writes nothing, draws none.
/// </summary>
public static class CourseFilesPipeline
{
    public const string Name = "course-files";

    /// <param name="draw">Draw the PDFs; <c>check</c>, which writes nothing, only needs to know they will be there.</param>
    public static Pipeline Create(GuidanceSite site, bool draw = true)
    {
        var pipeline = new Pipeline(Name);
        pipeline.Dependencies.Add(ModelPipeline.Name);
        pipeline.ProcessModules.Add(new AddDocuments(context =>
        {
            var model = ModelPipeline.ModelOf(context);
            return site.Settings.Languages.SelectMany(lang => model.OfKind(Kinds.Course, lang)).SelectMany(course => FilesOf(course, model, site, draw));
        }));
        pipeline.OutputModules.Add(new DrawPdf());
        pipeline.OutputModules.Add(new WriteFiles());
        return pipeline;
    }

    private static IEnumerable<Document> FilesOf(Document course, SiteModel model, GuidanceSite site, bool draw)
    {
        var folder = site.DestinationOf(course.PageUrl())[..^"index.html".Length];
        var studies = CourseReferences.StudiesOf(course, model).Select(StudyReference.From).ToList();
        foreach (var format in CourseReferences.Formats)
            yield return new Document { Source = course.Source, Destination = folder + CourseReferences.FileName(course, format.Extension), Content = format.Write(studies) };
        if (!site.MakesPdf) yield break;
        var pdf = new Document { Source = course.Source, Destination = folder + HandoutPdf.FileName(course) };
        // Drawn from now on, beside the rendering of the pages: most of its time is PDFsharp's first run (its code
        // compiled, the typeface read), which would otherwise wait for every page to be written.
        var handout = draw ? HandoutPdf.Of(course, model, site) : null;
        yield return handout is null ? pdf : pdf.With(HandoutPdf.Key, Task.Run(() => HandoutPdf.Render(handout)));
    }

    /// <summary>The course's reference files, for its page to link to.</summary>
    public static IReadOnlyList<CitationFile> ReferenceFilesOf(Document course) =>
        CourseReferences.Formats.Select(f => new CitationFile(f.Label, course.PageUrl() + CourseReferences.FileName(course, f.Extension), f.Extension, f.MediaType)).ToList();

    /// <summary>Takes each handout's PDF once it is drawn.</summary>
    private sealed class DrawPdf : DocumentModule
    {
        protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
        {
            yield return input[HandoutPdf.Key] is Task<byte[]> drawing ? input.With([new(WriteFiles.BytesKey, drawing.GetAwaiter().GetResult()), new(HandoutPdf.Key, null)]) : input;
        }
    }
}
