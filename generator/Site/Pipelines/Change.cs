using Guidance.Engine;

namespace Guidance.Site.Pipelines;

/// <summary>A page that changed, and when.</summary>
public sealed record Change(Document Page, DateTimeOffset Updated);
