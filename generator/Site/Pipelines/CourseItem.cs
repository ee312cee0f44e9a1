namespace Guidance.Site.Pipelines;

/// <summary>A finding or recommendation as a course lists it; <see cref="Body"/> (its full text) only in the handout.</summary>
public sealed record CourseItem(string Id, string Kind, string KindName, string Title, string Url, string AbsoluteUrl, string? Summary,
    FindingCard? Finding, string? Sample, IReadOnlyList<FindingCard> BasedOn, string? Body);
