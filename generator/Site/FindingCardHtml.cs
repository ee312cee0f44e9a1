using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.Templates;
using Scriban.Runtime;

namespace Guidance.Site;

/// <summary>
/// The template function <c>finding_card</c>: a finding's card (<c>layouts/partials/finding-card.html</c>) rendered once
/// and then reused, by what it shows. The same card appears on the finding's theme and study pages, the findings index
/// and five related findings each; rendering it wherever it appeared was a third of the time of a theme page. A card
/// sees <c>card</c>, <c>lang</c>, <c>site</c> and <c>t</c>, never the page it is on.
/// </summary>
public sealed class FindingCardHtml(TemplateSet templates)
{
    public const string Partial = "partials/finding-card.html";

    private readonly ConcurrentDictionary<CardKey, string> _rendered = new();

    /// <summary>The function for one page's globals, whose <c>lang</c>, <c>site</c> and <c>t</c> the card shares.</summary>
    public IScriptCustomFunction For(ScriptObject pageGlobals, string lang) =>
        new DirectFunction<FindingCard, string>(card => _rendered.GetOrAdd(KeyOf(card, lang), _ => Render(card, pageGlobals, lang)));

    /// <summary>
    /// How many cards are kept before starting afresh: every card of a 4,000-page site, while at 40,000 pages keeping
    /// them all would take the memory needed to stay under a gigabyte.
    /// </summary>
    private const int MaxKept = 16_384;

    private int _kept;

    private string Render(FindingCard card, ScriptObject pageGlobals, string lang)
    {
        if (Interlocked.Increment(ref _kept) > MaxKept)
        {
            _rendered.Clear(); // two threads may both clear: harmless, the cards are made again
            Interlocked.Exchange(ref _kept, 1);
        }
        var globals = new ScriptObject { ["card"] = card, ["lang"] = lang, ["site"] = pageGlobals["site"] };
        globals.SetValue("t", pageGlobals["t"], readOnly: true);
        return templates.Render(Partial, globals, new SourceLocation(card.Url, 1));
    }

    /// <summary>
    /// Everything a card can show, so that an edited finding (in the preview server) gets a new card. The strings are the
    /// page's own, shared, not copies: at 40,000 pages a key made by joining them cost tens of megabytes.
    /// </summary>
    private sealed record CardKey(string Lang, string Id, string Title, string Url, string? Summary, Link Study, string Evidence,
        string EvidenceName, string Perspective, string PerspectiveName, string Themes);

    private static CardKey KeyOf(FindingCard card, string lang) =>
        new(lang, card.Id, card.Title, card.Url, card.Summary, card.Study, card.Evidence, card.EvidenceName, card.Perspective, card.PerspectiveName,
            string.Join('\u001e', card.Themes.Select(t => t.Title + '\u001d' + t.Url)));
}
