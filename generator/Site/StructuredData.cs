using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Guidance.Engine;
using Guidance.Site.Citations;

namespace Guidance.Site;

/// <summary>
/// schema.org JSON-LD for a page, written into <c>&lt;script type="application/ld+json"&gt;</c>, in the shape its content
/// type declares (<see cref="JsonLd"/>): a publication (a study) as the ScholarlyArticle or Report it is, in the language
/// it was published in, with the themes it is about; a work (a finding, a recommendation) as a CreativeWork in the
/// page's language, based on the pages it rests on.
/// </summary>
public static class StructuredData
{
    /// <summary>
    /// The JSON sits inside a script element, where HTML entities mean nothing and <c>&lt;/script&gt;</c> in a title would
    /// end the element. This encoder escapes &lt;, &gt;, &amp; and quotes as \u003C and the like whatever the ranges
    /// allowed, so no content can break out; letters such as æ stay as they are.
    /// </summary>
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON-LD of a page, as its content type declares it (<see cref="ContentType.StructuredData"/>); null for none.</summary>
    public static string? For(Document page, SiteModel model)
    {
        if (model.Types.Of(page.Kind()) is not { StructuredData: { } declared } type || page.Kind() != type.Kind) return null;
        var data = declared.Shape == JsonLdShape.Publication ? Study(page, model) : Work(page, model, BasedOn(page, type, declared.BasedOn, model));
        return data.ToJsonString(Options);
    }

    /// <summary>The pages the declared field refers to: one URL for a text field (a finding's study), a list for a list (a recommendation's findings).</summary>
    private static JsonNode? BasedOn(Document page, ContentType type, string? key, SiteModel model)
    {
        if (key is null) return null;
        if (type.FieldOf(key) is { Type: FieldType.List })
            return new JsonArray([.. page.GetList(key).Select(id => model.Find(id, page.Lang())).OfType<Document>().Select(p => (JsonNode?)Url(p, model))]);
        return model.Find(page.GetString(key) ?? "", page.Lang()) is { } basis ? Url(basis, model) : null;
    }

    private static JsonObject Work(Document page, SiteModel model, JsonNode? basedOn)
    {
        var work = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "CreativeWork",
            ["@id"] = Url(page, model),
            ["url"] = Url(page, model),
            ["name"] = page.Title(),
            ["inLanguage"] = page.Lang(),
        };
        if (page.Summary() is { } summary) work["description"] = summary;
        if (basedOn is not null) work["isBasedOn"] = basedOn;
        work["about"] = Themes(page.GetList("themes"), page.Lang(), model);
        return work;
    }

    private static JsonObject Study(Document page, SiteModel model)
    {
        var study = StudyReference.From(page);
        var work = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = study.Type switch { ReferenceType.Article => "ScholarlyArticle", ReferenceType.Report => "Report", _ => "CreativeWork" },
            ["name"] = study.Title,
            ["mainEntityOfPage"] = Url(page, model),
        };
        if (study.Authors.Count > 0)
            work["author"] = new JsonArray([.. study.Authors.Select(a => (JsonNode?)Person(a))]);
        if ((study.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? study.Year) is { } date)
            work["datePublished"] = date;
        if (PartOf(study) is { } partOf) work["isPartOf"] = partOf;
        if (study.Pages is { } pages && !study.PagesAreLength)
        {
            work["pageStart"] = pages.First;
            if (pages.Last is not null) work["pageEnd"] = pages.Last;
        }
        if (study.Publisher is { } publisher)
        {
            var organisation = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
            if (study.Place is { } place) organisation["location"] = place;
            work["publisher"] = organisation;
        }
        var identifiers = new JsonArray();
        if (study.Doi is { } doi) identifiers.Add(Identifier("DOI", doi));
        if (study.Isbn is { } isbn) identifiers.Add(Identifier("ISBN", isbn));
        if (identifiers.Count > 0) work["identifier"] = identifiers;
        var sameAs = new[] { study.Doi is { } d ? "https://doi.org/" + d : null, study.Url }.OfType<string>().ToList();
        if (sameAs.Count > 0) work["sameAs"] = new JsonArray([.. sameAs.Select(s => (JsonNode?)s)]);
        if (study.Language is { } language) work["inLanguage"] = language;
        var themes = model.FindingsOfStudy(page.PageId(), page.Lang()).SelectMany(f => f.GetList("themes")).Distinct(StringComparer.Ordinal);
        work["about"] = Themes(themes, page.Lang(), model);
        return work;
    }

    /// <summary>The journal (through its volume and issue where given) or the report series, as schema.org nests them.</summary>
    private static JsonObject? PartOf(StudyReference study)
    {
        if (study.Venue is null) return null;
        JsonObject container = new() { ["@type"] = study.Type == ReferenceType.Article ? "Periodical" : "CreativeWorkSeries", ["name"] = study.Venue };
        if (study.Type != ReferenceType.Article) return container;
        if (study.Volume is { } volume) container = new JsonObject { ["@type"] = "PublicationVolume", ["volumeNumber"] = volume, ["isPartOf"] = container };
        if (study.Issue is { } issue) container = new JsonObject { ["@type"] = "PublicationIssue", ["issueNumber"] = issue, ["isPartOf"] = container };
        return container;
    }

    private static JsonObject Person(PersonName name)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = name.Natural };
        if (name.Given is not null)
        {
            person["givenName"] = name.Given;
            person["familyName"] = name.Family;
        }
        return person;
    }

    private static JsonObject Identifier(string kind, string value) =>
        new() { ["@type"] = "PropertyValue", ["propertyID"] = kind, ["value"] = value };

    private static JsonArray Themes(IEnumerable<string> ids, string lang, SiteModel model) =>
        new([.. ids.Select(id => model.Find(id, lang)).OfType<Document>().Where(t => t.Kind() == Kinds.Theme)
            .OrderBy(t => t.Title(), model.TitleOrder(lang))
            .Select(t => (JsonNode?)new JsonObject { ["@type"] = "Thing", ["name"] = t.Title(), ["url"] = Url(t, model) })]);

    private static string Url(Document page, SiteModel model) => model.Settings.AbsoluteUrl(page.PageUrl());
}
