using System.Text.Json;

namespace Guidance.Site;

/// <summary>
/// The web app manifest of one language (<c>/&lt;lang&gt;/manifest.webmanifest</c>): an app per language, so an installed
/// site opens on its own language's home page and its service worker (scoped to that language) keeps that language.
/// </summary>
public static class WebAppManifest
{
    public const string FileName = "manifest.webmanifest";

    /// <summary>The favicon and app icons: <c>icons/</c> of the theme (or of the input, which overrides it), copied to <c>/icons/</c>.</summary>
    public const string IconsFolder = "icons";

    /// <summary>The theme colour of the installed app's title bar: the header's colour in <c>site.css</c>.</summary>
    public const string ThemeColor = "#083f54";

    public static string PathIn(string language) => $"{language}/{FileName}";

    public static string Write(SiteSettings settings, string language, string description)
    {
        var home = $"{settings.BasePath}{language}/";
        var icons = settings.BasePath + IconsFolder + "/";
        var manifest = new Dictionary<string, object>
        {
            ["name"] = settings.TitleIn(language),
            ["short_name"] = settings.TitleIn(language),
            ["description"] = description,
            ["lang"] = language,
            ["id"] = home,
            ["start_url"] = home,
            ["scope"] = home,
            ["display"] = "standalone",
            ["background_color"] = "#ffffff",
            ["theme_color"] = ThemeColor,
            ["icons"] = new object[]
            {
                new Dictionary<string, string> { ["src"] = icons + "icon.svg", ["sizes"] = "any", ["type"] = "image/svg+xml" },
                new Dictionary<string, string> { ["src"] = icons + "icon-192.png", ["sizes"] = "192x192", ["type"] = "image/png" },
                new Dictionary<string, string> { ["src"] = icons + "icon-512.png", ["sizes"] = "512x512", ["type"] = "image/png" },
                new Dictionary<string, string> { ["src"] = icons + "icon-maskable-512.png", ["sizes"] = "512x512", ["type"] = "image/png", ["purpose"] = "maskable" },
            },
        };
        return JsonSerializer.Serialize(manifest, Options);
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
