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
/// Parses the Markdown body in the process phase, so that other pipelines can see where a page links and
/// which anchors it has before anything is rendered (backlinks, link checks). Links with a scripting scheme
/// are refused here. Only the links and headings are kept: <see cref="RenderMarkdown"/> parses the body again,
/// which costs about 50 µs of CPU a page, where keeping the tree from one phase to the next would hold some
/// 13 KB a page in memory at once (half a gigabyte for a site of 40,000 pages).
/// </summary>
public sealed class ParseMarkdown(bool allowRawHtml) : DocumentModule
{
    /// <summary>Marks a document whose content is Markdown for <see cref="RenderMarkdown"/>.</summary>
    public const string SyntaxKey = "MarkdownSyntax";
    public const string XrefsKey = "Xrefs";
    public const string HeadingsKey = "Headings";

    private static readonly string[] RefusedSchemes = ["javascript:", "vbscript:", "data:"];

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var pipeline = MarkdownSyntax.Pipeline(allowRawHtml);
        var syntax = Markdig.Markdown.Parse(input.Content, pipeline);
        var firstLine = input.Get<int?>(ParseFrontMatter.BodyLineKey) ?? 1;
        SourceLocation At(MarkdownObject node) => new(input.Source ?? "(generated)", firstLine + node.Line, node.Column + 1);

        var xrefs = new List<XrefLink>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            var url = link.Url?.Trim() ?? "";
            if (RefusedSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
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
            new(SyntaxKey, true),
            new(XrefsKey, xrefs),
            new(HeadingsKey, headings),
        ]);
    }

    public static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()))
            + string.Concat(inline.Descendants<CodeInline>().Select(c => c.Content));
}
