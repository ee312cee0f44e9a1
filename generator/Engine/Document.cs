using System.Collections.Immutable;

namespace Guidance.Engine;

/// <summary>
/// One unit of content flowing through a pipeline. Immutable: modules return changed clones,
/// which is what lets modules process documents in parallel without locks.
/// </summary>
public sealed record Document
{
    public static readonly ImmutableDictionary<string, object?> EmptyMetadata =
        ImmutableDictionary.Create<string, object?>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the document came from, relative to the site root (for messages), or null if generated.</summary>
    public string? Source { get; init; }

    /// <summary>Where the document is written, relative to the output folder, or null if it is not written.</summary>
    public string? Destination { get; init; }

    /// <summary>Case-insensitive metadata, as Statiq's: `Title` and `title` are one key.</summary>
    public ImmutableDictionary<string, object?> Metadata { get; init; } = EmptyMetadata;

    public string Content { get; init; } = "";

    /// <summary>The line in <see cref="Source"/> where each front matter key was written.</summary>
    public ImmutableDictionary<string, int> KeyLines { get; init; } =
        ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase);

    public object? this[string key] => Metadata.TryGetValue(key, out var value) ? value : null;

    public string? GetString(string key) => this[key] switch
    {
        null => null,
        string s => s,
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    public T? Get<T>(string key) => this[key] is T value ? value : default;

    public IReadOnlyList<string> GetList(string key) => this[key] switch
    {
        null => [],
        string s => [s],
        IEnumerable<object?> items => items.Select(i => Convert.ToString(i, System.Globalization.CultureInfo.InvariantCulture) ?? "").ToList(),
        var other => [Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""],
    };

    public bool ContainsKey(string key) => Metadata.ContainsKey(key);

    public Document With(string key, object? value) => this with { Metadata = Metadata.SetItem(key, value) };

    public Document With(IEnumerable<KeyValuePair<string, object?>> items) => this with { Metadata = Metadata.SetItems(items) };

    /// <summary>The location of a front matter key, for messages: the key's own line when known, else the file.</summary>
    public SourceLocation LocationOf(string key) =>
        new(Source ?? "(generated)", KeyLines.TryGetValue(key, out var line) ? line : 1);
}
