using Guidance.Engine;

namespace Guidance.Modules.IO;

/// <summary>Static files (CSS, JavaScript, images) from a folder of the merged roots, written as they are.</summary>
public sealed class CopyFiles(string folder, string destinationFolder) : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var files = context.FileSystem.GetFiles(folder, recursive: true, "");
        var copies = files.Select(file => new Document
        {
            Source = file.DisplayPath,
            Destination = destinationFolder + "/" + Path.GetRelativePath(folder, file.RelativePath).Replace('\\', '/'),
            Metadata = Document.EmptyMetadata.Add(WriteFiles.SourceFileKey, file.FullPath),
        });
        return [.. inputs, .. copies];
    }
}
