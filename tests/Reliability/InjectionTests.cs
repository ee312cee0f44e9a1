using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Guidance.Tests.Support;

namespace Guidance.Tests.Reliability;

/// <summary>
/// Nothing injected: the fixture with a hostile value in every field an editor writes (titles, summaries,
/// study details, glossary terms, headings, the site title), built through the CLI. Every page must show the
/// values as text and carry no element or attribute they tried to inject.
/// </summary>
public sealed class InjectionTests(InjectionTests.HostileSite hostile) : IClassFixture<InjectionTests.HostileSite>
{
    /// <summary>Breaks out of text (a script element), of double- and single-quoted attributes, and tests double escaping.</summary>
    public static string Payload(string label) =>
        $"{label} <script>alert(1)</script>\" onmouseover=\"alert(2)' onfocus='alert(3) &amp; <b>bold</b>";

    private const string SiteTitle = "Site <script>alert(1)</script>\" onmouseover=\"alert(2)";
    private const string SiteTitleJson = "\"Site <script>alert(1)</script>\\\" onmouseover=\\\"alert(2)\"";

    private static string Yaml(string value) => "'" + value.Replace("'", "''") + "'";

    public sealed class HostileSite : IDisposable
    {
        public TempSite Site { get; } = new();
        public CliResult Build { get; }

        public HostileSite()
        {
            string Poison(string text, string key, string label) =>
                Regex.Replace(text, $"(?m)^{key}: .*$", $"{key}: {Yaml(Payload(label))}");
            Site.Edit("input/findings/study-a/heard.en.md", t => Poison(Poison(t, "title", "Finding"), "summary", "FindingSummary"));
            Site.Edit("input/themes/tillid.en.md", t => Poison(Poison(t, "title", "Theme"), "summary", "ThemeSummary"));
            Site.Edit("input/guidance/listen-first.en.md", t => Poison(Poison(t, "title", "Guidance"), "summary", "GuidanceSummary"));
            Site.Edit("input/pages/about.en.md", t => Poison(Poison(t, "title", "Page"), "summary", "PageSummary")
                .Replace("## Purpose", "## " + Payload("Heading").Replace("<", "\\<")));
            Site.Edit("input/studies/study-a.yml", t =>
            {
                foreach (var key in new[] { "original_title", "venue", "volume", "issue", "pages" }) t = Poison(t, key, "Study-" + key);
                foreach (var key in new[] { "title", "design", "sample", "note", "summary" })
                    t = Regex.Replace(t, $"(?m)^{key}: \\{{ da: (\"[^\"]*\"), en: \"[^\"]*\" \\}}$", m => $"{key}: {{ da: {m.Groups[1].Value}, en: {Yaml(Payload("Study-" + key))} }}");
                t = Regex.Replace(t, "(?m)^authors: .*$", $"authors: [{Yaml(Payload("Author"))}]");
                return t + $"funding: {{ da: Fond, en: {Yaml(Payload("Study-funding"))} }}\nisbn: {Yaml(Payload("Isbn"))}\nregistry: {Yaml(Payload("Registry"))}\n";
            });
            Site.Edit("input/glossary.yml", t => t.Replace("en: { term: neutral coordinator, definition: \"A neutral person who leads the process.\", forms: [] }",
                $"en: {{ term: {Yaml(Payload("Term"))}, definition: {Yaml(Payload("Definition"))}, forms: [] }}"));
            Site.Edit("statiq.json", t => t.Replace("\"Fixture\"", SiteTitleJson).Replace("\"Fixtur\"", SiteTitleJson));
            Build = Site.Run("build");
        }

        public void Dispose() => Site.Dispose();
    }

    private IHtmlDocument Page(string url)
    {
        Assert.True(hostile.Build.ExitCode == 0, hostile.Build.ToString());
        var file = Path.Combine(hostile.Site.Output, url.Trim('/'), "index.html");
        return new HtmlParser().ParseDocument(File.ReadAllText(file));
    }

