using Guidance.Engine;
using Guidance.Site.Citations;

namespace Guidance.Site.Handouts;

/// <summary>
/// The studies a course cites: the study of each finding it lists and of each finding its recommendations build on,
/// each once, in the order the course first cites them. Its reference files hold one record per study, as a
/// reference manager imports a library: <c>&lt;course&gt;.ris</c> and <c>&lt;course&gt;.bib</c> next to the course page.
/// </summary>
public static class CourseReferences
{
    public static IReadOnlyList<Document> StudiesOf(Document course, SiteModel model)
    {
        var lang = course.Lang();
        var findings = course.GetList("items").Select(id => model.Find(id, lang)).OfType<Document>()
            .SelectMany(item => item.Kind() == Kinds.Finding ? [item] : item.GetList("findings").Select(f => model.Find(f, lang)).OfType<Document>());
        return findings.Select(f => model.Find(f.GetString("study") ?? "", lang)).OfType<Document>()
            .DistinctBy(study => study.PageId()).ToList();
    }

    /// <summary>The reference files of a course: name (after the course), format label, media type and how each is written.</summary>
    public static readonly (string Extension, string Label, string MediaType, Func<IReadOnlyList<StudyReference>, string> Write)[] Formats =
    [
        (".ris", "RIS", "application/x-research-info-systems", studies => string.Concat(studies.Select(Ris.Write))),
        (".bib", "BibTeX", "application/x-bibtex", studies => string.Join("\n", studies.Select(BibTex.Write))),
    ];

    /// <summary>The file name of a course's references in a format: the course's slug, so a trainer's downloads say what they hold.</summary>
    public static string FileName(Document course, string extension) => (course.GetString("slug") ?? course.PageId()) + extension;
}
