using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Modules.Markdown;

/// <summary>
/// Renders <c>[text](xref:id)</c> links through a resolver given for each document, so that the same
/// parsed Markdown can be rendered against the site's link map without being changed.
/// </summary>
public sealed class XrefExtension : IMarkdownExtension
{
    public const string Scheme = "xref:";

    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<XrefLinkRenderer>()) return;
        var standard = html.ObjectRenderers.FindExact<LinkInlineRenderer>() ?? new LinkInlineRenderer();
        html.ObjectRenderers.Replace<LinkInlineRenderer>(new XrefLinkRenderer(standard));
    }

    /// <summary>Splits <c>xref:id#anchor</c> into the id and the anchor (with its #, or empty).</summary>
    public static (string Id, string Anchor) Parse(string url)
    {
        var target = url[Scheme.Length..];
        var hash = target.IndexOf('#');
        return hash < 0 ? (target, "") : (target[..hash], target[hash..]);
    }
}

/// <summary>Writes xref links with the URL the resolver gives; every other link goes to Markdig's own renderer.</summary>
public sealed class XrefLinkRenderer(LinkInlineRenderer standard) : HtmlObjectRenderer<LinkInline>
{
    /// <summary>Maps an id to its URL; null leaves the link as written (the build has reported it already).</summary>
    public Func<string, string?> Resolve { get; set; } = _ => null;

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || link.Url?.StartsWith(XrefExtension.Scheme, StringComparison.Ordinal) != true)
        {
            standard.Write(renderer, link);
            return;
        }
        var (id, anchor) = XrefExtension.Parse(link.Url!);
        var url = Resolve(id) is { } resolved ? resolved + anchor : link.Url!;
        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
