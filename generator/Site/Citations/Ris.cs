using System.Text.RegularExpressions;

namespace Guidance.Site.Citations;

/// <summary>
/// A study as an RIS record, for EndNote, Zotero, Mendeley and RefWorks. Lines end in CR LF and the record in
/// <c>ER  - </c>, as the format asks; the file is UTF-8.
/// </summary>
public static partial class Ris
{
    public const string FileName = "citation.ris";

    public static string Write(StudyReference study)
    {
        var lines = new List<string>();
        void Tag(string tag, string? value) { if (value is not null) lines.Add($"{tag}  - {OneLine(value)}"); }

        Tag("TY", study.Type switch { ReferenceType.Article => "JOUR", ReferenceType.Report => "RPRT", _ => "GEN" });
        foreach (var author in study.Authors) Tag("AU", author.Inverted);
        Tag("TI", study.Title);
        Tag("T2", study.Venue); // the journal of an article, the series of a report
        Tag("PY", study.Year);
        Tag("DA", study.Published?.ToString("yyyy'/'MM'/'dd'/'", System.Globalization.CultureInfo.InvariantCulture));
        Tag("VL", study.Volume);
        Tag("IS", study.Issue);
        // For a report, RIS reads SP as its number of pages; for an article, as its first page.
        Tag("SP", study.Pages?.First);
        Tag("EP", study.Pages?.Last);
        Tag("PB", study.Publisher);
        Tag("CY", study.Place);
        Tag("SN", study.Isbn);
        Tag("DO", study.Doi);
        Tag("UR", study.Url);
        Tag("LA", study.Language);
        lines.Add("ER  - ");
        return string.Join("\r\n", lines) + "\r\n";
    }

    /// <summary>A line break inside a value would start a new, bogus tag; readers also break lines at U+0085, U+2028 and U+2029.</summary>
    private static string OneLine(string value) => LineBreak().Replace(value, " ");

    [GeneratedRegex("\r\n|[\r\n\v\f\u0085\u2028\u2029]")]
    private static partial Regex LineBreak();
}
