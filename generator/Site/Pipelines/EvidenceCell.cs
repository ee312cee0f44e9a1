namespace Guidance.Site.Pipelines;

/// <summary>One cell: the number of findings and where they are; a gap (no findings) has no URL.</summary>
public sealed record EvidenceCell(int Count, string? Url);
