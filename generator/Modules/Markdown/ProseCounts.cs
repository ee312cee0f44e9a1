using Guidance.Modules.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Modules.Markdown;

/// <summary>
/// The readability counts (<see cref="Lix"/>) of a body's prose: its paragraphs, wherever they are (in lists, quotes,
/// tables), each ending a sentence. Headings and code are left out: a heading is a label, not a sentence to read.
/// </summary>
public static class ProseCounts
{
    public static TextCounts Of(MarkdownDocument syntax)
    {
        var counts = new TextCounts();
        var text = t_text ?? new char[4096];
        foreach (var paragraph in syntax.Descendants<ParagraphBlock>())
        {
            var length = 0;
            if (paragraph.Inline is { } inline)
                foreach (var node in inline.Descendants<Inline>())
                {
                    var piece = TextOf(node);
                    if (length + piece.Length > text.Length) Array.Resize(ref text, Math.Max(2 * text.Length, length + piece.Length));
                    piece.CopyTo(text.AsSpan(length));
                    length += piece.Length;
                }
            counts += Lix.Count(text.AsSpan(0, length));
        }
        t_text = text;
        return counts;
    }

    /// <summary>
    /// A paragraph's text, gathered in a buffer the thread keeps: a string of each literal, then of each paragraph, were
    /// most of what parsing a body allocated (bench/RESULTS.md).
    /// </summary>
    [ThreadStatic] private static char[]? t_text;

    /// <summary>The words a reader sees; a line break inside a paragraph separates words, as it does on the page.</summary>
    private static ReadOnlySpan<char> TextOf(Inline node) => node switch
    {
        LiteralInline literal => literal.Content.AsSpan(),
        CodeInline code => code.Content,
        HtmlEntityInline entity => entity.Transcoded.AsSpan(),
        LineBreakInline => " ",
        _ => default,
    };
}
