using Guidance.Engine;
using Guidance.Modules.Metadata;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Modules.Markdown;

/// <summary>A link to another page by id, and where it was written.</summary>
public sealed record XrefLink(string Id, string Anchor, SourceLocation Location);

/// <summary>A heading of the body, for tables of contents and anchor checks.</summary>
public sealed record Heading(int Level, string Anchor, string Text);

/// <summary>
/// Parses the Markdown body once, in the process phase, so that other pipelines can see where a page
/// links before anything is rendered (backlinks, link checks). The parsed tree is kept for rendering
/// and is not changed afterwards. Links with a scripting scheme are refused here.
/// </summary>
public sealed class ParseMarkdown(bool allowRawHtml) : DocumentModule
{
    public const string SyntaxKey = "MarkdownSyntax";
    public const string XrefsKey = "Xrefs";
    public const string HeadingsKey = "Headings";

    private static readonly string[] RefusedSchemes = ["javascript:", "vbscript:", "data:"];

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var pipeline = MarkdownSyntax.Pipeline(allowRawHtml);
        var firstLine = input.Get<int?>(ParseFrontMatter.BodyLineKey) ?? 1;
        MarkdownDocument syntax;
        try { syntax = Markdig.Markdown.Parse(input.Content, pipeline); }
        catch (Exception e) when (MarkdownSyntax.IsNestingLimit(e))
        {
            throw new ContentException(new SourceLocation(input.Source ?? "(generated)", firstLine), MarkdownSyntax.TooDeeplyNested);
        }
        SourceLocation At(MarkdownObject node) => new(input.Source ?? "(generated)", firstLine + node.Line, node.Column + 1);

        foreach (var autolink in syntax.Descendants<AutolinkInline>())
            if (RunsCode(autolink.Url))
                context.Report(At(autolink), $"the link '{autolink.Url}' uses a scheme that runs code; it is refused");
        var xrefs = new List<XrefLink>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            var url = link.Url?.Trim() ?? "";
            if (RunsCode(url))
                context.Report(At(link), $"the link '{url}' uses a scheme that runs code; it is refused");
            else if (url.StartsWith(XrefExtension.Scheme, StringComparison.Ordinal))
            {
                var (id, anchor) = XrefExtension.Parse(url);
                xrefs.Add(new XrefLink(id, anchor, At(link)));
            }
        }
        foreach (var node in syntax.Descendants())
            if (node.TryGetAttributes() is { Properties.Count: > 0 } attributes)
                foreach (var (name, _) in attributes.Properties!)
                    context.Report(At(node), $"the attribute '{name}' is not allowed; only {{#id}} and {{.class}} are");
        var headings = syntax.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", InlineText(h.Inline)))
            .ToList();
        yield return input.With([
            new(SyntaxKey, syntax),
            new(XrefsKey, xrefs),
            new(HeadingsKey, headings),
        ]);
    }

    /// <summary>
    /// Browsers drop tabs, newlines and control characters from a URL before reading its scheme
    /// ("java&amp;#9;script:"), so the check does too.
    /// </summary>
    public static bool RunsCode(string? url)
    {
        var plain = string.Concat((url ?? "").Where(c => c > ' '));
        return RefusedSchemes.Any(s => plain.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The text of a heading as a reader sees it, in order: literals, code and entities (<c>&amp;amp;</c> is "&amp;").</summary>
    public static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<Inline>().Select(node => node switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            _ => "",
        }));
}
