using System.Globalization;
using System.Text.RegularExpressions;
using Guidance.Engine;
using Guidance.Modules.Metadata;

namespace Guidance.Site;

public enum FieldType { Text, List, Localized, Date, WebAddress, Map }

/// <summary>A front matter key a kind of page accepts; a <see cref="FieldType.Map"/> lists the keys it holds in <see cref="Entries"/>.</summary>
public sealed record Field(string Key, FieldType Type = FieldType.Text, bool Required = false, IReadOnlyList<string>? Allowed = null, IReadOnlyList<Field>? Entries = null);

/// <summary>
/// What a kind of content may say in its front matter. Checking happens per file (keys, kinds of value,
/// allowed values); whether a referenced id exists is checked by <see cref="SiteModel"/>, which sees every file.
/// </summary>
/// <param name="Rules">Rules across keys of one file, each problem as the key it is reported at and a message.</param>
public sealed partial record ContentSchema(string Kind, IReadOnlyList<Field> Fields, Func<Document, IEnumerable<(string Key, string Message)>>? Rules = null)
{
    /// <summary>Keys the engine and Statiq conventions add to any page.</summary>
    public static readonly Field[] CommonFields = [new("id", Required: true), new("title", Required: true), new("summary"), new("slug"), new("layout"), new("RedirectFrom", FieldType.List)];

    public static readonly string[] Perspectives = ["family", "social-worker", "child", "network", "organisation"];
    public static readonly string[] EvidenceTypes = ["qualitative", "review", "trial", "trial-data", "case-study", "evaluation", "project-study"];

    /// <summary>What a finding's "what the study found" rests on; the evidence-labels page explains each.</summary>
    public static readonly string[] Bases = ["result", "indication", "background", "authors-view", "interpretation"];

    public static readonly ContentSchema Finding = new("finding", [
        .. CommonFields, new("study", Required: true), new("themes", FieldType.List, Required: true),
        new("perspective", Required: true, Allowed: Perspectives), new("evidence", Required: true, Allowed: EvidenceTypes),
        new("basis", Required: true, Allowed: Bases), Confidence.Field], Confidence.Problems);
    public static readonly ContentSchema Theme = new("theme", CommonFields);
    public static readonly ContentSchema Recommendation = new("guidance", [.. CommonFields, new("findings", FieldType.List, Required: true), new("themes", FieldType.List)]);
    public static readonly ContentSchema InfoPage = new("page", CommonFields);
    public static readonly ContentSchema Course = new("course", [.. CommonFields, new("items", FieldType.List, Required: true)]);
    public static readonly ContentSchema Study = new("study", [
        new("id", Required: true), new("title", FieldType.Localized, Required: true), new("original_title"), new("authors", FieldType.List),
        new("organisation"), new("year"), new("published", FieldType.Date), new("venue"), new("volume"), new("issue"), new("pages"),
        new("place"), new("country", Required: true, Allowed: ["DK", "NO"]), new("language", Required: true), new("type", Allowed: ["article", "report"]),
        new("peer_reviewed", Allowed: ["true", "false"]), new("design", FieldType.Localized, Required: true), new("sample", FieldType.Localized, Required: true),
        new("note", FieldType.Localized, Required: true), new("summary", FieldType.Localized), new("doi"), new("isbn"), new("url", FieldType.WebAddress), new("registry"),
        new("funding", FieldType.Localized), new("slug", FieldType.Localized), new("RedirectFrom", FieldType.List)]);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();

