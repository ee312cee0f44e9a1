using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Modules.Metadata;

/// <summary>
/// Statiq's <c>_directory.yml</c>: its keys apply to every file in its folder and below.
/// A nearer folder's file wins over an outer one, and a file's own front matter wins over both.
/// The folder files are read once for the life of the module: a change to one needs a new engine.
/// </summary>
public sealed class ApplyDirectoryMetadata : DocumentModule
{
    private readonly ConcurrentDictionary<string, YamlMapping> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, object?>> _folders = new(StringComparer.Ordinal);

    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (input.GetString(ReadFiles.RelativePathKey) is not { } relative)
        {
            yield return input;
            yield break;
        }
        var inherited = InheritedBy(relative, context.FileSystem);
        yield return inherited.Count == 0 ? input : input.With(inherited.Where(kv => !input.ContainsKey(kv.Key)));
    }

    /// <summary>What the files of one folder inherit, worked out once per folder rather than once per file.</summary>
    private IReadOnlyDictionary<string, object?> InheritedBy(string relative, FileSystem fileSystem) =>
        _folders.GetOrAdd(relative[..(relative.LastIndexOf('/') + 1)], _ =>
        {
            var inherited = YamlData.NewMap();
            foreach (var file in fileSystem.DirectoryMetadataFor(relative))
                foreach (var (key, value) in Load(file).Values) inherited[key] = value;
            return inherited;
        });

    private YamlMapping Load(InputFile file) =>
        _files.GetOrAdd(file.FullPath, _ => YamlData.ReadMapping(ReadFiles.ReadText(file), file.DisplayPath));
}
