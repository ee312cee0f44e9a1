using Guidance.Engine;

namespace Guidance.Site;

/// <summary>How a study is cited on its page: APA style, from the checked metadata only.</summary>
public static class Citation
{
    /// <summary>"Villumsen, Anne Marie" becomes "Villumsen, A. M."; names are joined APA-style with "&amp;".</summary>
    public static string Authors(IReadOnlyList<string> authors)
    {
        var names = authors.Select(Initials).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
    }

    private static string Initials(string author)
    {
        var parts = author.Split(',', 2, StringSplitOptions.TrimEntries);
        if (parts.Length < 2) return author;
        var initials = parts[1].Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(n => n[0] + ".");
        return $"{parts[0]}, {string.Join(" ", initials)}";
    }

    /// <summary>
    /// APA 7's parenthetical citation without its brackets: "Villumsen et al., 2025" (three or more authors),
    /// "Miller &amp; Haslam, 2021", "VIVE, 2023" (an organisation as author), "n.d." for no year.
    /// </summary>
    public static string InText(Document study)
    {
        var surnames = study.GetList("authors").Select(a => a.Split(',', 2, StringSplitOptions.TrimEntries)[0]).Where(s => s.Length > 0).ToList();
        var who = surnames.Count switch
        {
            0 => study.GetString("organisation") ?? study.Title(),
            1 => surnames[0],
            2 => $"{surnames[0]} & {surnames[1]}",
            _ => $"{surnames[0]} et al.",
        };
        return $"{who}, {study.GetString("year") ?? "n.d."}";
    }

    public static string Apa(Document study)
    {
        var creator = Authors(study.GetList("authors")) is { Length: > 0 } a ? a : study.GetString("organisation") ?? "";
        var year = study.GetString("year") ?? "n.d.";
        var title = study.GetString("original_title") ?? study.Title();
        var parts = new List<string> { $"{creator} ({year}). {title}." };
        if (study.GetString("venue") is { } venue)
        {
            var volume = study.GetString("volume") is { } v ? $", {v}" + (study.GetString("issue") is { } i ? $"({i})" : "") : "";
            var pages = study.GetString("pages") is { } p ? $", {p}" : "";
            parts.Add($"{venue}{volume}{pages}.");
        }
        else if (study.GetString("organisation") is { } publisher)
            parts.Add((study.GetString("place") is { } place ? place + ": " : "") + publisher + ".");
        if (study.GetString("doi") is { } doi) parts.Add($"https://doi.org/{doi}");
        else if (study.GetString("isbn") is { } isbn) parts.Add($"ISBN {isbn}");
        return string.Join(" ", parts);
    }
}
