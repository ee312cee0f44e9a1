using System.Globalization;
using Guidance.Engine;

namespace Guidance.Site.Citations;

/// <summary>
/// Highwire Press <c>citation_*</c> meta tags for a study page: what Google Scholar and Zotero's browser connector
/// read to recognise a reference. Written from the same checked fields as the citation files.
/// </summary>
public static class HighwireTags
{
    /// <summary>The tags for a page: a study's, or none for every other kind.</summary>
    public static IReadOnlyList<MetaTag> For(Document page) => page.Kind() == Kinds.Study ? For(StudyReference.From(page)) : [];

    public static IReadOnlyList<MetaTag> For(StudyReference study)
    {
        var tags = new List<MetaTag>();
        void Tag(string name, string? value) { if (value is not null) tags.Add(new MetaTag(name, value)); }

        Tag("citation_title", study.Title);
        foreach (var author in study.Authors) Tag("citation_author", author.Inverted);
        Tag("citation_publication_date", study.Published?.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture) ?? study.Year);
        if (study.Type == ReferenceType.Article) Tag("citation_journal_title", study.Venue);
        Tag("citation_volume", study.Volume);
        Tag("citation_issue", study.Issue);
        if (study.Pages is { } pages && !study.PagesAreLength)
        {
            Tag("citation_firstpage", pages.First);
            Tag("citation_lastpage", pages.Last);
        }
        Tag("citation_doi", study.Doi);
        Tag("citation_isbn", study.Isbn);
        Tag("citation_publisher", study.Publisher);
        Tag("citation_language", study.Language);
        return tags;
    }
}
