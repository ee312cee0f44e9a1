using System.Text.Json;
using Guidance.Engine;

namespace Guidance.Site;

public enum ValidationLevel { Error, Warning, Off }

/// <summary>The site settings in statiq.json. Keys are case-insensitive, as everywhere in the site.</summary>
public sealed record SiteSettings
{
    public IReadOnlyList<string> Languages { get; init; } = ["da", "en"];
    public string DefaultLanguage { get; init; } = "da";
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();
    public string BaseUrl { get; init; } = "http://localhost/";
    public ValidationLevel Links { get; init; } = ValidationLevel.Error;
    public ValidationLevel MissingTranslations { get; init; } = ValidationLevel.Error;
    public bool AllowRawHtml { get; init; }

    /// <summary>The browser editor's repository and branch (<c>"Cms"</c>); null when the site has no editor in production.</summary>
    public Cms.CmsSettings? Cms { get; init; }

    /// <summary>The path part of the base URL, which every internal link starts with ("/" or "/guidance/").</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath is var path && path.EndsWith('/') ? path : path + "/";

    /// <summary>A site URL (<c>/da/findings/x/</c>, base path included) as an absolute address on the host of <see cref="BaseUrl"/>.</summary>
    public string AbsoluteUrl(string url) => new Uri(new Uri(BaseUrl), url).AbsoluteUri;

    public string TitleIn(string language) =>
        Title.TryGetValue(language, out var title) ? title : Title.Values.FirstOrDefault() ?? "Guidance";

    private static readonly string[] KnownKeys = ["Title", "BaseUrl", "Languages", "DefaultLanguage", "Validation", "AllowRawHtml", "Cms"];
    private static readonly string[] KnownValidationKeys = ["Links", "MissingTranslations"];

    public static SiteSettings Load(string path)
    {
        var display = FileSystem.DisplayPathOf(path);
        if (!File.Exists(path)) throw new ContentException(new SourceLocation(display, 1), "the settings file does not exist");
        var text = File.ReadAllText(path);
        SourceLocation At(string key)
        {
            var index = text.IndexOf($"\"{key}\"", StringComparison.OrdinalIgnoreCase);
            return new SourceLocation(display, index < 0 ? 1 : 1 + text[..index].Count(c => c == '\n'));
        }
        JsonElement root;
        try { root = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }).RootElement; }
        catch (JsonException e) { throw new ContentException(new SourceLocation(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), "malformed JSON: " + e.Message.Split(" Path:")[0]); }

        if (root.ValueKind != JsonValueKind.Object)
            throw new ContentException(new SourceLocation(display, 1), $"the settings must be one JSON object, like {{ \"Title\": \"…\", \"BaseUrl\": \"https://…/\" }}, not {Describe(root.ValueKind)}");
        var settings = new SiteSettings();
        foreach (var property in root.EnumerateObject())
        {
            var key = KnownKeys.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentException(At(property.Name), $"unknown setting '{property.Name}'{Suggestions.Hint(property.Name, KnownKeys)}");
            var value = property.Value;
            try
            {
                settings = key switch
                {
                    "Title" => settings with
                    {
                        Title = value.ValueKind == JsonValueKind.String
                            ? new Dictionary<string, string> { ["*"] = Text(value) }
                            : value.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.OrdinalIgnoreCase),
                    },
                    "BaseUrl" => settings with { BaseUrl = Text(value) },
                    "Languages" => settings with { Languages = value.EnumerateArray().Select(v => Text(v)).ToList() },
                    "DefaultLanguage" => settings with { DefaultLanguage = Text(value) },
                    "AllowRawHtml" => settings with { AllowRawHtml = value.GetBoolean() },
                    "Cms" => settings with { Cms = ReadCms(value, At) },
                    _ => ReadValidation(settings, value, At),
                };
            }
            catch (InvalidOperationException) { throw new ContentException(At(property.Name), $"the setting '{key}' has the wrong kind of value"); }
        }
        if (settings.Languages.Count == 0) throw new ContentException(At("Languages"), "list at least one language");
        if (settings.Languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ContentException(At("Languages"), $"the language '{twice.Key}' is listed twice in Languages; list each language once");
        if (!settings.Languages.Contains(settings.DefaultLanguage))
            throw new ContentException(At("DefaultLanguage"), $"the default language '{settings.DefaultLanguage}' is not in Languages");
        if (!ContentSchema.IsWebAddress(settings.BaseUrl))
            throw new ContentException(At("BaseUrl"), $"BaseUrl '{settings.BaseUrl}' must be the site's address starting with https:// or http://, like https://example.org/guidance/");
        return settings;
    }

    /// <summary>A JSON string; anything else (null too) is the wrong kind of value, reported for its setting.</summary>
    private static string Text(JsonElement value) => value.GetString() ?? throw new InvalidOperationException();

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "a list ([…])",
        JsonValueKind.Null => "null",
        JsonValueKind.String => "a text",
        _ => "a single value",
    };

    private static readonly string[] KnownCmsKeys = ["Repository", "Branch", "AuthUrl"];

    /// <summary><c>"Cms": { "Repository": "owner/name", "Branch": "main", "AuthUrl": "https://…" }</c>.</summary>
    private static Cms.CmsSettings ReadCms(JsonElement value, Func<string, SourceLocation> at)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in value.EnumerateObject())
        {
            var key = KnownCmsKeys.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentException(at(property.Name), $"unknown Cms setting '{property.Name}'{Suggestions.Hint(property.Name, KnownCmsKeys)}");
            values[key] = Text(property.Value);
        }
        var repository = values.GetValueOrDefault("Repository") ?? "";
        if (!System.Text.RegularExpressions.Regex.IsMatch(repository, "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"))
            throw new ContentException(at("Cms"), $"Cms needs \"Repository\": the GitHub repository as owner/name, like \"my-centre/guidance\", not '{repository}'");
        if (values.GetValueOrDefault("AuthUrl") is { } auth && !ContentSchema.IsWebAddress(auth))
            throw new ContentException(at("AuthUrl"), $"AuthUrl '{auth}' must be the sign-in service's address starting with https://");
        return new Cms.CmsSettings(repository, values.GetValueOrDefault("Branch") ?? "main", values.GetValueOrDefault("AuthUrl"));
    }

    private static SiteSettings ReadValidation(SiteSettings settings, JsonElement value, Func<string, SourceLocation> at)
    {
        foreach (var property in value.EnumerateObject())
        {
            var key = KnownValidationKeys.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentException(at(property.Name), $"unknown validation setting '{property.Name}'{Suggestions.Hint(property.Name, KnownValidationKeys)}");
            var text = property.Value.GetString() ?? "";
            if (!Enum.TryParse<ValidationLevel>(text, ignoreCase: true, out var level))
                throw new ContentException(at(property.Name), $"'{text}' is not a validation level (expected error, warning or off)");
            settings = key == "Links" ? settings with { Links = level } : settings with { MissingTranslations = level };
        }
        return settings;
    }
}
