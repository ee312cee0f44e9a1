namespace Guidance.Site;

/// <summary>A link to a page, as templates show it.</summary>
public sealed record Link(string Title, string Url);
