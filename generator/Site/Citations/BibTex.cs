using System.Text;

namespace Guidance.Site.Citations;

/// <summary>
/// A study as a BibTeX entry, for BibTeX, biblatex/Biber, JabRef and Zotero. The file is UTF-8 and keeps letters
/// such as æ, ø and å as they are (Biber and every current reference manager read UTF-8); only the characters that
/// mean something to TeX are escaped.
/// </summary>
public static class BibTex
{
    public const string FileName = "citation.bib";

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // biblatex's langid takes babel's language names, not ISO codes.
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["da"] = "danish", ["en"] = "english", ["nb"] = "norsk", ["nn"] = "nynorsk", ["sv"] = "swedish", ["de"] = "ngerman",
    };

    public static string Write(StudyReference study)
    {
        var fields = new List<(string Name, string Value)>();
        void Text(string name, string? value) { if (value is not null) fields.Add((name, "{" + Escape(value) + "}")); }

        if (study.Authors.Count > 0) fields.Add(("author", "{" + string.Join(" and ", study.Authors.Select(Name)) + "}"));
        Text("title", study.Title);
        Text(study.Type switch { ReferenceType.Article => "journal", ReferenceType.Report => "series", _ => "howpublished" }, study.Venue);
        Text(study.Type == ReferenceType.Report ? "institution" : "publisher", study.Publisher);
        Text("address", study.Place);
        Text("year", study.Year);
        if (study.Published is { } date) fields.Add(("month", Months[date.Month - 1])); // a macro: written without braces
        Text("volume", study.Volume);
        Text("number", study.Issue);
        if (study.Pages is { } pages)
        {
            if (study.PagesAreLength) Text("pagetotal", pages.First);
            else fields.Add(("pages", "{" + Escape(pages.First) + (pages.Last is { } last ? "--" + Escape(last) : "") + "}"));
        }
        Text("isbn", study.Isbn);
        Text("doi", study.Doi);
        Text("url", study.Url);
        if (study.Language is { } language && LanguageNames.TryGetValue(language, out var name)) Text("langid", name);

        var entryType = study.Type switch { ReferenceType.Article => "article", ReferenceType.Report => "techreport", _ => "misc" };
        var text = new StringBuilder().Append('@').Append(entryType).Append('{').Append(study.Id).Append(",\n");
        text.AppendJoin(",\n", fields.Select(f => $"  {f.Name} = {f.Value}"));
        return text.Append("\n}\n").ToString();
    }

    /// <summary>"Family, Given"; a name without a given name is braced, so BibTeX keeps "UC SYD" whole instead of reading a given name "UC".</summary>
    private static string Name(PersonName person) =>
        person.Given is null ? "{" + Escape(person.Family) + "}" : Escape(person.Family) + ", " + Escape(person.Given);

    /// <summary>Escapes TeX's special characters; a line break would end nothing in BibTeX but reads as a paragraph in TeX, so it becomes a space.</summary>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                '\r' or '\n' => " ",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
