using Guidance.Engine;
using Guidance.Modules.Metadata;
using Guidance.Site.Citations;
using Guidance.Tests.Support;

namespace Guidance.Tests.Site.Citations;

/// <summary>The fixture's study files read as one language's study page, as the build reads them, without a build.</summary>
public static class FixtureStudies
{
    public static StudyReference Reference(string id, string lang) => StudyReference.From(Page(id, lang));

    /// <summary>A study file's values in one language, as the study page's document holds them.</summary>
    public static Document Page(string id, string lang)
    {
        var path = Path.Combine(Repo.Fixture, "input", "studies", id + ".yml");
        var values = YamlData.ReadMapping(File.ReadAllText(path), path).Values;
        var page = values.Select(kv => new KeyValuePair<string, object?>(kv.Key,
            kv.Value is IReadOnlyDictionary<string, object?> translations ? translations.GetValueOrDefault(lang) : kv.Value));
        return new Document().With(page);
    }

    /// <summary>A reference with every field given, to see each format write each field once.</summary>
    public static StudyReference Full(string title = "Title", params PersonName[] authors) => new(
        "full-1", ReferenceType.Article, authors, title, "Venue", "5", "1", new PageSpan("79", "91"), "2021",
        new DateOnly(2021, 9, 15), "10.1/x", "978-0", "Publisher", "Place", "https://example.org/x", "da");
}
