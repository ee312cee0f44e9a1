using System.Text.RegularExpressions;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// Checks one file's front matter against its <see cref="ContentType"/>: keys, kinds of value, allowed values. Whether a
/// referenced id exists is checked by <see cref="SiteModel"/>, which sees every file.
/// </summary>
public static partial class ContentSchema
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex IdPattern();

    /// <summary>Reports every problem in one file's front matter; returns false when the file cannot become a page.</summary>
    public static bool Check(ContentType type, Document document, BuildContext context, IReadOnlyCollection<string> languages)
    {
        var ok = true;
        void Fail(string key, string message) { context.Report(document.LocationOf(key), message); ok = false; }

        foreach (var key in document.KeyLines.Keys)
            CheckValue(type.Fields, key, document[key], $"for a {type.Kind}", message => Fail(key, message), languages);
        foreach (var field in type.Fields.Where(f => f.Required && !document.ContainsKey(f.Key)))
        {
            context.Report(new SourceLocation(document.Source ?? "(generated)", 1), $"the front matter has no '{field.Key}', which every {type.Kind} needs");
            ok = false;
        }
        if (document.GetString("id") is { } id && !IdPattern().IsMatch(id))
            Fail("id", $"the id '{id}' must be lower-case letters, digits and hyphens (write æ, ø, å as ae, oe, aa)");
        foreach (var slug in ValuesOf(document["slug"]).Where(s => !IdPattern().IsMatch(s)))
            Fail("slug", $"the slug '{slug}' must be lower-case letters, digits and hyphens");
        if (document.GetString("layout") is { } layout && !IdPattern().IsMatch(layout))
            Fail("layout", $"the layout '{layout}' must be the name of a file in layouts/ without '.html': lower-case letters, digits and hyphens");
        return ok;
    }

    /// <summary>One value against the field of its key among <paramref name="fields"/>; a mapping's sub-keys against the field's own.</summary>
    private static void CheckValue(IReadOnlyList<Field> fields, string key, object? value, string owner, Action<string> fail, IReadOnlyCollection<string> languages)
    {
        var field = fields.FirstOrDefault(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (field is null) { fail($"unknown front matter key '{key}' {owner}{Suggestions.Hint(key, fields.Select(f => f.Key).ToList())}"); return; }
        switch (field.Type)
        {
            case FieldType.Text or FieldType.Date or FieldType.WebAddress when value is not (string or null):
                fail($"'{key}' must be a single value, not a list or a mapping"); break;
            case FieldType.List when value is not (string or IEnumerable<object?> or null) || value is IReadOnlyDictionary<string, object?>:
                fail($"'{key}' must be a list, like [a, b]"); break;
            case FieldType.Localized when value is not IReadOnlyDictionary<string, object?> map:
                fail($"'{key}' must give one value per language, like {{ {string.Join(", ", languages.Select(l => l + ": …"))} }}"); break;
            case FieldType.Localized:
                var translations = (IReadOnlyDictionary<string, object?>)value;
                foreach (var language in translations.Keys.Where(l => !languages.Contains(l)))
                    fail($"'{key}' has a value for '{language}', which is not a language of the site{Suggestions.Hint(language, languages)}");
                break;
            case FieldType.Mapping when value is not (IReadOnlyDictionary<string, object?> or null):
                fail($"'{key}' must be a mapping of {string.Join(", ", (field.Keys ?? []).Select(k => k.Key + ": …"))}"); break;
            case FieldType.Mapping when value is IReadOnlyDictionary<string, object?> entries:
                foreach (var (subKey, subValue) in entries)
                    CheckValue(field.Keys ?? [], subKey, subValue, $"in '{key}'", fail, languages);
                foreach (var missing in (field.Keys ?? []).Where(k => k.Required && !entries.ContainsKey(k.Key)))
                    fail($"'{key}' has no '{missing.Key}', which it needs");
                break;
            case FieldType.Date when value is string date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _):
                fail($"'{key}' must be a date written yyyy-mm-dd, not '{date}'"); break;
            case FieldType.WebAddress when value is string address && !IsWebAddress(address):
                fail($"'{key}' must be a web address starting with https:// or http://, not '{address}'"); break;
        }
        if (field.Allowed is { } allowed && value is string text && !allowed.Contains(text))
            fail($"'{text}' is not a valid {key}{Suggestions.Hint(text, allowed)}");
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
