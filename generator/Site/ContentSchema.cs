using System.Globalization;
using System.Text.RegularExpressions;
using Guidance.Engine;
using Guidance.Modules.Metadata;

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
            CheckValue(type.Fields, key, document[key], Say.ForAKind(type.Kind), message => Fail(key, message), languages);
        if (document[ApplyDirectoryMetadata.InheritedKeysKey] is IReadOnlyDictionary<string, SourceLocation> inherited)
        {
            var known = type.Fields.Select(f => f.Key).ToList();
            foreach (var (key, at) in inherited.Where(kv => !known.Contains(kv.Key, StringComparer.OrdinalIgnoreCase)))
            {
                context.Report(at, Say.UnknownInheritedKey(key, Say.AKind(type.Kind), Suggestions.Hint(key, known)));
                ok = false;
            }
        }
        foreach (var field in type.Fields.Where(f => f.Required && !document.ContainsKey(f.Key)))
        {
            context.Report(new SourceLocation(document.Source ?? "(generated)", 1), Say.RequiredKeyMissing(field.Key, type.Kind));
            ok = false;
        }
        foreach (var field in type.Fields.Where(f => f.Required && f.Type == FieldType.List && document[f.Key] is IEnumerable<object?> { } items && !items.Any()
            && document[f.Key] is not IReadOnlyDictionary<string, object?>))
            Fail(field.Key, field.RefersTo is null ? Say.NeedsAtLeastOneValue(type.Kind, field.Key)
                : Say.NeedsAtLeastOneId(type.Kind, string.Join(Say.Or, field.RefersTo.Select(Say.KindInList)), field.Key));
        if (ok && type.Rules is not null)
            foreach (var (key, message) in type.Rules(document)) Fail(key, message);
        var id = document.GetString("id");
        if (id is not null && !IdPattern().IsMatch(id))
            Fail("id", Say.IdInvalid(id));
        else if (id?.Length > SitePath.MaxSegment)
            Fail("id", Say.IdTooLong(id.Length, SitePath.MaxSegment));
        foreach (var slug in ValuesOf(document["slug"]))
            if (!IdPattern().IsMatch(slug)) Fail("slug", Say.SlugInvalid(slug));
            else if (slug.Length > SitePath.MaxSegment) Fail("slug", Say.SlugTooLong(slug.Length, SitePath.MaxSegment));
        var layout = document.GetString("layout");
        if (layout is not null && !IdPattern().IsMatch(layout))
            Fail("layout", Say.LayoutNameInvalid(layout));
        else if (layout is "root" or "redirect")
            Fail("layout", Say.LayoutWholeDocument(layout));
        if (document.GetString("year") is { } year && !(int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200))
            Fail("year", Say.NotAYear(year));
        return ok;
    }

    /// <summary>One value against the field of its key among <paramref name="fields"/>; a mapping's sub-keys against the field's own.</summary>
    private static void CheckValue(IReadOnlyList<Field> fields, string key, object? value, string owner, Action<string> fail, IReadOnlyCollection<string> languages)
    {
        var field = fields.FirstOrDefault(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (field is null) { fail(Say.UnknownKey(key, owner, Suggestions.Hint(key, fields.Select(f => f.Key).ToList()))); return; }
        switch (field.Type)
        {
            case FieldType.Text or FieldType.Date or FieldType.WebAddress when value is not (string or null):
                fail(Say.SingleValue(key)); break;
            case FieldType.List when value is not (string or IEnumerable<object?> or null) || value is IReadOnlyDictionary<string, object?>:
                fail(Say.MustBeList(key)); break;
            case FieldType.List when value is string items && items.Contains(','):
                fail(Say.WriteAList(key, string.Join(", ", items.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))); break;
            case FieldType.Localized when value is not IReadOnlyDictionary<string, object?> map:
                fail(Say.OneValuePerLanguage(key, string.Join(", ", languages.Select(l => l + ": …")))); break;
            case FieldType.Localized:
                var translations = (IReadOnlyDictionary<string, object?>)value;
                foreach (var language in translations.Keys.Where(l => !languages.Contains(l)))
                    fail(Say.NotASiteLanguage(key, language, Suggestions.Hint(language, languages)));
                break;
            case FieldType.Mapping when value is not (IReadOnlyDictionary<string, object?> or null):
                fail(Say.MustBeMapping(key, string.Join(", ", (field.Keys ?? []).Select(k => k.Key + ": …")))); break;
            case FieldType.Mapping when value is IReadOnlyDictionary<string, object?> entries:
                foreach (var (subKey, subValue) in entries)
                    CheckValue(field.Keys ?? [], subKey, subValue, Say.InKey(key), fail, languages);
                foreach (var missing in (field.Keys ?? []).Where(k => k.Required && !entries.ContainsKey(k.Key)))
                    fail(Say.SubKeyMissing(key, missing.Key));
                break;
            case FieldType.Date when value is string date && !DateOnly.TryParseExact(date, "yyyy-MM-dd", out _):
                fail(Say.NotADate(key, date)); break;
            case FieldType.WebAddress when value is string address && !IsWebAddress(address):
                fail(Say.NotAWebAddress(key, address)); break;
        }
        if (field.Allowed is { } allowed && value is string text && !allowed.Contains(text))
            fail(Say.NotAllowedValue(text, key, Suggestions.Hint(text, allowed)));
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
