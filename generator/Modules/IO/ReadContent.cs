using Guidance.Engine;

namespace Guidance.Modules.IO;

/// <summary>Reads the text of a file that <see cref="ReadFiles"/> listed without reading (<see cref="ReadFiles.ReadLater"/>).</summary>
public sealed class ReadContent : DocumentModule
{
    /// <summary>A file unchanged since the last run is listed as the same document (<see cref="ReadFiles"/>), so it is not read again.</summary>
    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context) =>
        input.Get<InputFile>(ReadFiles.FileKey) is { } file
            ? [input with { Content = ReadFiles.ReadText(file), Metadata = input.Metadata.Remove(ReadFiles.FileKey) }]
            : [input];
}
