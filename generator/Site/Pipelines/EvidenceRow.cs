namespace Guidance.Site.Pipelines;

/// <summary>A theme's row of the evidence map: its cells and the number of its findings.</summary>
public sealed record EvidenceRow(string Title, string Url, IReadOnlyList<EvidenceCell> Cells, int Total);
