using System.Collections.Concurrent;
using Guidance.Engine;
using Guidance.Modules.IO;

namespace Guidance.Modules.Metadata;

/// <summary>
/// Statiq's <c>_directory.yml</c>: its keys apply to every file in its folder and below.
/// A nearer folder's file wins over an outer one, and a file's own front matter wins over both.
/// </summary>
public sealed class ApplyDirectoryMetadata : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, BuildContext context)
    {
        var cache = new ConcurrentDictionary<string, YamlMapping>(StringComparer.Ordinal);
        YamlMapping Load(InputFile file) => cache.GetOrAdd(file.FullPath, _ => YamlData.ReadMapping(ReadFiles.ReadText(file), file.DisplayPath));

        return inputs.Select(document =>
        {
            if (document.GetString(ReadFiles.RelativePathKey) is not { } relative) return document;
            var inherited = YamlData.NewMap();
            foreach (var file in context.FileSystem.DirectoryMetadataFor(relative))
                foreach (var (key, value) in Load(file).Values) inherited[key] = value;
            var missing = inherited.Where(kv => !document.ContainsKey(kv.Key));
            return document.With(missing);
        }).ToList();
    }
}
