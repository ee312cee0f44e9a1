using System.Text.Json;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// <c>Readability</c> in statiq.json: the highest LIX score a page's text may have before <c>check</c> and <c>build</c>
/// warn, per kind of page (<c>"finding": 55</c>), and for every page's front-matter summary (<c>"summary": 40</c>). A
/// kind without a limit is scored but never warned about. Where each key was written, for an unknown kind's message.
/// <c>"summary"</c> may also name kinds (<c>"summary": { "finding": 40 }</c>): then only their summaries are held to
/// a limit, as the summaries practitioners read first need not be held to the same as a study's abstract.
/// </summary>
public sealed record ReadabilityLimits(IReadOnlyDictionary<string, int> Limits, IReadOnlyDictionary<string, SourceLocation> Locations,
    IReadOnlyDictionary<string, int>? SummaryLimits = null)
{
    /// <summary>The key whose limit applies to summaries rather than to a kind of page.</summary>
    public const string Summary = "summary";

    public static readonly ReadabilityLimits None = new(new Dictionary<string, int>(), new Dictionary<string, SourceLocation>());

    public int? LimitOf(string key) => Limits.TryGetValue(key, out var limit) ? limit : null;

    /// <summary>The limit for the summary of a page of <paramref name="kind"/>: its own, else the one for every summary.</summary>
    public int? SummaryLimitOf(string kind) =>
        SummaryLimits is null ? LimitOf(Summary) : SummaryLimits.TryGetValue(kind, out var limit) ? limit : null;

    /// <summary>The kinds <c>"summary"</c> names, each a key the pipeline checks like a kind's own limit.</summary>
    public IEnumerable<string> SummaryKinds => SummaryLimits?.Keys ?? [];

    public static ReadabilityLimits Read(JsonElement value, Func<string, SourceLocation> at)
    {
        var limits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var locations = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, int>? summaryLimits = null;
        foreach (var property in value.EnumerateObject())
        {
            locations[property.Name] = at(property.Name);
            if (property.NameEquals(Summary) && property.Value.ValueKind == JsonValueKind.Object)
                summaryLimits = property.Value.EnumerateObject().ToDictionary(kind => kind.Name, kind => LimitIn(kind.Value, kind.Name, at), StringComparer.OrdinalIgnoreCase);
            else
                limits[property.Name] = LimitIn(property.Value, property.Name, at);
        }
        return new ReadabilityLimits(limits, locations, summaryLimits);
    }

    private static int LimitIn(JsonElement value, string name, Func<string, SourceLocation> at) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var limit) && limit is >= 1 and <= 100
            ? limit
            : throw new ContentException(at(name), Say.ReadabilityLimitInvalid(name));
}
