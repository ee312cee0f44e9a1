namespace Guidance.Site;

/// <summary>Findings under a study or theme; <see cref="Id"/> is that page's id, which the section's anchor is made from.</summary>
public sealed record FindingGroup(string Id, string Title, string Url, IReadOnlyList<FindingCard> Items);
