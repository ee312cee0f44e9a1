using Guidance.Engine;

namespace Guidance.Site.Cms;

/// <summary>
/// A page the editor offers where a field may name pages of several kinds (a course's items), which Decap's relation
/// widget, one collection each, cannot: its id, its title in the site's default language and its kind. Taken from the
/// build, so a page made in the editor is offered once the build after its save has run.
/// </summary>
public sealed record EditorChoice(string Id, string Title, string Kind)
{
    /// <summary>The built pages of <paramref name="kinds"/> in <paramref name="lang"/>, by kind, then title.</summary>
    public static IReadOnlyList<EditorChoice> Of(IEnumerable<Document> pages, string lang, IReadOnlyCollection<string> kinds) =>
        pages.Where(d => d.Lang() == lang && kinds.Contains(d.Kind()) && d.PageId().Length > 0)
            .Select(d => new EditorChoice(d.PageId(), d.Title(), d.Kind()))
            .DistinctBy(c => (c.Kind, c.Id))
            .OrderBy(c => c.Kind, StringComparer.Ordinal).ThenBy(c => c.Title, StringComparer.CurrentCulture)
            .ToList();
}
