namespace Guidance.Site;

/// <summary>"Did you mean …?" for a near miss: the closest known word within a small edit distance.</summary>
public static class Suggestions
{
    public static string? Closest(string wrong, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Word: k, Distance: Distance(wrong.ToLowerInvariant(), k.ToLowerInvariant())))
            .OrderBy(x => x.Distance).ThenBy(x => x.Word, StringComparer.Ordinal)
            .FirstOrDefault();
        var allowed = Math.Max(2, wrong.Length / 3);
        return best.Word is not null && best.Distance <= allowed ? best.Word : null;
    }

    /// <summary>The message tail for an unknown value: the suggestion, or the list of valid values when it is short.</summary>
    public static string Hint(string wrong, IReadOnlyCollection<string> known) =>
        Closest(wrong, known) is { } close ? Say.DidYouMean(close)
        : known.Count is > 0 and <= 8 ? Say.ExpectedOneOf(string.Join(", ", known))
        : "";

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
