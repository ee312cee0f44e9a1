namespace Guidance.Site.Citations;

/// <summary>The study file's <c>pages</c>: a range ("79–91") or one number ("28").</summary>
public sealed record PageSpan(string First, string? Last)
{
    private static readonly char[] Dashes = ['–', '—', '-'];

    public static PageSpan? Parse(string? pages)
    {
        if (string.IsNullOrWhiteSpace(pages)) return null;
        var parts = pages.Split(Dashes, 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2 ? new PageSpan(parts[0], parts[1]) : new PageSpan(pages.Trim(), null);
    }
}
