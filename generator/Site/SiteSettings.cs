using System.Text.Json;
using Guidance.Engine;

namespace Guidance.Site;

/// <summary>The site settings in statiq.json. Keys are case-insensitive, as everywhere in the site.</summary>
public sealed partial record SiteSettings
{
    public IReadOnlyList<string> Languages { get; init; } = ["da", "en"];
    public string DefaultLanguage { get; init; } = "da";
    public IReadOnlyDictionary<string, string> Title { get; init; } = new Dictionary<string, string>();
    public string BaseUrl { get; init; } = "http://localhost/";
    public ValidationLevel Links { get; init; } = ValidationLevel.Error;
    public ValidationLevel MissingTranslations { get; init; } = ValidationLevel.Error;
    public bool AllowRawHtml { get; init; }
    public ReadabilityLimits Readability { get; init; } = ReadabilityLimits.None;

    /// <summary>The <c>##</c> sections each kind's body must have, in order (<see cref="SectionRule"/>); none by default.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SectionRule>> Sections { get; init; } = new Dictionary<string, IReadOnlyList<SectionRule>>();

    /// <summary>How many months after its <c>reviewed</c> date a finding or recommendation is due for review, unless it says otherwise.</summary>
    public int ReviewIntervalMonths { get; init; } = 24;

    /// <summary>The site's GitHub repository as <c>owner/name</c>: "Report outdated evidence" opens a new issue there. Null: no such link.</summary>
    public string? Repository { get; init; }

    /// <summary>The browser editor's repository and branch (<c>"Cms"</c>); null when the site has no editor in production.</summary>
    public Cms.CmsSettings? Cms { get; init; }

    /// <summary>The path part of the base URL, which every internal link starts with ("/" or "/guidance/").</summary>
    public string BasePath => new Uri(BaseUrl).AbsolutePath is var path && path.EndsWith('/') ? path : path + "/";

    /// <summary>A site URL (<c>/da/findings/x/</c>, base path included) as an absolute address on the host of <see cref="BaseUrl"/>.</summary>
    public string AbsoluteUrl(string url) => new Uri(new Uri(BaseUrl), url).AbsoluteUri;

    public string TitleIn(string language) =>
        Title.TryGetValue(language, out var title) ? title : Title.Values.FirstOrDefault() ?? "Guidance";

    private static readonly string[] KnownKeys = ["Title", "BaseUrl", "Languages", "DefaultLanguage", "Validation", "AllowRawHtml", "Sections", "ReviewIntervalMonths", "Repository", "Readability", "Cms"];
    private static readonly string[] KnownValidationKeys = ["Links", "MissingTranslations"];

