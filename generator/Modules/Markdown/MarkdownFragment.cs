using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Guidance.Modules.Markdown;

/// <summary>How a page's body is reshaped to sit inside another page (a course handout holds many bodies).</summary>
/// <param name="IdPrefix">Put before every heading id and tooltip id, so that ids stay unique on the host page.</param>
/// <param name="HeadingShift">Added to every heading level, so the body's sections nest under the host's heading.</param>
public sealed record FragmentOptions(Func<string, string?> Resolve, TermSet Terms, string IdPrefix, int HeadingShift);

/// <summary>
/// Renders a Markdown body on its own, inside another page (a course handout), from its text: the tree is reshaped
/// (heading levels, ids, absolute links) before it is written, and pages keep no parsed tree to share (<see cref="MarkdownBody"/>).
/// </summary>
public static class MarkdownFragment
{
    public static string ToHtml(string markdown, bool allowRawHtml, FragmentOptions options)
    {
        var pipeline = MarkdownSyntax.Pipeline(allowRawHtml);
        var syntax = Markdig.Markdown.Parse(markdown, pipeline);
        foreach (var heading in syntax.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Min(6, heading.Level + options.HeadingShift);
            if (heading.TryGetAttributes() is { Id: { Length: > 0 } id } attributes) attributes.Id = options.IdPrefix + id;
            if (HeadingIdExtension.AliasOf(heading) is { } alias) HeadingIdExtension.SetAlias(heading, options.IdPrefix + alias);
        }
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.ObjectRenderers.FindExact<XrefLinkRenderer>()!.Resolve = options.Resolve;
        var terms = renderer.ObjectRenderers.FindExact<TermLiteralRenderer>()!;
        terms.Terms = options.Terms;
        terms.IdPrefix = options.IdPrefix + "term";
        renderer.Render(syntax);
        writer.Flush();
        return allowRawHtml ? RawHtml.Sanitize(writer.ToString()) : writer.ToString();
    }
}
