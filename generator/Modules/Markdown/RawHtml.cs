using Ganss.Xss;

namespace Guidance.Modules.Markdown;

/// <summary>
/// Raw HTML an editor wrote in Markdown (when a site allows it), made safe with a real sanitiser: scripts, styles,
/// event handlers and links that run code (<c>javascript:</c>, <c>data:</c>) are removed, the usual markup of a page
/// stays, with the ids, classes, <c>aria-*</c> and <c>data-*</c> attributes the site's own Markdown output uses.
/// </summary>
public static class RawHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer { AllowDataAttributes = true };
        sanitizer.AllowedSchemes.Add("mailto");
        foreach (var attribute in new[] { "id", "class", "role", "aria-label", "aria-hidden", "aria-describedby", "tabindex", "hidden" })
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedTags.Remove("style");
        sanitizer.AllowedCssProperties.Clear(); // the Content-Security-Policy refuses inline styles anyway
        return sanitizer;
    }

    /// <summary>The HTML with everything that could run code or leave the page's design removed.</summary>
    public static string Sanitize(string html) => Sanitizer.Sanitize(html);
}
