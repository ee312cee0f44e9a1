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
        foreach (var paragraph in syntax.Descendants<ParagraphBlock>())
            counts += Lix.Count(TextOf(paragraph.Inline));
        return counts;
    }

    /// <summary>The words a reader sees; a line break inside a paragraph separates words, as it does on the page.</summary>
    private static string TextOf(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<Inline>().Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            LineBreakInline => " ",
            _ => "",
        }));
}
