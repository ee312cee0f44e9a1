using Guidance.Tests.Support;

namespace Guidance.Tests.Site;

/// <summary>
/// A site adds a page type by declaring it in <c>input/content-types.yml</c> (with its labels in every language) and,
/// if it wants, giving it a layout: no code, and the new pages get everything a built-in type's pages get.
/// </summary>
public sealed class ContentTypeTests
{
    private const string Declaration = """
        case-example:
          folder: case-examples
          label: { da: Caseeksempler, en: Case examples }
          label_singular: { da: Caseeksempel, en: Case example }
          nav: true
          whats_new: true
          structured_data: true
          based_on: findings
          fields:
            - { key: themes, type: list, refers_to: [theme] }
            - { key: findings, type: list, refers_to: [finding] }
            - { key: setting, required: true, allowed: [home, school] }
            - { key: concerns, type: mapping, keys: [{ key: safety }, { key: contact, type: list }] }
        """;

    private const string Layout = """
        <article class="case-example">
          <p class="kicker">{{ t "kind.case-example" }}</p>
          <h1>{{ page.title | html.escape }}</h1>
          <ul class="themes">{{ for theme in page.themes }}<li><a href="{{ theme.url | html.escape }}">{{ theme.title | html.escape }}</a></li>{{ end }}</ul>
          <div class="prose">
        {{ page.body }}
          </div>
        </article>
        """;

    /// <summary>The fixture with the type declared, its layout and a case example in both languages.</summary>
    private static TempSite SiteWithCaseExamples(string danishFrontMatter = "setting: home\nthemes: [tillid]\nfindings: [heard]\nconcerns: { safety: low, contact: [mother] }")
    {
        var site = new TempSite();
        site.Write("input/content-types.yml", Declaration);
        site.Write("input/layouts/case-example.html", Layout);
        site.Write("input/case-examples/home-visit.da.md",
            $"---\nid: home-visit\ntitle: \"Et hjemmebesøg\"\n{danishFrontMatter}\n---\n\nForældrene ville [høres](xref:heard).\n");
        site.Write("input/case-examples/home-visit.en.md",
            "---\nid: home-visit\ntitle: \"A home visit\"\nsetting: home\nthemes: [tillid]\nfindings: [heard]\nconcerns: { safety: low, contact: [mother] }\n---\n\nThe parents wanted [to be heard](xref:heard).\n");
        return site;
    }

    [Fact]
    public void A_type_declared_in_content_types_yml_gets_pages_in_both_languages_with_xrefs_backlinks_nav_list_search_whats_new_and_sitemap()
    {
        using var site = SiteWithCaseExamples();

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        string Page(string url) => File.ReadAllText(Path.Combine(site.Output, url.Trim('/'), "index.html"));
        var danish = Page("/da/case-examples/home-visit/");
        Assert.Contains("<p class=\"kicker\">Caseeksempel</p>", danish);
        Assert.Contains("<a href=\"/da/themes/tillid/\">", danish); // the declared reference, as a link
        Assert.Contains("href=\"/da/findings/heard/\"", danish); // the xref
        Assert.Contains("hreflang=\"en\" href=\"https://fixture.example.org/en/case-examples/home-visit/\"", danish);
        Assert.Contains("<main id=\"main\" tabindex=\"-1\" data-pagefind-body>", danish);
        Assert.Contains("<span data-pagefind-filter=\"theme\">Tillid</span>", danish);
        Assert.Contains("<span data-pagefind-meta=\"kind\">Caseeksempel</span>", danish);
        Assert.Contains("<a href=\"/da/case-examples/home-visit/\">Et hjemmebesøg</a>", Page("/da/findings/heard/")); // backlink
        Assert.Contains("<a href=\"/en/case-examples/home-visit/\">A home visit</a>", Page("/en/findings/heard/"));
        Assert.Contains("<li><a href=\"/en/case-examples/\">Case examples</a></li>", Page("/en/"));
        Assert.Contains("<li><a href=\"/en/case-examples/\" aria-current=\"page\">Case examples</a></li>", Page("/en/case-examples/home-visit/"));
        Assert.Contains("<a href=\"/en/case-examples/home-visit/\">A home visit</a>", Page("/en/case-examples/")); // list.html, the default
        Assert.Contains("/en/case-examples/home-visit/", Page("/en/whats-new/"));
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://fixture.example.org/da/case-examples/home-visit/</loc>", sitemap);
        Assert.Contains("<loc>https://fixture.example.org/en/case-examples/</loc>", sitemap);
        Assert.Empty(LinkChecker.BrokenLinks(site.Output));
    }

