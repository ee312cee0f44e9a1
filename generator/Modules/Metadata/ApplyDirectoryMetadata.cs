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
    /// <summary>
    /// The keys a document took from folder files, each with where it was written: a <see cref="IReadOnlyDictionary{TKey,TValue}"/>
    /// of key to <see cref="SourceLocation"/>, so that a key no page accepts is reported in the folder file.
    /// </summary>
    public const string InheritedKeysKey = "InheritedKeys";

    private readonly ConcurrentDictionary<string, YamlMapping> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Inherited> _folders = new(StringComparer.Ordinal);

    private sealed record Inherited(Dictionary<string, object?> Values, Dictionary<string, SourceLocation> Locations);

    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (input.GetString(ReadFiles.RelativePathKey) is not { } relative)
        {
            yield return input;
            yield break;
        }
        var inherited = InheritedBy(relative, context.FileSystem);
        if (inherited.Values.Count == 0)
        {
            yield return input;
            yield break;
        }
        var taken = inherited.Values.Where(kv => !input.ContainsKey(kv.Key)).ToList();
        IReadOnlyDictionary<string, SourceLocation> locations = taken.ToDictionary(kv => kv.Key, kv => inherited.Locations[kv.Key], StringComparer.OrdinalIgnoreCase);
        yield return input.With([.. taken, new(InheritedKeysKey, locations)]);
    }

    /// <summary>What the files of one folder inherit, worked out once per folder rather than once per file.</summary>
    private Inherited InheritedBy(string relative, FileSystem fileSystem) =>
        _folders.GetOrAdd(relative[..(relative.LastIndexOf('/') + 1)], _ =>
        {
            var inherited = new Inherited(YamlData.NewMap(), new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase));
            foreach (var file in fileSystem.DirectoryMetadataFor(relative))
            {
                var mapping = Load(file);
                foreach (var (key, value) in mapping.Values)
                {
                    inherited.Values[key] = value;
                    inherited.Locations[key] = new SourceLocation(file.DisplayPath, mapping.KeyLines.GetValueOrDefault(key, 1));
                }
            }
            return inherited;
        });

    private YamlMapping Load(InputFile file) =>
        _files.GetOrAdd(file.FullPath, _ => YamlData.ReadMapping(ReadFiles.ReadText(file), file.DisplayPath));
}
