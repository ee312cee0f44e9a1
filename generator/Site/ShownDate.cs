namespace Guidance.Site;

/// <summary>A date as a page shows it: in the language's own way (<c>format.date</c>, <c>format.culture</c>) and as yyyy-mm-dd for <c>&lt;time&gt;</c>.</summary>
public sealed record ShownDate(string Text, string Iso);
