namespace Guidance.Site;

/// <summary>The two shapes of a page's JSON-LD (<see cref="JsonLd"/>).</summary>
public enum JsonLdShape { Work, Publication }
