using System.Collections.Concurrent;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// Pages with <c>draft: true</c>. A build leaves them out before the site model is made, so nothing published knows
/// them: no page, ledger line, search entry, feed or sitemap entry, list, what's new or backlink. It remembers their
/// ids, so that a published page referring to one is told why the id is unknown. The preview server keeps them, and
/// the page says it is a draft (<c>page.draft</c>, the banner in <c>layouts/base.html</c>).
/// </summary>
public sealed class Drafts
{
    public const string Key = "draft";

    /// <summary>The front matter field: a switch every kind of page has.</summary>
    public static readonly Field Field = new(Key, Allowed: ["true", "false"]);

    private readonly ConcurrentDictionary<string, string> _left = new(StringComparer.Ordinal);

    public static bool Is(Document page) => page.GetString(Key) == "true";

    /// <summary>The file of the draft with this id that the build left out, if there is one.</summary>
    public string? SourceOf(string id) => _left.GetValueOrDefault(id);

    /// <summary>Remembers a draft the build leaves out.</summary>
    public void Leave(Document page) => _left.TryAdd(page.PageId(), page.Source ?? "");
}
