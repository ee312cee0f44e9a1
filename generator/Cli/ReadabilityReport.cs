using Guidance.Site.Pipelines;

namespace Guidance.Cli;

/// <summary>
/// What <c>check --readability</c> prints: each page's LIX scores, one line per file (its text, its summary, and the
/// limit each is held to, from <c>Readability</c> in statiq.json), then per language and kind how many pages were scored
/// and their median.
/// </summary>
public static class ReadabilityReport
{
    public static void Print(IReadOnlyList<ReadabilityScore> scores, TextWriter stdout)
    {
        static string Limit(int? limit) => limit is { } l ? Say.LixLimit(l) : "";
        foreach (var score in scores)
        {
            var parts = new List<string>();
            if (score.Text is { } text) parts.Add(Say.LixText(text) + Limit(score.TextLimit));
            if (score.Summary is { } summary) parts.Add(Say.LixSummary(summary) + Limit(score.SummaryLimit));
            // A study's file holds both languages, so its lines name theirs.
            var file = score.File.EndsWith($".{score.Lang}.md", StringComparison.Ordinal) ? score.File : $"{score.File} ({score.Lang})";
            stdout.WriteLine($"{file}: LIX {string.Join(", ", parts)}");
        }
        foreach (var group in scores.GroupBy(s => (s.Lang, s.Kind)).OrderBy(g => g.Key.Lang, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal))
        {
            var texts = group.Select(s => s.Text).OfType<int>().ToList();
            var summaries = group.Select(s => s.Summary).OfType<int>().ToList();
            var above = group.Count(s => s.Summary > s.SummaryLimit) is var n && group.Any(s => s.SummaryLimit is not null) ? Say.LixAboveLimit(n) : "";
            stdout.WriteLine(Say.LixMedians(group.Key.Lang, group.Key.Kind, group.Count(), Median(texts), Median(summaries), above));
        }
    }

    private static string Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0) return "-";
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return (sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
    }
}
