using Guidance.Engine;

namespace Guidance.Site.Pipelines;

/// <summary>What a course's list of items needs beyond each item's own page.</summary>
public static class CourseItems
{
    /// <summary>
    /// The ids an item had before it was renamed, read from its <c>RedirectFrom</c>: a rename keeps the old page's path
    /// there (<c>/da/findings/&lt;old id&gt;/</c>), and a course page published before the rename had the item at
    /// <c>#item-&lt;old id&gt;</c>. Only paths in the item's own section count, and never an id another item of the
    /// course has now (that anchor is the other item's).
    /// </summary>
    public static IReadOnlyList<string> FormerIds(Document item, ContentType type, IReadOnlyCollection<string> itemIds) =>
        item.GetList(Redirects.Key)
            .Select(path => SitePath.TryNormalize(path, out var clean, out _) ? clean.Split('/', StringSplitOptions.RemoveEmptyEntries) : [])
            .Where(segments => segments.Length == 3 && segments[1] == type.Section)
            .Select(segments => segments[2])
            .Where(id => id != item.PageId() && !itemIds.Contains(id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
