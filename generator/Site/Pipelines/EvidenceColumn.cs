namespace Guidance.Site.Pipelines;

/// <summary>A column of the evidence map: a study or a perspective, and its page where it has one.</summary>
public sealed record EvidenceColumn(string Title, string? Url);
