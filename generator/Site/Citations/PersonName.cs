namespace Guidance.Site.Citations;

/// <summary>An author as the study file writes them: "Family, Given"; a name without a comma is kept whole.</summary>
public sealed record PersonName(string Family, string? Given)
{
    public static PersonName Parse(string author)
    {
        var parts = author.Split(',', 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 && parts[1].Length > 0 ? new PersonName(parts[0], parts[1]) : new PersonName(author.Trim(), null);
    }

    /// <summary>"Family, Given", the order reference managers read without guessing.</summary>
    public string Inverted => Given is null ? Family : $"{Family}, {Given}";

    /// <summary>"Given Family", as a name is read.</summary>
    public string Natural => Given is null ? Family : $"{Given} {Family}";
}
