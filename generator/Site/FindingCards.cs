using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.Templates;
using Scriban;
using Scriban.Runtime;

namespace Guidance.Site;

/// <summary>
/// Findings' cards, each made once and reused wherever the finding is listed: its theme and study pages, the findings
/// index, the guidance citing it and five related findings each. The card (<see cref="FindingCard"/>) is kept by the
/// finding's document and stays while its study and themes keep their titles and addresses; its HTML
/// (<c>layouts/partials/finding-card.html</c>), which the template function <c>finding_cards</c> writes, is kept by the
/// card. So an edit in the preview server makes the card of the edited finding again, or of every finding of an edited
/// study or theme, and no other (made afresh, they were most of the time a serve edit took; bench/RESULTS.md).
/// A card sees <c>card</c>, <c>lang</c>, <c>site</c> and <c>t</c>, never the page it is on.
/// </summary>
public sealed class FindingCards(TemplateSet templates, UiStrings strings)
{
    public const string Partial = "partials/finding-card.html";

    private readonly ConcurrentDictionary<Document, (FindingCard Card, int CheckedIn)> _cards = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(FindingCard Card, string Lang), string> _html = new(new ByCardReference());

    /// <summary>How many cards are kept before starting afresh: every one of a 40,000-page site (bench/RESULTS.md).</summary>
    private const int MaxKept = 65_536;

    private int _kept;

    /// <summary>
    /// The card of a finding of <paramref name="model"/>. A page being rendered is a later version of the model's
    /// document, so a finding the model does not hold is looked up by id and language: otherwise each render would
    /// keep a card no one asks for again.
    /// </summary>
    public FindingCard For(Document finding, SiteModel model)
    {
        if (!model.Holds(finding) && model.Find(finding.PageId(), finding.Lang()) is { } known) finding = known;
        var generation = GenerationOf(model);
        if (_cards.TryGetValue(finding, out var kept) && kept.CheckedIn == generation) return kept.Card;
        var facts = model.FactsOf(finding);
        var study = facts.Study is null ? null : model.Find(facts.Study, facts.Lang);
        if (kept.Card is not null && Shows(kept.Card.Study, study) && SameThemes(kept.Card.Themes, facts, model))
        {
            _cards[finding] = (kept.Card, generation);
            return kept.Card;
        }
        var card = FindingCard.Create(finding, study, FindingCard.ThemeLinks(finding, model), strings);
        if (Interlocked.Increment(ref _kept) > MaxKept)
        {
            // Two threads may both clear: harmless, the cards are made again.
            _cards.Clear();
            _html.Clear();
            Interlocked.Exchange(ref _kept, 1);
        }
        _cards[finding] = (card, generation);
        return card;
    }

    /// <summary>The listing (<see cref="SiteModel.Listing"/>) cards were last checked against, and a number for it; only the number is kept with each card.</summary>
    private sealed record CheckedListing(object Listing, int Generation);

    private volatile CheckedListing? _checked;

    /// <summary>
    /// A card checked against this model shows its study and themes as the model has them, and needs no check again
    /// until the model's listing changes (a preview server's rebuild after an edit to a title, a study or themes): the
    /// check, a look-up of the study and of every theme with their titles and addresses, cost more than the card itself
    /// on the pages listing thousands of findings, and after every edit 4-5 ms of the findings index (bench/RESULTS.md).
    /// </summary>
    private int GenerationOf(SiteModel model)
    {
        if (_checked is { } known && ReferenceEquals(known.Listing, model.Listing)) return known.Generation;
        lock (_cards)
        {
            if (_checked is not { } current || !ReferenceEquals(current.Listing, model.Listing))
                _checked = new CheckedListing(model.Listing, (_checked?.Generation ?? 0) + 1);
            return _checked.Generation;
        }
    }

    /// <summary>
    /// Whether a card's link shows the page as it is now. Compared by title and address, not by document: the preview
    /// server makes a study's documents again on every rebuild.
    /// </summary>
    private static bool Shows(Link link, Document? page) =>
        page is null ? link.Url.Length == 0 : link.Title == page.Title() && link.Url == page.PageUrl();

    private static bool SameThemes(IReadOnlyList<Link> shown, PageFacts facts, SiteModel model)
    {
        var i = 0;
        foreach (var id in facts.Themes)
        {
            if (model.Find(id, facts.Lang) is not { } theme) continue; // an unknown theme is reported, and not shown
            if (i >= shown.Count || !Shows(shown[i++], theme)) return false;
        }
        return i == shown.Count;
    }

    /// <summary>
    /// The template function <c>finding_cards</c> for one page's globals, whose <c>lang</c>, <c>site</c> and <c>t</c> the
    /// cards share: a list of cards, one after the other, written in one call for the list rather than one per card in a
    /// template loop, and straight into the page (<see cref="WrittenInPlace"/>): the findings index of a large site is
    /// megabytes of cards.
    /// </summary>
    public IScriptCustomFunction HtmlFor(ScriptObject pageGlobals, string lang) =>
        new CardList(card => _html.GetOrAdd((card, lang), key => Render(key.Card, pageGlobals, lang)));

    private sealed class CardList(Func<FindingCard, string> htmlOf) : WrittenInPlace
    {
        protected override void Write(TemplateContext context, ScriptArray arguments)
        {
            string? last = null;
            foreach (var card in arguments[0] as IEnumerable<FindingCard> ?? [])
            {
                if (last is not null) context.Write(last);
                last = htmlOf(card);
            }
            // Each card ends with a line break; the template ends the list's last line.
            if (last is not null) context.Write(last, 0, last.EndsWith('\n') ? last.Length - 1 : last.Length);
        }

        public override int RequiredParameterCount => 1;
        public override ScriptParameterInfo GetParameterInfo(int index) => new(typeof(IEnumerable<FindingCard>), "cards");
    }

    private string Render(FindingCard card, ScriptObject pageGlobals, string lang)
    {
        var globals = new ScriptObject { ["card"] = card, ["lang"] = lang, ["site"] = pageGlobals["site"] };
        globals.SetValue("t", pageGlobals["t"], readOnly: true);
        return templates.Render(Partial, globals, new SourceLocation(card.Url, 1));
    }

    /// <summary>A card is its own key: a key of every field a card shows cost a string join and the hashing of its summary at every lookup.</summary>
    private sealed class ByCardReference : IEqualityComparer<(FindingCard Card, string Lang)>
    {
        public bool Equals((FindingCard Card, string Lang) x, (FindingCard Card, string Lang) y) =>
            ReferenceEquals(x.Card, y.Card) && string.Equals(x.Lang, y.Lang, StringComparison.Ordinal);

        public int GetHashCode((FindingCard Card, string Lang) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Card), key.Lang);
    }
}