    public static SiteSettings Load(string path)
    {
        var display = FileSystem.DisplayPathOf(path);
        if (!File.Exists(path)) throw new ContentException(new SourceLocation(display, 1), Say.SettingsFileMissing);
        var text = File.ReadAllText(path);
        SourceLocation At(string key) => LocationIn(display, text, key);
        JsonElement root;
        try { root = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }).RootElement; }
        catch (JsonException e) { throw new ContentException(new SourceLocation(display, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), Say.MalformedJson(e.Message.Split(" Path:")[0])); }

        if (root.ValueKind != JsonValueKind.Object)
            throw new ContentException(new SourceLocation(display, 1), Say.SettingsNotObject(Describe(root.ValueKind)));
        var settings = new SiteSettings();
        foreach (var property in root.EnumerateObject())
        {
            var key = KnownKeys.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentException(At(property.Name), Say.UnknownSetting(property.Name, Suggestions.Hint(property.Name, KnownKeys)));
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
                    "Sections" => settings with { Sections = ReadSections(value) },
                    "ReviewIntervalMonths" => settings with { ReviewIntervalMonths = value.TryGetInt32(out var months) && months > 0 ? months : throw new InvalidOperationException() },
                    "Repository" => settings with { Repository = Text(value) is var repository && RepositoryPattern().IsMatch(repository) ? repository
                        : throw new ContentException(At(property.Name), Say.RepositoryInvalid(repository)) },
                    "Readability" => settings with { Readability = ReadabilityLimits.Read(value, At) },
                    "Cms" => settings with { Cms = ReadCms(value, At, root.EnumerateObject().Where(p => p.NameEquals("Repository")).Select(p => Text(p.Value)).FirstOrDefault()) },
                    _ => ReadValidation(settings, value, At),
                };
            }
            catch (InvalidOperationException) { throw new ContentException(At(property.Name), Say.SettingWrongKind(key)); }
        }
        if (settings.Languages.Count == 0) throw new ContentException(At("Languages"), Say.ListALanguage);
        if (settings.Languages.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ContentException(At("Languages"), Say.LanguageTwice(twice.Key));
        if (!settings.Languages.Contains(settings.DefaultLanguage))
            throw new ContentException(At("DefaultLanguage"), Say.DefaultLanguageNotListed(settings.DefaultLanguage));
        foreach (var (kind, rules) in settings.Sections)
            if (rules.FirstOrDefault(r => settings.Languages.Any(l => !r.Heading.ContainsKey(l))) is { } partial)
                throw new ContentException(At("Sections"), Say.SectionHeadingMissing(kind, settings.Languages.First(l => !partial.Heading.ContainsKey(l))));
        if (!ContentSchema.IsWebAddress(settings.BaseUrl))
            throw new ContentException(At("BaseUrl"), Say.BadBaseUrl(settings.BaseUrl));
        return settings;
    }

    /// <summary>The line of the settings file where a setting is written (line 1 when it is not), for a message about it.</summary>
    public static SourceLocation LocationOf(string path, string key) => LocationIn(FileSystem.DisplayPathOf(path), File.ReadAllText(path), key);

    private static SourceLocation LocationIn(string display, string text, string key)
    {
        var index = text.IndexOf($"\"{key}\"", StringComparison.OrdinalIgnoreCase);
        return new SourceLocation(display, index < 0 ? 1 : 1 + text[..index].Count(c => c == '\n'));
    }

    /// <summary>A JSON string; anything else (null too) is the wrong kind of value, reported for its setting.</summary>
    private static string Text(JsonElement value) => value.GetString() ?? throw new InvalidOperationException();

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => Say.JsonList,
        JsonValueKind.Null => "null",
        JsonValueKind.String => Say.JsonText,
        _ => Say.JsonSingleValue,
    };

    /// <summary><c>{ "finding": [ { "da": "…", "en": "…" }, { "da": "…", "en": "…", "cites": true } ] }</c>.</summary>
    private static Dictionary<string, IReadOnlyList<SectionRule>> ReadSections(JsonElement value) =>
        value.EnumerateObject().ToDictionary(kind => kind.Name, kind => (IReadOnlyList<SectionRule>)kind.Value.EnumerateArray().Select(section =>
            new SectionRule(
                section.EnumerateObject().Where(p => !p.NameEquals("cites")).ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal),
                section.TryGetProperty("cites", out var cites) && cites.GetBoolean())).ToList(), StringComparer.Ordinal);

    private static readonly string[] KnownCmsKeys = ["Repository", "Branch", "AuthUrl"];

    /// <summary><c>"Cms": { "Branch": "main", "AuthUrl": "https://…" }</c>; its repository is the site's <c>Repository</c> unless it names one.</summary>
    private static Cms.CmsSettings ReadCms(JsonElement value, Func<string, SourceLocation> at, string? fallbackRepository)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in value.EnumerateObject())
        {
            var key = KnownCmsKeys.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentException(at(property.Name), Say.CmsUnknownSetting(property.Name, Suggestions.Hint(property.Name, KnownCmsKeys)));
            values[key] = Text(property.Value);
        }
        var repository = values.GetValueOrDefault("Repository") ?? fallbackRepository ?? "";
        if (!RepositoryPattern().IsMatch(repository))
            throw new ContentException(at("Cms"), Say.CmsNeedsRepository(repository));
        if (values.GetValueOrDefault("AuthUrl") is { } auth && !ContentSchema.IsWebAddress(auth))
            throw new ContentException(at("AuthUrl"), Say.AuthUrlInvalid(auth));
        return new Cms.CmsSettings(repository, values.GetValueOrDefault("Branch") ?? "main", values.GetValueOrDefault("AuthUrl"));
    }

    private static SiteSettings ReadValidation(SiteSettings settings, JsonElement value, Func<string, SourceLocation> at)
    {
        foreach (var property in value.EnumerateObject())
        {
            var key = KnownValidationKeys.FirstOrDefault(k => k.Equals(property.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new ContentException(at(property.Name), Say.UnknownValidationSetting(property.Name, Suggestions.Hint(property.Name, KnownValidationKeys)));
            var text = property.Value.GetString() ?? "";
            if (!Enum.TryParse<ValidationLevel>(text, ignoreCase: true, out var level))
                throw new ContentException(at(property.Name), Say.NotValidationLevel(text));
            settings = key == "Links" ? settings with { Links = level } : settings with { MissingTranslations = level };
        }
        return settings;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$")]
    private static partial System.Text.RegularExpressions.Regex RepositoryPattern();
}
