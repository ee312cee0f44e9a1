using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Site;

/// <summary>
/// The commits of a page's source file, and which of them are substantive. Two commit trailers mark a change that is
/// not: <c>Translation-Impact: none</c> (a typo, a link or formatting fix the other languages need not follow; it is
/// also left out of the changelog) and <c>Changelog: none</c> (left out of the changelog only: a change translators
/// should follow but readers need not be told of).
/// </summary>
public static class PageHistory
{
    public const string TranslationImpact = "Translation-Impact", Changelog = "Changelog", None = "none";

    /// <summary>The page's source file, or null for a generated page (lists, notices, redirects).</summary>
    public static InputFile? FileOf(GuidanceSite site, Document page) =>
        page.GetString(ReadFiles.RelativePathKey) is { } relative ? site.FileSystem.GetFile(relative) : null;

    /// <summary>The commits of the page's file, newest first; none for a generated page or a file git does not know.</summary>
    public static IReadOnlyList<Revision> Of(GuidanceSite site, Document page) =>
        FileOf(site, page) is { } file ? site.History.RevisionsOf(file.FullPath) : [];

    /// <summary>Whether the other languages should follow this change.</summary>
    public static bool ConcernsTranslations(Revision revision) => !revision.Has(TranslationImpact, None);

    /// <summary>Whether readers are told of this change in the changelog.</summary>
    public static bool InChangelog(Revision revision) => ConcernsTranslations(revision) && !revision.Has(Changelog, None);

    /// <summary>A front matter date (<c>yyyy-MM-dd</c>, checked by the content schema), or null when the key is absent.</summary>
    public static DateOnly? DateOf(Document page, string key) =>
        page.GetString(key) is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date) ? date : null;

    /// <summary>The calendar day of a commit, in the time zone it was made in.</summary>
    public static DateOnly Day(DateTimeOffset date) => DateOnly.FromDateTime(date.DateTime);
}