    private IEnumerable<string> Pages() =>
        Directory.EnumerateFiles(hostile.Site.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void The_hostile_site_builds()
    {
        Assert.True(hostile.Build.ExitCode == 0, hostile.Build.ToString());
        Assert.True(Pages().Count() > 20);
    }

    [Fact]
    public void No_page_carries_an_injected_element_or_attribute()
    {
        Assert.True(hostile.Build.ExitCode == 0, hostile.Build.ToString());
        var parser = new HtmlParser();
        foreach (var file in Pages())
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var where = Path.GetRelativePath(hostile.Site.Output, file);
            // Structured data (JSON-LD) is a data block, never run; it must still parse whole, so a hostile title stayed inside it.
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(
                s.GetAttribute("type") == "application/ld+json" ? IsJson(s.TextContent)
                    : s.GetAttribute("src")?.StartsWith("/assets/", StringComparison.Ordinal) == true && s.TextContent.Length == 0,
                $"{where}: injected {s.OuterHtml}"));
            Assert.Empty(document.QuerySelectorAll("b"));
            foreach (var element in document.All)
                Assert.All(element.Attributes, a => Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name.Contains('\'') || a.Name.Contains('"'),
                    $"{where}: injected attribute {a.Name}=\"{a.Value}\" on <{element.LocalName}>"));
        }
    }

    /// <summary>Each kind of page, and the list pages that show its title, display the hostile value as plain text.</summary>
    [Theory]
    [InlineData("/en/findings/heard/", "h1", "Finding")]
    [InlineData("/en/findings/heard/", ".lead", "FindingSummary")]
    [InlineData("/en/findings/heard/", ".breadcrumbs [aria-current]", "Finding")]
    [InlineData("/en/findings/", ".card-title", "Finding")]
    [InlineData("/en/findings/", ".card p", "FindingSummary")]
    [InlineData("/en/themes/hoert/", ".card-title", "Finding")]
    [InlineData("/en/guidance/listen-first/", ".card-title", "Finding")]
    [InlineData("/en/themes/tillid/", "h1", "Theme")]
    [InlineData("/en/themes/tillid/", ".lead", "ThemeSummary")]
    [InlineData("/en/themes/", ".tiles a", "Theme")]
    [InlineData("/en/", ".tiles a", "Theme")]
    [InlineData("/en/", ".tiles p", "ThemeSummary")]
    [InlineData("/en/studies/study-a/", "h1", "Study-title")]
    [InlineData("/en/studies/study-a/", ".lead", "Study-summary")]
    [InlineData("/en/studies/study-a/", "dd", "Study-original_title")]
    [InlineData("/en/studies/study-a/", "dd", "Study-venue")]
    [InlineData("/en/studies/study-a/", "dd", "Study-funding")]
    [InlineData("/en/studies/study-a/", "dd", "Isbn")]
    [InlineData("/en/studies/study-a/", "dd", "Registry")]
    [InlineData("/en/studies/study-a/", "p", "Study-design")]
    [InlineData("/en/studies/study-a/", "p", "Study-sample")]
    [InlineData("/en/studies/study-a/", "p", "Study-note")]
    [InlineData("/en/studies/", ".tiles a", "Study-title")]
    [InlineData("/en/", "a", "Study-title")]
    [InlineData("/en/findings/heard/", "dd a", "Study-title")]
    [InlineData("/en/guidance/listen-first/", "h1", "Guidance")]
    [InlineData("/en/guidance/listen-first/", ".lead", "GuidanceSummary")]
    [InlineData("/en/guidance/", ".tiles a", "Guidance")]
    [InlineData("/en/", "a", "Guidance")]
    [InlineData("/en/findings/heard/", "section a", "Guidance")]
    [InlineData("/en/about/", "h1", "Page")]
    [InlineData("/en/about/", ".lead", "PageSummary")]
    [InlineData("/en/about/", "h2", "Heading")]
    [InlineData("/en/about/", ".toc a", "Heading")]
    [InlineData("/en/themes/tillid/", "footer a", "Page")]
    [InlineData("/en/glossary/", "dt", "Term")]
    [InlineData("/en/glossary/", "dd", "Definition")]
    public void A_hostile_value_shows_as_text(string url, string selector, string label)
    {
        var document = Page(url);
        var texts = document.QuerySelectorAll(selector).Select(e => e.TextContent.Trim()).ToList();
        // In a Markdown heading "&amp;" is Markdown's entity for "&"; everywhere else values are plain text.
        Assert.Contains(label == "Heading" ? Payload(label).Replace("&amp;", "&") : Payload(label), texts);
    }

    [Theory]
    [InlineData("/en/findings/heard/", "Finding", "FindingSummary")]
    [InlineData("/en/themes/tillid/", "Theme", "ThemeSummary")]
    [InlineData("/en/guidance/listen-first/", "Guidance", "GuidanceSummary")]
    [InlineData("/en/about/", "Page", "PageSummary")]
    [InlineData("/en/studies/study-a/", "Study-title", "Study-summary")]
    public void A_hostile_title_and_summary_stay_inside_the_title_element_and_the_description_attribute(string url, string title, string summary)
    {
        var document = Page(url);

        Assert.Equal(Payload(title) + " · " + SiteTitle, document.Title);
        Assert.Equal(Payload(summary), document.QuerySelector("meta[name='description']")?.GetAttribute("content"));
    }

    [Fact]
    public void A_hostile_site_title_shows_as_text_on_the_root_and_home_pages()
    {
        Assert.Equal(SiteTitle, Page("/").QuerySelector("h1")?.TextContent);
        Assert.Equal(SiteTitle, Page("/").Title);
        Assert.Equal(SiteTitle, Page("/en/").QuerySelector("h1")?.TextContent);
        Assert.Equal(SiteTitle, Page("/da/").QuerySelector(".brand")?.TextContent);
    }

    /// <summary>A guard on the test itself: an element lookup that silently found nothing would prove nothing.</summary>
    [Fact]
    public void The_hostile_values_reached_the_pages()
    {
        var about = Page("/en/about/");
        Assert.Contains("onmouseover", about.QuerySelector("h1")!.TextContent);
        Assert.Contains("&lt;script&gt;", File.ReadAllText(Path.Combine(hostile.Site.Output, "en", "about", "index.html")));
    }

    private static bool IsJson(string text)
    {
        try { using var _ = System.Text.Json.JsonDocument.Parse(text); return true; }
        catch (System.Text.Json.JsonException) { return false; }
    }
}
