using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Modules.Markdown;

/// <summary>A defined term: the words that count as a use of it, where it is defined, and its definition.</summary>
public sealed record DefinedTerm(string Id, IReadOnlyList<string> Words, string Url, string Definition);

/// <summary>
/// Links the first use of each defined term on a page to its definition, with the definition shown on
/// hover and on keyboard focus. Text in headings, links and code is left alone.
/// </summary>
public sealed class TermsExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<TermLiteralRenderer>()) return;
        var standard = html.ObjectRenderers.FindExact<LiteralInlineRenderer>() ?? new LiteralInlineRenderer();
        html.ObjectRenderers.Replace<LiteralInlineRenderer>(new TermLiteralRenderer(standard));
    }
}

/// <summary>The terms of one language, with one pattern that finds any of their words (built once per language).</summary>
public sealed class TermSet
{
    public static readonly TermSet Empty = new([]);

    private readonly Dictionary<string, DefinedTerm> _byWord = new(StringComparer.OrdinalIgnoreCase);

    public TermSet(IEnumerable<DefinedTerm> terms)
    {
        foreach (var term in terms)
            foreach (var word in term.Words.Where(w => w.Length > 0))
                _byWord.TryAdd(word, term);
        // Longest words first, so "family group conferences" wins over "family group conference".
        var alternatives = _byWord.Keys.OrderByDescending(w => w.Length).Select(Regex.Escape);
        Pattern = _byWord.Count == 0 ? null : PatternFor(@"(?<!\p{L})(" + string.Join("|", alternatives) + @")(?!\p{L})");
    }

    // Compiling a pattern takes tens of milliseconds: the preview server's rebuilds reuse it while the glossary is the same.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    private static Regex PatternFor(string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));

    public Regex? Pattern { get; }

    public DefinedTerm TermOf(ReadOnlySpan<char> word) => _byWord.GetAlternateLookup<ReadOnlySpan<char>>()[word];
}

/// <summary>Writes text as usual, but wraps the first use of each term on the page; per page, like the renderer.</summary>
public sealed class TermLiteralRenderer(LiteralInlineRenderer standard) : HtmlObjectRenderer<LiteralInline>
{
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);

    public TermSet Terms { get; set; } = TermSet.Empty;

    /// <summary>Starts a new page: a renderer kept from page to page links each term's first use on every page.</summary>
    public void StartPage() => _linked.Clear();

    /// <summary>Makes tooltip ids unique on the page.</summary>
    public string IdPrefix { get; set; } = "term";

    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        if (Terms.Pattern is null || !renderer.EnableHtmlForInline || IsExcluded(literal))
        {
            standard.Write(renderer, literal);
            return;
        }
        // Matched on the literal's own characters: a string of every literal of every page, and a Match for every use of
        // a term, were most of what rendering Markdown allocated (bench/RESULTS.md).
        var text = literal.Content.AsSpan();
        var written = 0;
        foreach (var match in Terms.Pattern.EnumerateMatches(text))
        {
            var word = text.Slice(match.Index, match.Length);
            var term = Terms.TermOf(word);
            if (!_linked.Add(term.Id)) continue;
            renderer.WriteEscape(text[written..match.Index]);
            var tipId = $"{IdPrefix}-{term.Id}";
            renderer.Write("<span class=\"term\"><a href=\"").WriteEscapeUrl(term.Url).Write("\" aria-describedby=\"").Write(tipId).Write("\">");
            renderer.WriteEscape(word);
            renderer.Write("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Write(tipId).Write("\">")
                .WriteEscape(term.Definition).Write("</span></span>");
            written = match.Index + match.Length;
        }
        renderer.WriteEscape(text[written..]);
    }

    private static bool IsExcluded(LiteralInline literal)
    {
        for (var parent = literal.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return literal.Parent?.ParentBlock is HeadingBlock;
    }
}
