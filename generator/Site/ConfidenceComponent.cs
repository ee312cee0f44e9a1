namespace Guidance.Site;

/// <summary>One component of a confidence judgement and the concern found in it, as UI-string keys.</summary>
public sealed record ConfidenceComponent(string Component, string Concern);
