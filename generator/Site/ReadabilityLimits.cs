using System.Text.Json;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// <c>Readability</c> in statiq.json: the highest LIX score a page's text may have before <c>check</c> and <c>build</c>
/// warn, per kind of page (<c>"finding": 55</c>), and for every page's front-matter summary (<c>"summary": 40</c>). A
/// kind without a limit is scored but never warned about. Where each key was written, for an unknown kind's message.
/// </summary>
public sealed record ReadabilityLimits(IReadOnlyDictionary<string, int> Limits, IReadOnlyDictionary<string, SourceLocation> Locations)
{
    /// <summary>The key whose limit applies to summaries rather than to a kind of page.</summary>
    public const string Summary = "summary";

    public static readonly ReadabilityLimits None = new(new Dictionary<string, int>(), new Dictionary<string, SourceLocation>());

    public int? LimitOf(string key) => Limits.TryGetValue(key, out var limit) ? limit : null;

    public static ReadabilityLimits Read(JsonElement value, Func<string, SourceLocation> at)
    {
        var limits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var limit) || limit is < 1 or > 100)
                throw new ContentException(at(property.Name), Say.ReadabilityLimitInvalid(property.Name));
            limits[property.Name] = limit;
            locations[property.Name] = at(property.Name);
        }
        return new ReadabilityLimits(limits, locations);
    }
}
