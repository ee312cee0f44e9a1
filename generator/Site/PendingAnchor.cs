using Guidance.Engine;

namespace Guidance.Site;

/// <summary>A link whose anchor only the rendered target page can confirm (an id a layout makes, like <c>#study-vive-2023</c>).</summary>
public sealed record PendingAnchor(SourceLocation Location, string Written, string TargetDestination, string Anchor);
