using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Modules.Content;

/// <summary>
/// <see cref="SetContent"/> for a file made as UTF-8 bytes (<see cref="WriteFiles.BytesKey"/>): a file of many MB (the
/// sitemap, the pack's data) written as text first cost its size twice over in a string, and as much again in its
/// encoding when written. A document the function returns null for is left as it is.
/// </summary>
public sealed class SetBytes(Func<Document, BuildContext, ReadOnlyMemory<byte>?> content) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        yield return content(input, context) is { } bytes ? input.With(WriteFiles.BytesKey, bytes) : input;
    }
}
