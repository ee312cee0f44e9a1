namespace Guidance.Site;

/// <summary>An entry of the main menu: a content type's list page, current on its pages and on the list itself.</summary>
public sealed record NavEntry(string Title, string Url, string Kind, string IndexKind);
