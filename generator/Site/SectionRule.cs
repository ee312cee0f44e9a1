namespace Guidance.Site;

/// <summary>
/// A <c>##</c> section a kind of page must have (<c>Sections</c> in <c>statiq.json</c>): its heading in each language and
/// whether every paragraph of it must link (xref) to the pages it rests on, as a recommendation's "what the studies show".
/// </summary>
public sealed record SectionRule(IReadOnlyDictionary<string, string> Heading, bool Cites);
