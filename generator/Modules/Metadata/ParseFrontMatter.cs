using Guidance.Engine;

namespace Guidance.Modules.Metadata;

/// <summary>
/// Moves YAML front matter between two <c>---</c> lines into metadata and leaves the body as content.
/// Records the line of each key and the line the body starts on, so later messages can point into the file.
/// </summary>
public sealed class ParseFrontMatter : DocumentModule
{
    public const string BodyLineKey = "BodyLine";

    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var file = input.Source ?? "(generated)";
        var text = input.Content;
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            yield return input.With(BodyLineKey, 1);
            yield break;
        }
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && !(end + 4 == text.Length || text[end + 4] == '\n'))
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        if (end < 0)
            throw new ContentException(new SourceLocation(file, 1), Say.FrontMatterNotClosed);

        var yaml = text[4..(end + 1)];
        var mapping = YamlData.ReadMapping(yaml, file, firstLine: 2);
        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = 2 + yaml.AsSpan().Count('\n') + 1;
        yield return input with
        {
            Content = text[bodyStart..],
            Metadata = input.Metadata.SetItems(mapping.Values).SetItem(BodyLineKey, bodyLine),
            KeyLines = input.KeyLines.SetItems(mapping.KeyLines),
        };
    }
}
