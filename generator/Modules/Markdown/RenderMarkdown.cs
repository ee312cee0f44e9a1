using Guidance.Engine;
using Markdig.Renderers;

namespace Guidance.Modules.Markdown;

/// <summary>
/// Parses the body again (see <see cref="ParseMarkdown"/> for why) and renders it to HTML, resolving xref links
/// with the resolver the site gives for each document (its language decides which translation a link goes to),
/// and linking the first use of each defined term the site gives. The HTML becomes the content.
/// </summary>
public sealed class RenderMarkdown(bool allowRawHtml, Func<Document, BuildContext, Func<string, string?>> resolverFor,
    Func<Document, BuildContext, TermSet>? termsFor = null) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (input[ParseMarkdown.SyntaxKey] is not true)
        {
            yield return input;
            yield break;
        }
        var pipeline = MarkdownSyntax.Pipeline(allowRawHtml);
        var syntax = Markdig.Markdown.Parse(input.Content, pipeline);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<XrefLinkRenderer>()!.Resolve = resolverFor(input, context);
        if (termsFor is not null) renderer.ObjectRenderers.FindExact<TermLiteralRenderer>()!.Terms = termsFor(input, context);
        renderer.Render(syntax);
        writer.Flush();
        // The content is HTML now, no longer Markdown to render.
        yield return input with { Content = writer.ToString(), Metadata = input.Metadata.Remove(ParseMarkdown.SyntaxKey) };
    }
}
