using Guidance.Engine;

namespace Guidance.Site;

/// <summary>An old path (<c>/da/themes/old-name/</c>) that now leads to a page, and where it was asked for.</summary>
public sealed record Redirect(string Path, Document Target, SourceLocation Location);
