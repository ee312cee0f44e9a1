namespace Guidance.Site.Citations;

/// <summary>What a study file says it is (<c>type:</c>); <see cref="Unspecified"/> when it does not say.</summary>
public enum ReferenceType { Article, Report, Unspecified }
