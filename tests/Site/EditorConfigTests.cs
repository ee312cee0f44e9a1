using Guidance.Site;
using Guidance.Site.Cms;
using Guidance.Tests.Support;
using YamlDotNet.Serialization;

namespace Guidance.Tests.Site;

/// <summary>
/// The browser editor's config.yml is made from the content-type declarations: every declared key of every type that
/// lives in a folder is a field of its collection (a key declared tomorrow too), with the widget its declaration calls for.
/// </summary>
public sealed class EditorConfigTests
{
    private const string Declaration = """
        case-example:
          folder: case-examples
          label: { da: Caseeksempler, en: Case examples }
          label_singular: { da: Caseeksempel, en: Case example }
          fields:
            - { key: themes, type: list, refers_to: [theme] }
            - { key: setting, required: true, allowed: [home, school] }
            - { key: concerns, type: mapping, keys: [{ key: safety }, { key: contact, type: list }] }
        """;

    private static (GuidanceSite Site, Dictionary<object, object> Config) Generate(TempSite site, bool local, IReadOnlyList<EditorChoice>? choices = null)
    {
        site.Write("input/content-types.yml", Declaration);
        if (!site.Read("statiq.json").Contains("\"Cms\""))
            site.Edit("statiq.json", json => json.TrimEnd().TrimEnd('}') + ", \"Cms\": { \"Repository\": \"centre/guidance\", \"Branch\": \"live\" } }");
        var guidance = new GuidanceSite(site.Paths, site.Output);
        var text = DecapConfig.Write(guidance.Types, guidance.Settings, guidance.Strings, CmsAdmin.ContentFolder(site.Paths), local, choices);
        return (guidance, new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(text));
    }

    private static List<Dictionary<object, object>> Maps(object? list) => ((List<object>)list!).Cast<Dictionary<object, object>>().ToList();

    [Fact]
    public void Every_declared_field_of_every_type_in_a_folder_is_a_field_of_its_collection()
    {
        using var site = new TempSite();
        var (guidance, config) = Generate(site, local: false);
        var collections = Maps(config["collections"]).ToDictionary(c => (string)c["name"]);
        var editable = guidance.Types.All.Where(t => t.Format != ContentFormat.SingleFile).ToList();
        Assert.Contains(editable, t => t.Kind == "case-example");
        foreach (var type in editable)
        {
            Assert.True(collections.TryGetValue(type.Source, out var collection), $"no collection named '{type.Source}' for the {type.Kind} type");
            Assert.Equal("input/" + type.Source, collection["folder"]);
            AssertFields(type.Fields, Maps(collection["fields"]), type.Kind);
            if (type.Format == ContentFormat.Markdown)
                Assert.Contains(Maps(collection["fields"]), f => (string)f["name"] == "body" && (string)f["widget"] == "markdown");
        }
    }

    private static void AssertFields(IReadOnlyList<Field> declared, List<Dictionary<object, object>> fields, string owner)
    {
        foreach (var field in declared)
        {
            var widget = fields.SingleOrDefault(f => (string)f["name"] == field.Key)
                ?? throw new Xunit.Sdk.XunitException($"the {owner} form has no field '{field.Key}'");
            Assert.Equal(field.Required ? null : "false", widget.TryGetValue("required", out var required) ? required : null);
            if (field.Type == FieldType.Mapping) AssertFields(field.Keys!, Maps(widget["fields"]), owner + "." + field.Key);
            else if (field.RefersTo is [var kind] && kind != Kinds.Glossary)
                Assert.Equal("relation", widget["widget"]);
            else if (field.Allowed is { } allowed && !allowed.SequenceEqual(["true", "false"]))
                Assert.Equal(allowed, Maps(widget["options"]).Select(o => (string)o["value"]));
            else if (field.Type == FieldType.List) Assert.Equal("list", widget["widget"]);
        }
    }

