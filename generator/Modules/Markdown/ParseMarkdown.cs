using Guidance.Engine;
using Guidance.Modules.Metadata;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guidance.Modules.Markdown;

/// <summary>A link to another page by id, and where it was written.</summary>
public sealed record XrefLink(string Id, string Anchor, SourceLocation Location);

/// <summary>A plain link or image of the body (anything but an xref), as written, for link checks.</summary>
public sealed record MarkdownLink(string Url, bool IsImage, SourceLocation Location);

/// <summary>A heading of the body, for tables of contents and anchor checks; <paramref name="Alias"/> is the id it was published with before ids were ASCII.</summary>
public sealed record Heading(int Level, string Anchor, string Text, string? Alias = null);

/// <summary>
/// A body as <see cref="RenderMarkdown"/> needs it: a parsed tree costs far more memory than parsing again costs time,
/// so documents carry this between phases and the tree is built once to check and once to render. The text is kept as
/// UTF-8, half the size of a string for the mostly Latin text of the site, as every page's body is held from the process
/// phase to its rendering (the figure is in bench/RESULTS.md); and it can be let go once nothing will read it again
/// (<see cref="Release"/>), as the site model holds every page to the end of the build.
/// </summary>
public sealed record MarkdownBody(SourceLocation Start, bool AllowRawHtml, string? AssetsUrl)
{
    private byte[]? _utf8;

    public MarkdownBody(string markdown, SourceLocation start, bool allowRawHtml, string? assetsUrl)
        : this(start, allowRawHtml, assetsUrl) => _utf8 = System.Text.Encoding.UTF8.GetBytes(markdown);

    public string Markdown => System.Text.Encoding.UTF8.GetString(_utf8 ?? throw new InvalidOperationException(
        $"The Markdown body of {Start.File} was read after it was let go: whatever reads it after its page is rendered must keep it (RenderMarkdown's bodyReadLater)."));

    /// <summary>
    /// Lets the text go: at 40,000 pages the bodies were a quarter of the heap while pages were rendered, held by the
    /// site model long after each was rendered. Only for a body nothing reads again.
    /// </summary>
    public void Release() => _utf8 = null;

    /// <summary>The tree with every link as written, for checks.</summary>
    public MarkdownDocument ParseAsWritten() => Parse(Markdown, Start, AllowRawHtml);

    /// <summary>The tree of a body's text with every link as written; <paramref name="start"/> is where the body begins in its file.</summary>
    public static MarkdownDocument Parse(string markdown, SourceLocation start, bool allowRawHtml)
    {
        try { return Markdig.Markdown.Parse(markdown, MarkdownSyntax.Pipeline(allowRawHtml)); }
        catch (Exception e) when (MarkdownSyntax.IsNestingLimit(e)) { throw new ContentException(start, MarkdownSyntax.TooDeeplyNested); }
    }

    /// <summary>
    /// The tree as it is rendered: a relative image path (<c>images/x.png</c>) names a file below the assets folder, so it
    /// becomes <see cref="AssetsUrl"/> plus that path and the same Markdown works on every page, whatever its URL.
    /// </summary>
    public MarkdownDocument ParseForRendering()
    {
        var markdown = Markdown;
        var syntax = Parse(markdown, Start, AllowRawHtml);
        // Every image is written "![...": a body without one (most) is not walked through for images.
        if (AssetsUrl is not null && markdown.Contains("![", StringComparison.Ordinal))
            foreach (var image in syntax.Descendants<LinkInline>().Where(l => l.IsImage && ParseMarkdown.IsRelativePath(l.Url?.Trim() ?? "")))
                image.Url = AssetsUrl + image.Url!.Trim();
        return syntax;
    }
}

/// <summary>
/// Parses the Markdown body in the process phase, so that other pipelines can see where a page links before anything
/// is rendered (backlinks, link checks): its xrefs, plain links and headings become metadata, with the body to render
/// (<see cref="MarkdownBody"/>). Links with a scripting scheme and attributes other than id and class are refused here.
/// </summary>
public sealed class ParseMarkdown(bool allowRawHtml, string? assetsUrl = null) : DocumentModule
{
    public const string BodyKey = "MarkdownBody";
    public const string XrefsKey = "Xrefs";
    public const string LinksKey = "Links";
    public const string HeadingsKey = "Headings";
    /// <summary>The prose's readability counts (<see cref="ProseCounts"/>), counted while the tree is at hand.</summary>
    public const string ProseKey = "ProseCounts";

    private static readonly string[] RefusedSchemes = ["javascript:", "vbscript:", "data:"];

    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var firstLine = input.Get<int?>(ParseFrontMatter.BodyLineKey) ?? 1;
        var body = new MarkdownBody(input.Content, new SourceLocation(input.Source ?? "(generated)", firstLine), allowRawHtml, assetsUrl);
        var syntax = MarkdownBody.Parse(input.Content, body.Start, allowRawHtml); // the text in hand, not decoded again from the body
        SourceLocation At(MarkdownObject node) => new(input.Source ?? "(generated)", firstLine + node.Line, node.Column + 1);

        foreach (var autolink in syntax.Descendants<AutolinkInline>())
            if (RunsCode(autolink.Url))
                context.Report(At(autolink), Say.LinkRunsCode(autolink.Url));
        var xrefs = new List<XrefLink>();
        var links = new List<MarkdownLink>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            var url = link.Url?.Trim() ?? "";
            if (RunsCode(url))
                context.Report(At(link), Say.LinkRunsCode(url));
            else if (url.StartsWith(XrefExtension.Scheme, StringComparison.Ordinal))
            {
                var (id, anchor) = XrefExtension.Parse(url);
                xrefs.Add(new XrefLink(id, anchor, At(link)));
            }
            else
            {
                links.Add(new MarkdownLink(url, link.IsImage, At(link)));
            }
        }
        foreach (var node in syntax.Descendants())
            if (node.TryGetAttributes() is { Properties.Count: > 0 } attributes)
                foreach (var (name, _) in attributes.Properties!)
                    context.Report(At(node), Say.AttributeNotAllowed(name));
        var headings = syntax.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, h.GetAttributes().Id ?? "", InlineText(h.Inline), HeadingIdExtension.AliasOf(h)))
            .ToList();
        // The body is kept once, in the MarkdownBody; the content is empty until the body is rendered into it.
        yield return input.With([
            new(BodyKey, body),
            new(XrefsKey, xrefs),
            new(LinksKey, links),
            new(HeadingsKey, headings),
            new(ProseKey, ProseCounts.Of(syntax)),
        ]) with { Content = "" };
    }

    /// <summary>A path with no scheme, no host and no leading slash or #: relative to something the site decides.</summary>
    public static bool IsRelativePath(string url) =>
        url.Length > 0 && url[0] is not ('/' or '#' or '?') && !HasScheme(url);

    /// <summary><c>https:</c>, <c>mailto:</c>: a scheme is letters, digits, +, - or . before the first colon, starting with a letter.</summary>
    public static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 0 && char.IsAsciiLetter(url[0]) && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
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
