using Guidance.Engine;

namespace Guidance.Modules.Metadata;

/// <summary>Turns a whole YAML file (a data file such as a study) into metadata.</summary>
public sealed class ParseYamlFile : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var mapping = YamlData.ReadMapping(input.Content, input.Source ?? "(generated)");
        yield return input with
        {
            Metadata = input.Metadata.SetItems(mapping.Values),
            KeyLines = input.KeyLines.SetItems(mapping.KeyLines),
        };
    }
}
