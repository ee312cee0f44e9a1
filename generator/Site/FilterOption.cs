namespace Guidance.Site;

/// <summary>A value a list can be narrowed to (a perspective, a type of evidence), with the words a reader sees for it.</summary>
public sealed record FilterOption(string Label, string Value);
