using System.Globalization;
using Guidance.Engine;

namespace Guidance.Site.Citations;

/// <summary>What a study file says it is (<c>type:</c>); <see cref="Unspecified"/> when it does not say.</summary>
public enum ReferenceType { Article, Report, Unspecified }

/// <summary>An author as the study file writes them: "Family, Given"; a name without a comma is kept whole.</summary>
public sealed record PersonName(string Family, string? Given)
{
    public static PersonName Parse(string author)
    {
        var parts = author.Split(',', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[1].Length > 0 ? new PersonName(parts[0], parts[1]) : new PersonName(author.Trim(), null);
    }

    /// <summary>"Family, Given", the order reference managers read without guessing.</summary>
    public string Inverted => Given is null ? Family : $"{Family}, {Given}";

    /// <summary>"Given Family", as a name is read.</summary>
    public string Natural => Given is null ? Family : $"{Given} {Family}";
}

/// <summary>The study file's <c>pages</c>: a range ("79–91") or one number ("28").</summary>
public sealed record PageSpan(string First, string? Last)
{
    private static readonly char[] Dashes = ['–', '—', '-'];

    public static PageSpan? Parse(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages)) return null;
        var parts = pages.Split(Dashes, 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? new PageSpan(parts[0], parts[1]) : new PageSpan(pages.Trim(), null);
    }
}

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
            study.Id_(),
            Text("type") switch { "article" => ReferenceType.Article, "report" => ReferenceType.Report, _ => ReferenceType.Unspecified },
            study.GetList("authors").Where(a => a.Trim().Length > 0).Select(PersonName.Parse).ToList(),
            Text("original_title") ?? study.Title_(),
            Text("venue"), Text("volume"), Text("issue"), PageSpan.Parse(Text("pages")),
            Text("year") ?? published?.Year.ToString(CultureInfo.InvariantCulture), published,
            Text("doi"), Text("isbn"), Text("organisation"), Text("place"), Text("url"), Text("language"));
    }
}
