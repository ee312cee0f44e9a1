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
/// <para>
/// Unlike GitHub, the ids are ASCII (<see cref="Ascii"/>: æ → ae, ø → oe, å → aa, accents dropped), so an address
/// survives being typed, pasted into a mail or printed. Ids with those letters were published before, so such a heading
/// keeps the id GitHub's rule gives (or its own <c>{#id}</c> as written) as an alias (<see cref="AliasOf"/>), which
/// the renderer writes as a second anchor beside it: an old link still lands on the heading.
/// </para>
/// </summary>
public sealed class HeadingIdExtension : IMarkdownExtension
{
    private const string IdsKey = "HeadingIds", LegacyIdsKey = "LegacyHeadingIds", AliasKey = "HeadingIdAlias";

    /// <summary>The id the heading had before ids were ASCII, when it differs from its id now; null otherwise.</summary>
    public static string? AliasOf(HeadingBlock heading) => heading.GetData(AliasKey) as string;

    /// <summary>Sets the alias anew (a handout puts a prefix before every id of a body it holds).</summary>
    public static void SetAlias(HeadingBlock heading, string alias) => heading.SetData(AliasKey, alias);

    /// <summary>
    /// An id in ASCII: the Danish and Norwegian letters as Danish writes them without them (æ → ae, ø → oe, å → aa),
    /// then every other letter without its accent (é → e). A character with no ASCII form is kept, as GitHub keeps it.
    /// </summary>
    public static string Ascii(string id)
    {
        if (System.Text.Ascii.IsValid(id)) return id;
        var spelled = id.Replace("æ", "ae").Replace("ø", "oe").Replace("å", "aa")
            .Replace("Æ", "ae").Replace("Ø", "oe").Replace("Å", "aa").Normalize(System.Text.NormalizationForm.FormD);
        var ascii = new System.Text.StringBuilder(spelled.Length);
        foreach (var c in spelled)
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) ascii.Append(c);
        return ascii.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

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
        if (attributes.Id is { } own)
        {
            attributes.Id = Ascii(own);
            if (attributes.Id != own) SetAlias(heading, own);
            return;
        }
        if (processor.Document.GetData(IdsKey) is not Ids ids) processor.Document.SetData(IdsKey, ids = new Ids());
        if (processor.Document.GetData(LegacyIdsKey) is not Ids legacyIds) processor.Document.SetData(LegacyIdsKey, legacyIds = new Ids());

        var text = LinkHelper.UrilizeAsGfm(ids.PlainText(heading.Inline));
        var legacy = string.IsNullOrEmpty(text) ? "section" : text;
        // Both numberings run side by side, so a second "Sådan gør du" gets the alias it was published with.
        var id = Unique(Ascii(legacy), ids);
        legacy = Unique(legacy, legacyIds);
        attributes.Id = id;
        if (legacy != id) SetAlias(heading, legacy);
    }

    private static string Unique(string id, Ids ids)
    {
        if (ids.Taken.Add(id)) return id;
        var suffix = ids.NextSuffix.GetValueOrDefault(id, 1);
        var candidate = $"{id}-{suffix}";
        while (!ids.Taken.Add(candidate)) candidate = $"{id}-{++suffix}";
        ids.NextSuffix[id] = suffix + 1;
        return candidate;
    }
}
