namespace Guidance.Site.Citations;

/// <summary>A <c>&lt;meta name content&gt;</c> pair.</summary>
public sealed record MetaTag(string Name, string Content);
