using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Modules.Markdown;

/// <summary>
/// GitHub's heading ids (<c>## Trust grows</c> gets <c>trust-grows</c>, a second one <c>trust-grows-1</c>), as
/// Markdig's <c>AutoIdentifiers</c> with <c>AutoIdentifierOptions.GitHub</c> makes them, id for id. Markdig looks for a
/// free suffix from 1 each time, so a page of 20,000 equal headings took half a minute; this remembers the next
/// suffix of each id. A heading with its own <c>{#id}</c> keeps it, as there.
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private const string IdsKey = "HeadingIds";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is null) continue;
            parser.Closed -= Closed;
            parser.Closed += Closed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Closed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading) heading.ProcessInlinesEnd += Identify;
    }

    /// <summary>
    /// The ids given so far in a document, the next suffix to try for each, and the renderer that writes a heading's
    /// plain text: making a renderer costs more than a heading's whole parse, so a document makes one, not one per heading.
    /// </summary>
    private sealed class Ids
    {
        public HashSet<string> Taken { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, int> NextSuffix { get; } = new(StringComparer.Ordinal);
        private readonly StringWriter _writer = new();
        private HtmlRenderer? _plain;

        public string PlainText(ContainerInline inline)
        {
            _writer.GetStringBuilder().Clear();
            (_plain ??= new HtmlRenderer(_writer) { EnableHtmlForInline = false, EnableHtmlEscape = false }).Render(inline);
            _writer.Flush();
            return _writer.ToString();
        }
    }

    private static void Identify(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        heading.ProcessInlinesEnd -= Identify;
        if (heading.Inline is null) return;
        var attributes = heading.GetAttributes();
        if (attributes.Id is not null) return;
        if (processor.Document.GetData(IdsKey) is not Ids ids) processor.Document.SetData(IdsKey, ids = new Ids());

        var text = LinkHelper.UrilizeAsGfm(ids.PlainText(heading.Inline));
        var id = string.IsNullOrEmpty(text) ? "section" : text;
        if (!ids.Taken.Add(id))
        {
            var suffix = ids.NextSuffix.GetValueOrDefault(id, 1);
            var candidate = $"{id}-{suffix}";
            while (!ids.Taken.Add(candidate)) candidate = $"{id}-{++suffix}";
            ids.NextSuffix[id] = suffix + 1;
            id = candidate;
        }
        attributes.Id = id;
    }
}