    [Fact]
    public void A_course_s_items_are_chosen_by_title_among_the_findings_and_recommendations_and_kept_a_list_of_ids()
    {
        using var site = new TempSite();
        var choices = new EditorChoice[]
        {
            new("families-value-being-heard", "Familier sætter pris på at blive hørt", Kinds.Finding),
            new("listen-and-show-how-it-counts", "Lyt, og vis hvad det betyder", Kinds.Recommendation),
            new("tillid", "Tillid", Kinds.Theme),
        };
        var (guidance, config) = Generate(site, local: true, choices);
        Assert.Equal(new[] { Kinds.Finding, Kinds.Recommendation }, DecapConfig.Choices(guidance.Types).Order());
        var items = Maps(Maps(config["collections"]).Single(c => (string)c["name"] == "courses")["fields"]).Single(f => (string)f["name"] == "items");
        Assert.Equal("list", items["widget"]); // a plain list of ids in the file, reordered by dragging
        var field = (Dictionary<object, object>)items["field"];
        Assert.Equal("select", field["widget"]);
        Assert.Equal(["Familier sætter pris på at blive hørt (Fund)", "Lyt, og vis hvad det betyder (Anbefaling)"], Maps(field["options"]).Select(o => (string)o["label"]));
        Assert.Equal(["families-value-being-heard", "listen-and-show-how-it-counts"], Maps(field["options"]).Select(o => (string)o["value"]));

        // Without the built pages (nothing to choose from) the ids are typed.
        var (_, typed) = Generate(site, local: true);
        var plain = Maps(Maps(typed["collections"]).Single(c => (string)c["name"] == "courses")["fields"]).Single(f => (string)f["name"] == "items");
        Assert.Equal("string", ((Dictionary<object, object>)plain["field"])["widget"]);
    }

    [Fact]
    public void Danish_and_English_are_edited_side_by_side_as_one_file_per_language_in_a_Danish_editor()
    {
        using var site = new TempSite();
        var (_, config) = Generate(site, local: false);
        var i18n = (Dictionary<object, object>)config["i18n"];
        Assert.Equal("multiple_files", i18n["structure"]);
        Assert.Equal(["da", "en"], ((List<object>)i18n["locales"]).Cast<string>());
        Assert.Equal("da", config["locale"]);
        var findings = Maps(config["collections"]).Single(c => (string)c["name"] == "findings");
        Assert.Equal("{{study}}/{{slug}}", findings["path"]); // input/findings/<study>/<id>.<lang>.md
        var fields = Maps(findings["fields"]);
        Assert.Equal("true", fields.Single(f => (string)f["name"] == "title")["i18n"]);
        Assert.Equal("duplicate", fields.Single(f => (string)f["name"] == "study")["i18n"]);
        Assert.Equal("Perspektiv", fields.Single(f => (string)f["name"] == "perspective")["label"]);
    }

    [Fact]
    public void A_glossary_term_s_id_has_a_hint_about_terms_not_the_page_id_s_hint()
    {
        using var site = new TempSite();
        var (_, config) = Generate(site, local: false);
        string IdHint(IEnumerable<Dictionary<object, object>> fields) => (string)fields.Single(f => (string)f["name"] == "id")["hint"];
        var collections = Maps(config["collections"]);
        var glossary = collections.Single(c => (string)c["name"] == "glossary");
        var terms = Maps(Maps(Maps(glossary["files"]).Single()["fields"]).Single()["fields"]);
        var termHint = IdHint(terms);
        var pageHint = IdHint(Maps(collections.Single(c => (string)c["name"] == "findings")["fields"]));

        Assert.StartsWith("Sidens faste navn", pageHint);
        Assert.NotEqual(pageHint, termHint);
        Assert.Contains("begreb", termHint, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Siden", termHint, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void In_production_entries_go_through_GitHub_as_pull_requests_and_locally_through_the_preview()
    {
        using var site = new TempSite();
        var (_, production) = Generate(site, local: false);
        var backend = (Dictionary<object, object>)production["backend"];
        Assert.Equal(("github", "centre/guidance", "live"), ((string)backend["name"], (string)backend["repo"], (string)backend["branch"]));
        Assert.Equal("editorial_workflow", production["publish_mode"]);

        var (_, local) = Generate(site, local: true);
        var proxy = (Dictionary<object, object>)local["backend"];
        Assert.Equal(("proxy", DecapConfig.LocalApiPath), ((string)proxy["name"], (string)proxy["proxy_url"]));
        Assert.False(local.ContainsKey("publish_mode"));
    }

    [Fact]
    public void A_Cms_setting_without_a_repository_stops_the_build_with_what_to_write()
    {
        using var site = new TempSite();
        // Neither the editor's own Repository nor the site's, which it falls back to.
        site.Edit("statiq.json", json => json.Replace("\"Repository\": \"example-org/fixture\",", "").TrimEnd().TrimEnd('}') + ",\n  \"Cms\": { \"Branch\": \"main\" }\n}");
        var result = site.Run("check");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.StartsWith("statiq.json:", StringComparison.Ordinal)
            && l.Contains("Cms needs \"Repository\": the GitHub repository as owner/name", StringComparison.Ordinal));
    }
}
