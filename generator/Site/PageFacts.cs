using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site;

/// <summary>
/// What the site model reads of a page to index and check it, read from the page's metadata once: the model keeps it
/// by document (<see cref="SiteModel.FactsOf"/>), and the preview server's rebuild, which hands the model the very same
/// document for every page that did not change, reads the metadata of the edited pages only (bench/RESULTS.md has the figure).
/// </summary>
public sealed record PageFacts(string Id, string Lang, string Kind, string? Study, IReadOnlyList<string> Themes,
    IReadOnlyList<string> Findings, IReadOnlyList<string> Items, IReadOnlyList<XrefLink> Xrefs, IReadOnlySet<string>? Anchors)
{
    public static PageFacts Read(Document page) => new(page.PageId(), page.Lang(), page.Kind(), page.GetString("study"),
        page.GetList("themes"), page.GetList("findings"), page.GetList("items"),
        page[ParseMarkdown.XrefsKey] as IReadOnlyList<XrefLink> ?? [], AnchorsOf(page));

    /// <summary>
    /// The anchors a page's content defines (headings, glossary terms), or null when it defines none to check against:
    /// a set, as every link to an anchor asks it (a list made a page of 20,000 headings, each linked, take many seconds).
    /// </summary>
    private static HashSet<string>? AnchorsOf(Document page)
    {
        var headings = page[ParseMarkdown.HeadingsKey] as IReadOnlyList<Heading>;
        var anchors = page["Anchors"] as IReadOnlyCollection<string>;
        if (headings is null && anchors is null) return null;
        // A heading's old id (with æ, ø or å) still lands on it, so a link to it is no broken link.
        return new HashSet<string>([.. headings?.Select(h => h.Anchor) ?? [], .. headings?.Select(h => h.Alias).OfType<string>() ?? [], .. anchors ?? []], StringComparer.Ordinal);
    }
}