    /// <summary>Reports every problem in one file's front matter; returns false when the file cannot become a page.</summary>
    public bool Check(Document document, BuildContext context, IReadOnlyCollection<string> languages)
    {
        var ok = true;
        var known = Fields.Select(f => f.Key).ToList();
        void Fail(string key, string message) { context.Report(document.LocationOf(key), message); ok = false; }

        foreach (var key in document.KeyLines.Keys)
        {
            var field = Fields.FirstOrDefault(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
            if (field is null) { Fail(key, $"unknown front matter key '{key}' for a {Kind}{Suggestions.Hint(key, known)}"); continue; }
            var value = document[key];
            switch (field.Type)
            {
                case FieldType.Text or FieldType.Date or FieldType.WebAddress when value is not (string or null):
                    Fail(key, $"'{key}' must be a single value, not a list or a mapping"); break;
                case FieldType.List when value is not (string or IEnumerable<object?> or null) || value is IReadOnlyDictionary<string, object?>:
                    Fail(key, $"'{key}' must be a list, like [a, b]"); break;
                case FieldType.List when value is string items && items.Contains(','):
                    Fail(key, $"write a list: {key}: [{string.Join(", ", items.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))}]"); break;
                case FieldType.Localized when value is not IReadOnlyDictionary<string, object?> map:
                    Fail(key, $"'{key}' must give one value per language, like {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}"); break;
                case FieldType.Localized:
                    var translations = (IReadOnlyDictionary<string, object?>)value;
                    foreach (var language in translations.Keys.Where(l => !languages.Contains(l)))
                        Fail(key, $"'{key}' has a value for '{language}', which is not a language of the site{Suggestions.Hint(language, languages)}");
                    break;
                case FieldType.Map when value is not IReadOnlyDictionary<string, object?>:
                    Fail(key, $"'{key}' must be a mapping of keys to values, like {key}: {{ {string.Join(", ", field.Entries!.Where(e => e.Required).Select(e => e.Key + ": …"))} }}"); break;
                case FieldType.Map:
                    foreach (var (entryKey, message) in EntryProblems(field, (IReadOnlyDictionary<string, object?>)value)) Fail(key, message);
                    break;
                case FieldType.Date when value is string date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _):
                    Fail(key, $"'{key}' must be a date written yyyy-mm-dd, not '{date}'"); break;
                case FieldType.WebAddress when value is string address && !IsWebAddress(address):
                    Fail(key, $"'{key}' must be a web address starting with https:// or http://, not '{address}'"); break;
            }
            if (field.Allowed is { } allowed && value is string text && !allowed.Contains(text))
                Fail(key, $"'{text}' is not a valid {key}{Suggestions.Hint(text, allowed)}");
        }
        if (document[ApplyDirectoryMetadata.InheritedKeysKey] is IReadOnlyDictionary<string, SourceLocation> inherited)
            foreach (var (key, at) in inherited.Where(kv => !known.Contains(kv.Key, StringComparer.OrdinalIgnoreCase)))
            {
                context.Report(at, $"unknown key '{key}' for a {Kind}, which every file below this folder file gets{Suggestions.Hint(key, known)}");
                ok = false;
            }
        foreach (var field in Fields.Where(f => f.Required && !document.ContainsKey(f.Key)))
        {
            context.Report(new SourceLocation(document.Source ?? "(generated)", 1), $"the front matter has no '{field.Key}', which every {Kind} needs");
            ok = false;
        }
        if (ok && Rules is not null)
            foreach (var (key, message) in Rules(document)) Fail(key, message);
        var id = document.GetString("id");
        if (id is not null && !IdPattern().IsMatch(id))
            Fail("id", $"the id '{id}' must be lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)");
        else if (id?.Length > SitePath.MaxSegment)
            Fail("id", $"the id is {id.Length} characters long; an id names a folder of the site, so it can be at most {SitePath.MaxSegment}");
        foreach (var slug in ValuesOf(document["slug"]))
            if (!IdPattern().IsMatch(slug)) Fail("slug", $"the slug '{slug}' must be lower-case letters, digits and hyphens");
            else if (slug.Length > SitePath.MaxSegment) Fail("slug", $"the slug is {slug.Length} characters long; it names a folder of the site, so it can be at most {SitePath.MaxSegment}");
        var layout = document.GetString("layout");
        if (layout is not null && !IdPattern().IsMatch(layout))
            Fail("layout", $"the layout '{layout}' must be the name of a file in layouts/ without '.html': lower-case letters, digits and hyphens");
        else if (layout is "root" or "redirect")
            Fail("layout", $"the layout '{layout}' is a whole document of its own, not one for a page inside base.html; remove the key or name another layout");
        if (document.GetString("year") is { } year && !(int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200))
            Fail("year", $"'{year}' is not a year of publication; write the year with four digits, like 2024");
        return ok;
    }

    /// <summary>The problems with the entries of a mapping: unknown, missing, not a single value, or not an allowed value.</summary>
    private static IEnumerable<(string Key, string Message)> EntryProblems(Field field, IReadOnlyDictionary<string, object?> map)
    {
        var known = field.Entries!.Select(e => e.Key).ToList();
        foreach (var (entryKey, value) in map)
        {
            var entry = field.Entries!.FirstOrDefault(e => e.Key.Equals(entryKey, StringComparison.OrdinalIgnoreCase));
            if (entry is null) yield return (entryKey, $"'{field.Key}' has an unknown key '{entryKey}'{Suggestions.Hint(entryKey, known)}");
            else if (value is not string text) yield return (entryKey, $"'{field.Key}.{entryKey}' must be a single value");
            else if (entry.Allowed is { } allowed && !allowed.Contains(text))
                yield return (entryKey, $"'{text}' is not a valid {field.Key}.{entryKey}{Suggestions.Hint(text, allowed)}");
        }
        foreach (var entry in field.Entries!.Where(e => e.Required && !map.Keys.Any(k => k.Equals(e.Key, StringComparison.OrdinalIgnoreCase))))
            yield return (entry.Key, $"'{field.Key}' has no '{entry.Key}', which it needs");
    }

    /// <summary>A plain value, or each language's value of a localised one.</summary>
    private static IEnumerable<string> ValuesOf(object? value) => value switch
    {
        string text => [text],
        IReadOnlyDictionary<string, object?> map => map.Values.OfType<string>(),
        _ => [],
    };

    public static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !text.Any(char.IsControl);
}
