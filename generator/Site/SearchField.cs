namespace Guidance.Site;

/// <summary>A name and value the search index keeps for a page: a filter to narrow results by, or metadata to show in them.</summary>
public sealed record SearchField(string Name, string Value);
