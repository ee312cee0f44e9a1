namespace Guidance.Site;

/// <summary>The values of one filter on the search page, with the label to show for it.</summary>
public sealed record SearchFilter(string Name, string Label, IReadOnlyList<string> Values);
