using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// How confident the site's editors are in a finding, judged from the study's published summary: GRADE-CERQual's four
/// components for qualitative evidence, GRADE's five domains for a trial's quantitative data, or "not judged"
/// where the summary gives too little. The front matter key <c>confidence</c> holds the level, a reason and the components.
/// </summary>
public sealed record Confidence(string Level, string Reason, string Approach, IReadOnlyList<ConfidenceComponent> Components)
{
    public static readonly string[] Levels = ["high", "moderate", "low", "very-low", "not-judged"];
    public const string NotJudged = "not-judged";

    public static readonly string[] CerqualComponents = ["methodological-limitations", "coherence", "adequacy", "relevance"];
    public static readonly string[] CerqualConcerns = ["none", "minor", "moderate", "serious", "unclear"];
    public static readonly string[] GradeDomains = ["risk-of-bias", "inconsistency", "indirectness", "imprecision", "publication-bias"];
    public static readonly string[] GradeConcerns = ["not-serious", "serious", "very-serious", "unclear"];

    /// <summary>GRADE judges a trial's quantitative evidence, randomised or not; every other finding is judged with GRADE-CERQual.</summary>
    public static string ApproachFor(string? evidence) => evidence is "trial" or "trial-data" ? "grade" : "cerqual";

    public static readonly Field Field = new("confidence", FieldType.Mapping, Required: true, Keys: [
        new("level", Required: true, Allowed: Levels), new("reason", Required: true),
        .. CerqualComponents.Select(c => new Field(c, Allowed: CerqualConcerns)),
        .. GradeDomains.Select(d => new Field(d, Allowed: GradeConcerns))]);

    /// <summary>
    /// Rules across a finding's keys: the components belong to the approach its evidence calls for, a judged level names
    /// every one of them, and confidence is judged only for a study's results (background or the authors' view is not judged).
    /// </summary>
    public static IEnumerable<(string Key, string Message)> Problems(Document finding)
    {
        if (finding["confidence"] is not IReadOnlyDictionary<string, object?> map) yield break;
        var approach = ApproachFor(finding.GetString("evidence"));
        var (own, other) = approach == "grade" ? (GradeDomains, CerqualComponents) : (CerqualComponents, GradeDomains);
        var name = approach == "grade" ? "GRADE" : "GRADE-CERQual";
        // A key left empty ('indirectness:', or null as the browser editor writes a choice not made) says nothing.
        var foreign = map.Where(e => e.Value is not null && other.Contains(e.Key, StringComparer.OrdinalIgnoreCase)).Select(e => e.Key).ToList();
        if (foreign.Count > 0)
        {
            // One message for the mix-up: the missing components it causes would only repeat it.
            yield return ("confidence", Say.ConfidenceWrongApproach(finding.GetString("evidence") ?? "", name, string.Join(", ", own), string.Join(", ", foreign)));
            yield break;
        }
        var level = ValueOf(map, "level");
        if (level is null || level == NotJudged) yield break;
        var missing = own.Where(c => ValueOf(map, c) is null).ToList();
        if (missing.Count > 0)
            yield return ("confidence", Say.ConfidenceComponentsMissing(level, name, string.Join(", ", missing.Select(m => m + ": …")), NotJudged));
        if (finding.GetString("basis") is "background" or "authors-view")
            yield return ("confidence", Say.ConfidenceForBasis(finding.GetString("basis") ?? "", NotJudged));
    }

    /// <summary>The judgement of a finding whose front matter has passed <see cref="Problems"/>.</summary>
    public static Confidence Of(Document finding)
    {
        var map = finding["confidence"] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        var approach = ApproachFor(finding.GetString("evidence"));
        var components = (approach == "grade" ? GradeDomains : CerqualComponents)
            .Select(c => ValueOf(map, c) is { } concern ? new ConfidenceComponent(c, concern) : null)
            .OfType<ConfidenceComponent>().ToList();
        return new Confidence(ValueOf(map, "level") ?? NotJudged, ValueOf(map, "reason") ?? "", approach, components);
    }

    private static string? ValueOf(IReadOnlyDictionary<string, object?> map, string key) =>
        map.FirstOrDefault(e => e.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value as string;
}
