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

    /// <summary>
    /// The study's entry in an APA 7 reference list. A group author ends with a full stop like a person's initials do
    /// ("VIVE. (2023)."); the publisher is left out where it is the author, and APA 7 gives neither the publisher's
    /// place nor an ISBN (the study page shows both in its facts).
    /// </summary>
    public static string Apa(Document study)
    {
        var organisation = study.GetString("organisation");
        var persons = Authors(study.GetList("authors"));
        var creator = persons.Length > 0 ? persons : organisation is { } group ? group.TrimEnd('.') + "." : "";
        var year = study.GetString("year") ?? "n.d.";
        var title = study.GetString("original_title") ?? study.Title();
        var parts = new List<string> { $"{creator} ({year}). {title}" + (title.EndsWith('?') || title.EndsWith('!') || title.EndsWith('.') ? "" : ".") };
        if (study.GetString("venue") is { } venue)
        {
            var volume = study.GetString("volume") is { } v ? $", {v}" + (study.GetString("issue") is { } i ? $"({i})" : "") : "";
            var pages = study.GetString("pages") is { } p ? $", {p}" : "";
            parts.Add($"{venue}{volume}{pages}.");
        }
        else if (organisation is not null && persons.Length > 0)
            parts.Add(organisation + ".");
        if (study.GetString("doi") is { } doi) parts.Add($"https://doi.org/{doi}");
        return string.Join(" ", parts);
    }
}
