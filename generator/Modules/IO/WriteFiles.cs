using System.Text;
using Guidance.Engine;

namespace Guidance.Modules.IO;

/// <summary>
/// Writes each document with a destination below the output folder. A file whose bytes would not
/// change is left alone, so a rebuild touches only what changed.
/// </summary>
public sealed class WriteFiles : DocumentModule
{
    public const string SourceFileKey = "SourceFile";

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (input.Destination is { } destination)
        {
            var path = OutputPathOf(context.FileSystem, destination, input);
            if (input[SourceFileKey] is string sourceFile) CopyIfChanged(sourceFile, path);
            else WriteIfChanged(path, Encoding.UTF8.GetBytes(input.Content));
        }
        yield return input;
    }

    /// <summary>The full path for a destination, refusing any that would land outside the output folder.</summary>
    public static string OutputPathOf(FileSystem fileSystem, string destination, Document document)
    {
        var root = fileSystem.OutputPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, destination));
        if (!full.StartsWith(root, StringComparison.Ordinal))
            throw new ContentException(new SourceLocation(document.Source ?? "(generated)", 1),
                $"the output path '{destination}' leaves the output folder");
        return full;
    }

    public static bool WriteIfChanged(string path, byte[] bytes)
    {
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return true;
    }

    private static void CopyIfChanged(string source, string path)
    {
        var from = new FileInfo(source);
        var to = new FileInfo(path);
        if (to.Exists && to.Length == from.Length && to.LastWriteTimeUtc >= from.LastWriteTimeUtc) return;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        from.CopyTo(path, overwrite: true);
    }
}