    [Fact]
    public void A_type_declaring_structured_data_gets_json_ld_about_its_themes_and_based_on_the_pages_its_field_names()
    {
        using var site = SiteWithCaseExamples();

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(Path.Combine(site.Output, "en", "case-examples", "home-visit", "index.html"));
        var json = System.Text.RegularExpressions.Regex.Match(page, "<script type=\"application/ld\\+json\">(.*?)</script>").Groups[1].Value;
        using var data = System.Text.Json.JsonDocument.Parse(json);
        var root = data.RootElement;
        Assert.Equal("CreativeWork", root.GetProperty("@type").GetString());
        Assert.Equal("A home visit", root.GetProperty("name").GetString());
        Assert.Equal("en", root.GetProperty("inLanguage").GetString());
        Assert.Equal(["https://fixture.example.org/en/findings/heard/"], root.GetProperty("isBasedOn").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(["https://fixture.example.org/en/themes/tillid/"], root.GetProperty("about").EnumerateArray().Select(t => t.GetProperty("url").GetString()));
    }

    [Fact]
    public void A_declared_type_without_a_layout_renders_with_the_default_single_layout()
    {
        using var site = SiteWithCaseExamples();
        File.Delete(Path.Combine(site.Input, "layouts", "case-example.html"));

        var result = site.Run("build");

        Assert.True(result.ExitCode == 0, result.ToString());
        var page = File.ReadAllText(Path.Combine(site.Output, "en", "case-examples", "home-visit", "index.html"));
        Assert.Contains("<article class=\"single\">", page);
        Assert.Contains("<p class=\"kicker\">Case example</p>", page);
    }

    [Fact]
    public void A_declared_types_front_matter_is_checked_against_its_declaration_with_file_and_line()
    {
        using var site = SiteWithCaseExamples("setting: garden\nthemes: [tilid]\nconcerns: { safety: low, contakt: [x] }");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/case-examples/home-visit.da.md:4: 'garden' is not a valid setting", result.Stderr);
        Assert.Contains("input/case-examples/home-visit.da.md:6: unknown front matter key 'contakt' in 'concerns' (did you mean 'contact'?)", result.ErrorLines);
    }

    [Fact]
    public void A_reference_to_an_unknown_page_in_a_declared_field_is_an_error_with_file_and_line()
    {
        using var site = SiteWithCaseExamples("setting: home\nthemes: [tilid]");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/case-examples/home-visit.da.md:5: unknown theme 'tilid' (did you mean 'tillid'?)", result.ErrorLines);
    }

    [Fact]
    public void A_mistake_in_content_types_yml_is_an_error_at_the_line_of_its_type()
    {
        using var site = new TempSite();
        site.Write("input/content-types.yml", "case-example:\n  folder: case-examples\n  label_singular: { da: Caseeksempel }\n  fields:\n    - { key: themes, type: lists, refers_to: [themes] }\nsearch:\n  folder: finds\nnotes:\n  folder: assets\ntips:\n  folder: tips\n  structured_data: true\n  based_on: themes\n");

        var result = site.Run("build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/content-types.yml:1: the field 'themes' of 'case-example' has the unknown type 'lists' (did you mean 'list'?)", result.ErrorLines);
        Assert.Contains("input/content-types.yml:1: the field 'themes' of 'case-example' refers to the unknown content type 'themes' (did you mean 'theme'?)", result.ErrorLines);
        Assert.Contains("input/content-types.yml:1: 'label_singular' of the content type 'case-example' has no 'en' value", result.ErrorLines);
        Assert.Contains("input/content-types.yml:6: 'search' is a kind of page the site already has; name yours differently", result.ErrorLines);
        Assert.Contains("input/content-types.yml:8: the folder 'assets' is one the site publishes itself; choose another", result.ErrorLines);
        Assert.Contains("input/content-types.yml:10: 'based_on' of the content type 'tips' must name one of its fields that refers to other pages (it has none), not 'themes'", result.ErrorLines);
    }
}
