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

    private readonly ConcurrentDictionary<(string Id, string Lang), string> _left = new();

    public static bool Is(Document page) => page.GetString(Key) == "true";

    /// <summary>The file of the draft with this id that the build left out, in the language asked for if it has one.</summary>
    public string? SourceOf(string id, string lang) =>
        _left.GetValueOrDefault((id, lang)) ?? _left.Where(d => d.Key.Id == id).OrderBy(d => d.Value, StringComparer.Ordinal).Select(d => d.Value).FirstOrDefault();

    /// <summary>Remembers a draft the build leaves out.</summary>
    public void Leave(Document page) => _left.TryAdd((page.PageId(), page.Lang()), page.Source ?? "");
}
