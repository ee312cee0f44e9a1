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
        var html = t_html ?? new System.Text.StringBuilder(16 * 1024);
        t_html = null;
        var writer = new StringWriter(html);
        var renderer = new HtmlRenderer(writer);
        MarkdownSyntax.Pipeline(allowRawHtml).Setup(renderer);
        renderer.ObjectRenderers.FindExact<XrefLinkRenderer>()!.Resolve = resolverFor(input, context);
        if (termsFor is not null) renderer.ObjectRenderers.FindExact<TermLiteralRenderer>()!.Terms = termsFor(input, context);
        renderer.ObjectRenderers.FindExact<HeadingLinkRenderer>()!.Label = headingLinkLabelFor?.Invoke(input);
        try { renderer.Render(syntax); }
        catch (Exception e) when (MarkdownSyntax.IsNestingLimit(e)) { throw new ContentException(body.Start, MarkdownSyntax.TooDeeplyNested); }
        var content = html.ToString();
        // Emptying a builder that grew chunk by chunk copies it into one array: a body larger than that is left to the collector.
        if (html.Capacity <= MaxKeptBuffer)
        {
            html.Clear();
            t_html = html;
        }
        if (context.Rerun is null && bodyReadLater?.Invoke(input, context) == false) body.Release();
        yield return input with { Content = allowRawHtml ? RawHtml.Sanitize(content) : content };
    }

    /// <summary>
    /// This thread's HTML buffer, kept from body to body: a new one grew chunk by chunk with every body, which was as
    /// much as the bodies' HTML again in arrays for the collector (bench/RESULTS.md).
    /// </summary>
    [ThreadStatic] private static System.Text.StringBuilder? t_html;

    private const int MaxKeptBuffer = 256 * 1024;
}
