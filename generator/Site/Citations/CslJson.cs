using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Guidance.Site.Citations;

/// <summary>A study as CSL-JSON (an array of one item), the format Zotero, Pandoc and citeproc read.</summary>
public static class CslJson
{
    public const string FileName = "citation.json";

    // A file of its own, never embedded in HTML, so '<' need not be escaped and letters such as æ stay readable.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(StudyReference study)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            void Text(string name, string? value) { if (value is not null) json.WriteString(name, value); }

            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", study.Id);
            json.WriteString("type", study.Type switch { ReferenceType.Article => "article-journal", ReferenceType.Report => "report", _ => "document" });
            json.WriteString("title", study.Title);
            if (study.Authors.Count > 0)
            {
                json.WriteStartArray("author");
                foreach (var author in study.Authors)
                {
                    json.WriteStartObject();
                    if (author.Given is null) json.WriteString("literal", author.Family);
                    else
                    {
                        json.WriteString("family", author.Family);
                        json.WriteString("given", author.Given);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            Text(study.Type == ReferenceType.Article ? "container-title" : "collection-title", study.Venue);
            Text("publisher", study.Publisher);
            Text("publisher-place", study.Place);
            WriteIssued(json, study);
            Text("volume", study.Volume);
            Text("issue", study.Issue);
            if (study.Pages is { } pages)
                json.WriteString(study.PagesAreLength ? "number-of-pages" : "page", pages.Last is null ? pages.First : $"{pages.First}-{pages.Last}");
            Text("ISBN", study.Isbn);
            Text("DOI", study.Doi);
            Text("URL", study.Url);
            Text("language", study.Language);
            json.WriteEndObject();
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>The full date when the file gives one, else the year; a year that is not a number is passed on as written.</summary>
    private static void WriteIssued(Utf8JsonWriter json, StudyReference study)
    {
        if (study.Published is null && study.Year is null) return;
        json.WriteStartObject("issued");
        if (study.Published is { } date)
            WriteDateParts(json, date.Year, date.Month, date.Day);
        else if (int.TryParse(study.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            WriteDateParts(json, year);
        else
            json.WriteString("literal", study.Year);
        json.WriteEndObject();
    }

    private static void WriteDateParts(Utf8JsonWriter json, params int[] parts)
    {
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        foreach (var part in parts) json.WriteNumberValue(part);
        json.WriteEndArray();
        json.WriteEndArray();
    }
}
