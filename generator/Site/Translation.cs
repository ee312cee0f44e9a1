namespace Guidance.Site;

/// <summary>A version of a page in a language, for the language switch; <paramref name="Current"/> is the page shown.</summary>
public sealed record Translation(string Lang, string Name, string Url, bool Current);
