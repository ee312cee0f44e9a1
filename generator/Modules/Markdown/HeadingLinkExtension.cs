using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Guidance.Modules.Markdown;

/// <summary>
/// Puts a link to each section next to its h2 and h3, so a reader can point others at a section
/// (<c>&lt;a href="#id"&gt;</c>; a script may copy the address). The link sits beside the heading, not inside it,
/// so the heading's own name stays its text in a screen reader's list of headings.
/// </summary>
public sealed class HeadingLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html || html.ObjectRenderers.Contains<HeadingLinkRenderer>()) return;
        var standard = html.ObjectRenderers.FindExact<HeadingRenderer>() ?? new HeadingRenderer();
        html.ObjectRenderers.Replace<HeadingRenderer>(new HeadingLinkRenderer(standard));
    }
}

/// <summary>Writes headings as usual; with a <see cref="Label"/>, wraps h2 and h3 with a link to themselves.</summary>
public sealed class HeadingLinkRenderer(HeadingRenderer standard) : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>The link's accessible name before the heading's text ("Link to this section"); null writes plain headings.</summary>
    public string? Label { get; set; }

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        if (Label is null || string.IsNullOrEmpty(id) || heading.Level is < 2 or > 3 || !renderer.EnableHtmlForBlock)
        {
            WriteAlias(renderer, heading);
            standard.Write(renderer, heading);
            return;
        }
        WriteAlias(renderer, heading); // outside the flex row, so it lies just above the heading rather than beside it
        renderer.EnsureLine();
        renderer.Write("<div class=\"anchored\">").WriteLine();
        standard.Write(renderer, heading);
        renderer.EnsureLine();
        renderer.Write("<a class=\"heading-link\" href=\"#").WriteEscape(id).Write("\" aria-label=\"").WriteEscape(Label)
            .Write(": ").WriteEscape(ParseMarkdown.InlineText(heading.Inline)).Write("\"><span aria-hidden=\"true\">#</span></a>").WriteLine();
        renderer.Write("</div>").WriteLine();
    }

    /// <summary>The id the heading was published with before ids were ASCII, as an empty element just before it, where an old link lands.</summary>
    private static void WriteAlias(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (HeadingIdExtension.AliasOf(heading) is not { } alias || !renderer.EnableHtmlForBlock) return;
        renderer.EnsureLine();
        renderer.Write("<span class=\"anchor-alias\" id=\"").WriteEscape(alias).Write("\"></span>").WriteLine();
    }
}
