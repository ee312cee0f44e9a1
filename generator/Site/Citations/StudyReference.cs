using System.Globalization;
using Guidance.Engine;
using Guidance.Site.Modules;

namespace Guidance.Site.Citations;

/// <summary>
/// The reference of a study, read from the checked fields of its file and nothing else: every citation format
/// writes only what is here, so none can invent a field. The title is the title as published; where the file
/// has none, the study's title in the page's language (the rule the APA reference on the page follows).
/// </summary>
public sealed record StudyReference(
    string Id, ReferenceType Type, IReadOnlyList<PersonName> Authors, string Title,
    string? Venue, string? Volume, string? Issue, PageSpan? Pages,
    string? Year, DateOnly? Published, string? Doi, string? Isbn,
    string? Publisher, string? Place, string? Url, string? Language)
{
    /// <summary>
    /// A single number on a report is its length ("28 pages"), as report references give it; on an article it is the
    /// article's first (or only) page.
    /// </summary>
    public bool PagesAreLength => Type == ReferenceType.Report && Pages is { Last: null };

    /// <summary>From a study page (one language of a study file, after <c>SplitLanguages</c>).</summary>
    public static StudyReference From(Document study)
    {
        string? Text(string key) => study.GetString(key) is { Length: > 0 } value ? value.Trim() : null;
        var published = Text("published") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
        return new StudyReference(
            study.PageId(),
            Text("type") switch { "article" => ReferenceType.Article, "report" => ReferenceType.Report, _ => ReferenceType.Unspecified },
            study.GetList("authors").Where(a => a.Trim().Length > 0).Select(PersonName.Parse).ToList(),
            Text("original_title") ?? study.Title(),
            Text("venue"), Text("volume"), Text("issue"), PageSpan.Parse(Text("pages")),
            Text("year") ?? published?.Year.ToString(CultureInfo.InvariantCulture), published,
            Text("doi"), Text("isbn"), Text("organisation"), Text("place"), Text("url"), Text("language"));
    }
}
