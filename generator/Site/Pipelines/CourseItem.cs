namespace Guidance.Site.Pipelines;

/// <summary>A finding or recommendation as a course lists it; <see cref="Body"/> (its full text) only in the handout.</summary>
/// <param name="FormerIds">The ids the item had before a rename (<see cref="CourseItems.FormerIds"/>): its anchor answers to <c>#item-&lt;old id&gt;</c> too.</param>
public sealed record CourseItem(string Id, string Kind, string KindName, string Title, string Url, string AbsoluteUrl, string? Summary,
    FindingCard? Finding, string? Sample, IReadOnlyList<FindingCard> BasedOn, string? Body, IReadOnlyList<string> FormerIds);
