using Markdig;

namespace Guidance.Modules.Markdown;

/// <summary>The Markdown dialect of the site, built once and shared by every document.</summary>
public static class MarkdownSyntax
{
    private static readonly MarkdownPipeline Safe = Build(allowRawHtml: false);
    private static readonly MarkdownPipeline WithHtml = Build(allowRawHtml: true);

    public static MarkdownPipeline Pipeline(bool allowRawHtml) => allowRawHtml ? WithHtml : Safe;

    /// <summary>
    /// Markdig guards its recursion, when parsing and when rendering, with a nesting limit and throws an
    /// ArgumentException past it; to an editor that is a located content error, not a crash.
    /// </summary>
    public static bool IsNestingLimit(Exception e) =>
        e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.OrdinalIgnoreCase);

    public static string TooDeeplyNested => Say.MarkdownTooDeep;

    private static MarkdownPipeline Build(bool allowRawHtml)
    {
        var builder = new MarkdownPipelineBuilder();
        builder.Extensions.Add(new HeadingIdExtension()); // GitHub's ids, as UseAutoIdentifiers(AutoIdentifierOptions.GitHub) makes them
        builder
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .UseGenericAttributes(); // for {#anchor} on headings; ParseMarkdown allows only id and class
        builder.Extensions.Add(new XrefExtension());
        builder.Extensions.Add(new TermsExtension());
        builder.Extensions.Add(new HeadingLinkExtension());
        // Raw HTML in content would let a single file inject script into the site; it is opt-in.
        if (!allowRawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
