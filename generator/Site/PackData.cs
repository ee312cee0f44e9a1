using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Guidance.Engine;
using Guidance.Site.Citations;

namespace Guidance.Site;

/// <summary>
/// What the pack page (<c>assets/pack.js</c>) needs to show a trainer's pack without a server: every finding's and
/// recommendation's title, URL, kind and summary and the studies it rests on, and every study's short citation (authors
/// and year), its APA reference and its RIS and BibTeX records, written by the same code as its citation files, so the
/// browser only joins them. One small JSON file per language, kept by the offline copy with the language's pages.
/// </summary>
public static class PackData
{
    public const string FileName = "items.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Letters as they are (half the size of \u escapes for Danish); <, >, & and quotes are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>The file as UTF-8: 7 MB a language at 40,000 pages, made as text first it took that twice over in a string as well.</summary>
    public static ReadOnlyMemory<byte> Write(GuidanceSite site, SiteModel model, string lang)
    {
        var items = new SortedDictionary<string, PackItem>(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kind in new[] { Kinds.Finding, Kinds.Recommendation })
        {
            var kindName = site.Strings.Get(lang, site.Types.Of(kind)!.NameKey);
            foreach (var page in model.OfKind(kind, lang))
            {
                var studies = StudiesOf(page, model).ToList();
                cited.UnionWith(studies);
                items[page.PageId()] = new PackItem(kind, kindName, page.Title(), page.PageUrl(), page.Summary(), studies);
            }
        }
        var references = cited.Select(id => model.Find(id, lang)).OfType<Document>()
            .ToDictionary(s => s.PageId(), s => Reference(s), StringComparer.Ordinal);
        return JsonSerializer.SerializeToUtf8Bytes(new { Items = items, Studies = new SortedDictionary<string, PackStudy>(references, StringComparer.Ordinal) }, Options);
    }

    /// <summary>A finding's study; a recommendation's, those of the findings it rests on, in their order, each once.</summary>
    private static IEnumerable<string> StudiesOf(Document page, SiteModel model) =>
        (page.Kind() == Kinds.Finding ? [page] : page.GetList("findings").Select(id => model.Find(id, page.Lang())).OfType<Document>())
        .Select(f => f.GetString("study")).OfType<string>().Where(id => model.Find(id, page.Lang()) is not null).Distinct();

    private static PackStudy Reference(Document study)
    {
        var authors = Citation.Authors(study.GetList("authors")) is { Length: > 0 } a ? a : study.GetString("organisation") ?? study.Title();
        var year = study.GetString("year") ?? "n.d.";
        var reference = StudyReference.From(study);
        return new PackStudy(study.Title(), $"{authors} ({year})", Citation.Apa(study), Ris.Write(reference), BibTex.Write(reference));
    }
}

public sealed record PackItem(string Kind, string KindName, string Title, string Url, string? Summary, IReadOnlyList<string> Studies);

/// <param name="Cite">Authors and year, as each item names its study: "Villumsen, A. M., &amp; Berg, T. (2025)".</param>
public sealed record PackStudy(string Title, string Cite, string Apa, string Ris, string Bib);
