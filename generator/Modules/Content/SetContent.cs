using Guidance.Engine;

namespace Guidance.Modules.Content;

/// <summary>
/// Gives documents their content from what the context holds, typically in the post-process phase: a file such as
/// a feed or a sitemap is known (and can be linked to and checked) in the process phase, its content only once
/// every page is. A document the function returns null for is left as it is.
/// </summary>
public sealed class SetContent(Func<Document, BuildContext, string?> content) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        yield return content(input, context) is { } text ? input with { Content = text } : input;
    }
}
