using Guidance.Engine;
using Guidance.Modules.Content;
using Guidance.Modules.Markdown;
using Guidance.Modules.Metadata;
using Guidance.Modules.Text;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The LIX scores of one page: its body's prose and its front-matter summary, each null where it has none, with the limit
/// each is held to (null: none set).
/// </summary>
public sealed record ReadabilityScore(string File, string Kind, string Lang, string Url, int? Text, int? TextLimit, int? Summary, int? SummaryLimit);

/// <summary>
/// Scores every content page's prose and summary with LIX (<see cref="Lix"/>), in every language, and warns where a score
/// is above its limit in <c>Readability</c> in statiq.json (<see cref="ReadabilityLimits"/>). The scores go into the
/// build's report, which <c>check --readability</c> prints. LIX for English too: it needs only word and sentence lengths,
/// so one scale and one limit serve both languages (Flesch's reading ease needs syllables, which are counted differently
/// in every language).
/// </summary>
public static class ReadabilityPipeline
{
    public const string Name = "readability";
    private const string ScoresKey = "ReadabilityScores";

    /// <remarks>
    /// The limits are checked against the content types in the process phase, before any page is written; the pages are
    /// scored in the post-process phase, where the site model is visible to every pipeline: no page waits for the
    /// scores, and the preview server writes an edited page before them (bench/RESULTS.md).
    /// </remarks>
    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(Name);
        pipeline.ProcessModules.Add(new AddDocuments(context => { CheckLimits(site, context); return []; }));
        pipeline.PostProcessModules.Add(new AddDocuments(context => [new Document().With(ScoresKey, Score(site, context))]));
        return pipeline;
    }

    /// <summary>The scores a finished engine run made, sorted by file and language.</summary>
    public static IReadOnlyList<ReadabilityScore> ScoresOf(EngineResult result) =>
        result.Outputs.GetValueOrDefault(Name)?.SelectMany(d => d.Get<IReadOnlyList<ReadabilityScore>>(ScoresKey) ?? []).ToList() ?? [];

    /// <summary>Reports each limit set for a kind of page the site does not have.</summary>
    private static void CheckLimits(GuidanceSite site, BuildContext context)
    {
        var limits = site.Settings.Readability;
        var kinds = site.Types.All.Select(t => t.Kind).ToList();
        foreach (var key in limits.Limits.Keys.Where(k => !k.Equals(ReadabilityLimits.Summary, StringComparison.OrdinalIgnoreCase))
                     .Concat(limits.SummaryKinds).Where(k => !kinds.Contains(k, StringComparer.OrdinalIgnoreCase)))
            context.Report(limits.Locations.TryGetValue(key, out var at) ? at : limits.Locations[ReadabilityLimits.Summary],
                Say.ReadabilityNoKind(key, Suggestions.Hint(key, [ReadabilityLimits.Summary, .. kinds]), ReadabilityLimits.Summary, string.Join(", ", kinds)));
    }

    private static IReadOnlyList<ReadabilityScore> Score(GuidanceSite site, BuildContext context)
    {
        var limits = site.Settings.Readability;
        var kinds = site.Types.All.Select(t => t.Kind).ToList();
        var model = ModelPipeline.ModelOf(context);
        var scores = new List<ReadabilityScore>();
        foreach (var page in model.Pages.Where(p => p.Source is not null && kinds.Contains(p.Kind())))
        {
            var text = page.Get<TextCounts?>(ParseMarkdown.ProseKey)?.Lix is { } lix ? (int?)Round(lix) : null;
            var summary = page.Summary() is { Length: > 0 } written ? Lix.Score(written) : null;
            var (textLimit, summaryLimit) = (limits.LimitOf(page.Kind()), limits.SummaryLimitOf(page.Kind()));
            if (text > textLimit)
                context.Report(new SourceLocation(page.Source!, page.Get<int?>(ParseFrontMatter.BodyLineKey) ?? 1),
                    Say.TextAboveLix(text.Value, textLimit!.Value, page.Kind()),
                    Severity.Warning);
            if (summary > summaryLimit)
                context.Report(page.LocationOf("summary"),
                    Say.SummaryAboveLix(summary.Value, summaryLimit!.Value),
                    Severity.Warning);
            if (text is not null || summary is not null)
                scores.Add(new ReadabilityScore(page.Source!, page.Kind(), page.Lang(), page.PageUrl(), text, textLimit, summary, summaryLimit));
        }
        return scores.OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Lang, StringComparer.Ordinal).ToList();
    }

    private static int Round(double lix) => (int)Math.Round(lix, MidpointRounding.AwayFromZero);
}
