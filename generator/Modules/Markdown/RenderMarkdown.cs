using Guidance.Engine;
using Guidance.Modules.Metadata;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Guidance.Modules.Markdown;

/// <summary>
/// Renders the body <see cref="ParseMarkdown"/> checked to HTML, resolving xref links with the resolver the site gives for each
/// document (its language decides which translation a link goes to), and linking the first use of each
/// defined term the site gives, and with a link beside each section heading when the site names it
/// (<paramref name="headingLinkLabelFor"/>). The HTML becomes the content.
/// </summary>
/// <param name="bodyReadLater">
/// Whether something reads a document's body after it is rendered (another page holding it). Where it says no, an
/// engine that runs once lets the body go as soon as it is rendered (<see cref="MarkdownBody.Release"/>); without it,
/// every body is kept. An engine that runs again keeps them all, to render unchanged pages again.
/// </param>
public sealed class RenderMarkdown(bool allowRawHtml, Func<Document, BuildContext, Func<string, string?>> resolverFor,
    Func<Document, BuildContext, TermSet>? termsFor = null, Func<Document, string?>? headingLinkLabelFor = null,
    Func<Document, BuildContext, bool>? bodyReadLater = null) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (input[ParseMarkdown.BodyKey] is not MarkdownBody body)
        {
            yield return input;
            yield break;
        }
        var syntax = body.ParseForRendering();
        var renderer = Renderer.Take(allowRawHtml);
        renderer.Links.Resolve = resolverFor(input, context);
        renderer.Terms.Terms = termsFor?.Invoke(input, context) ?? TermSet.Empty;
        renderer.Terms.StartPage();
        renderer.Headings.Label = headingLinkLabelFor?.Invoke(input);
        try { renderer.Html.Render(syntax); }
        catch (Exception e) when (MarkdownSyntax.IsNestingLimit(e)) { throw new ContentException(body.Start, MarkdownSyntax.TooDeeplyNested); }
        var content = renderer.Text.ToString();
        renderer.GiveBack();
        if (context.Rerun is null && bodyReadLater?.Invoke(input, context) == false) body.Release();
        yield return input with { Content = allowRawHtml ? RawHtml.Sanitize(content) : content };
    }

    /// <summary>
    /// An HTML renderer set up for the site's Markdown, with its buffer, kept by a thread from body to body: making one and
    /// setting it up (every extension replacing Markdig's object renderers) for each body was a few percent of rendering
    /// it, and a new buffer grew chunk by chunk with every body, as much as the bodies' HTML again in arrays for the
    /// collector (bench/RESULTS.md). A render that fails gives nothing back, since it may leave the renderer's state halfway.
    /// </summary>
    private sealed class Renderer
    {
        private const int MaxKeptBuffer = 256 * 1024;

        [ThreadStatic] private static Renderer? t_kept;

        private readonly bool _allowRawHtml;

        private Renderer(bool allowRawHtml)
        {
            _allowRawHtml = allowRawHtml;
            Html = new KeptHtmlRenderer(new StringWriter(Text));
            MarkdownSyntax.Pipeline(allowRawHtml).Setup(Html);
            Links = Html.ObjectRenderers.FindExact<XrefLinkRenderer>()!;
            Terms = Html.ObjectRenderers.FindExact<TermLiteralRenderer>()!;
            Headings = Html.ObjectRenderers.FindExact<HeadingLinkRenderer>()!;
        }

        public System.Text.StringBuilder Text { get; } = new(16 * 1024);
        public KeptHtmlRenderer Html { get; }
        public XrefLinkRenderer Links { get; }
        public TermLiteralRenderer Terms { get; }
        public HeadingLinkRenderer Headings { get; }

        public static Renderer Take(bool allowRawHtml)
        {
            var kept = t_kept;
            t_kept = null;
            return kept is not null && kept._allowRawHtml == allowRawHtml ? kept : new Renderer(allowRawHtml);
        }

        /// <summary>Keeps the renderer for the thread's next body; emptying a buffer that grew past this copies it into one array, so a larger one is left to the collector.</summary>
        public void GiveBack()
        {
            if (Text.Capacity > MaxKeptBuffer) return;
            Html.Empty();
            t_kept = this;
        }
    }

    /// <summary>Markdig's HTML renderer, emptied as Markdig empties the renderers it pools (its writer's text and its line and indent state).</summary>
    private sealed class KeptHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
    {
        public void Empty() => Reset();
    }
}
