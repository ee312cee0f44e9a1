using YamlDotNet.Serialization;

namespace Guidance.Site.Cms;

/// <summary>
/// The browser editor's <c>config.yml</c> (Decap CMS), derived from the content-type declarations so that a field
/// declared in <see cref="ContentTypes"/> or <c>input/content-types.yml</c> is in the editor's form without more work:
/// one collection per type that lives in a folder, named after that folder (<c>/admin/#/collections/findings/entries/…</c>),
/// one form field per front matter key, with the widget its declaration calls for.
/// </summary>
public static class DecapConfig
{
    /// <summary>The editor's folder in the built site: <c>/admin/</c>.</summary>
    public const string Folder = "admin";

    /// <summary>The preview server's local backend for the editor (<c>guidance serve --edit</c>), on the preview's own origin.</summary>
    public const string LocalApiPath = "/_guidance/cms/api/v1";

    /// <summary>Where images the editor uploads go, under the content folder, and the path the pages use for them.</summary>
    public const string MediaFolder = "assets/images";

    /// <summary>The Decap UI languages we know ship with the bundle (it registers every locale it has).</summary>
    private static readonly string[] DecapLocales = ["da", "en", "nb_no", "nn_no", "sv", "de", "fr", "nl"];

    private static readonly string[] RarelyNeeded = ["slug", "layout", "RedirectFrom"];

    // Keys whose values are paragraphs, edited in a box of several lines rather than one line.
    private static readonly string[] LongTextKeys = ["summary", "reason", "note", "design", "sample", "funding", "definition"];

    /// <param name="contentFolder">The input folder relative to the repository root (<c>input</c>): every path in the config starts there.</param>
    /// <param name="local">For <c>guidance serve --edit</c>: the preview server's local backend, no GitHub, no editorial workflow.</param>
    /// <param name="choices">The built pages a field naming several kinds offers (<see cref="Choices"/>); without them such a field takes typed ids.</param>
    public static string Write(ContentTypes types, SiteSettings settings, UiStrings strings, string contentFolder, bool local,
        IReadOnlyList<EditorChoice>? choices = null)
    {
        var lang = settings.DefaultLanguage;
        string Text(string key, string fallback) => strings.Has(lang, key) ? strings.Get(lang, key) : fallback;
        var config = new Dictionary<string, object?>();
        if (local)
        {
            // What 'local_backend: true' switches Decap to, named directly: its check of local_backend wants an absolute
            // address (a port only the running server knows), while the proxy backend takes the path on the editor's origin.
            config["backend"] = new Dictionary<string, object?> { ["name"] = "proxy", ["proxy_url"] = LocalApiPath };
        }
        else
        {
            var cms = settings.Cms ?? throw new InvalidOperationException("the editor's production config needs the Cms setting");
            var backend = new Dictionary<string, object?> { ["name"] = "github", ["repo"] = cms.Repository, ["branch"] = cms.Branch };
            if (cms.AuthUrl is { } auth) backend["base_url"] = auth.TrimEnd('/');
            config["backend"] = backend;
            config["publish_mode"] = "editorial_workflow";
        }
        config["site_url"] = settings.BaseUrl;
        config["locale"] = DecapLocales.Contains(lang) ? lang : "en";
        config["media_folder"] = contentFolder + "/" + MediaFolder;
        config["public_folder"] = settings.BasePath + MediaFolder;
        config["i18n"] = new Dictionary<string, object?>
        {
            ["structure"] = "multiple_files",
            ["locales"] = settings.Languages.ToList(),
            ["default_locale"] = lang,
        };
        var form = new Form(types, settings, Text, choices ?? []);
        config["collections"] = types.All.Select(t => Editable(t) ? Collection(t, form, contentFolder) : OneFile(t, form, contentFolder)).ToList();
        var yaml = new SerializerBuilder().DisableAliases().Build().Serialize(config);
        return "# Made by the build from the content-type declarations (generator/Site/ContentTypes.cs, input/content-types.yml); do not edit.\n" + yaml;
    }

    /// <summary>A type whose pages are files of their own in a folder, which another page's field can name; not the glossary, one file.</summary>
    public static bool Editable(ContentType type) => type.Format != ContentFormat.SingleFile;

    /// <summary>The collection of a type: named after its folder (or its one file), which is also the name in an entry's address.</summary>
    public static string CollectionName(ContentType type) =>
        type.Format == ContentFormat.SingleFile ? Path.GetFileNameWithoutExtension(type.Source) : type.Source;

    /// <summary>
    /// The path of an entry inside its collection's folder, without language and extension. A type with a required
    /// reference to a study is filed in the folder of its study (<c>findings/vive-2023/…</c>), as the site's findings are.
    /// </summary>
    public static string PathOf(ContentType type, ContentTypes types) =>
        type.Format == ContentFormat.Markdown && type.Fields.FirstOrDefault(f => f.Required && f.Type == FieldType.Text
            && f.RefersTo is [var kind] && types.Of(kind)?.Format == ContentFormat.Yaml) is { } parent
            ? "{{" + parent.Key + "}}/{{slug}}"
            : "{{slug}}";

    /// <summary>The kinds of pages whose fields name several kinds at once: the pages a build hands <see cref="Write"/>.</summary>
    public static IReadOnlyCollection<string> Choices(ContentTypes types) =>
        types.All.SelectMany(t => Flatten(t.Fields)).Where(f => f.RefersTo is { Count: > 1 }).SelectMany(f => f.RefersTo!).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<Field> Flatten(IEnumerable<Field> fields) => fields.SelectMany(f => f.Keys is { } keys ? [f, .. Flatten(keys)] : new[] { f });

    /// <summary>
    /// What every field of the form is made with. <paramref name="Collection"/> is the collection the field is in: a key's
    /// hint is <c>cms.collection_hint.&lt;collection&gt;.&lt;key&gt;</c> where the UI strings have one (a glossary term's id is
    /// not a page's), else <c>cms.hint.&lt;key&gt;</c>.
    /// </summary>
    private sealed record Form(ContentTypes Types, SiteSettings Settings, Func<string, string, string> Text, IReadOnlyList<EditorChoice> Choices,
        string Collection = "");

    private static Dictionary<string, object?> Collection(ContentType type, Form form, string contentFolder)
    {
        form = form with { Collection = CollectionName(type) };
        var (types, settings, text) = (form.Types, form.Settings, form.Text);
        var markdown = type.Format == ContentFormat.Markdown;
        var collection = new Dictionary<string, object?>
        {
            ["name"] = form.Collection,
            ["label"] = text(type.IndexTitleKey ?? "cms.collection." + type.Source, type.Source),
            ["label_singular"] = text(type.NameKey, type.Kind),
            ["folder"] = contentFolder + "/" + type.Source,
            ["create"] = true,
            ["identifier_field"] = "id",
            ["slug"] = "{{slug}}",
            ["summary"] = markdown ? "{{title}}" : "{{title." + settings.DefaultLanguage + "}}",
        };
        if (markdown)
        {
            collection["path"] = PathOf(type, types);
            collection["extension"] = "md";
            collection["format"] = "yaml-frontmatter";
            collection["i18n"] = true;
        }
        else
        {
            collection["extension"] = "yml";
            collection["format"] = "yml";
        }
        // The keys an editor rarely needs (a slug of its own, a layout, old addresses) come last in the form.
        var fields = type.Fields.OrderBy(f => RarelyNeeded.Contains(f.Key)).Select(f => FieldOf(f, form, markdown, parent: null)).ToList();
        if (markdown)
            fields.Add(new Dictionary<string, object?> { ["name"] = "body", ["label"] = text("cms.field.body", "body"), ["widget"] = "markdown", ["i18n"] = true, ["modes"] = new[] { "raw", "rich_text" } });
        collection["fields"] = fields;
        return collection;
    }

    /// <summary>
    /// A type whose entries are one list in one file (the glossary): a collection of that one file, its list of entries
    /// under <see cref="Pipelines.GlossaryPipeline.TermsListKey"/>, each entry its id and, per language, every other key.
    /// </summary>
    private static Dictionary<string, object?> OneFile(ContentType type, Form form, string contentFolder)
    {
        form = form with { Collection = CollectionName(type) };
        var (settings, text, name) = (form.Settings, form.Text, form.Collection);
        var title = text("nav." + name, name);
        var key = Pipelines.GlossaryPipeline.TermsListKey;
        var languages = settings.Languages.Select(lang => (object)new Dictionary<string, object?>
        {
            ["name"] = lang,
            ["label"] = text("language_of_original." + lang, lang),
            ["widget"] = "object",
            ["collapsed"] = false,
            ["fields"] = type.Fields.Where(f => f.Key != "id").Select(f => FieldOf(f with { Type = f.Type == FieldType.Localized ? FieldType.Text : f.Type }, form, translated: false, parent: null)).ToList(),
        });
        var entry = new List<object?> { FieldOf(type.Fields.First(f => f.Key == "id"), form, translated: false, parent: null) };
        entry.AddRange(languages);
        var list = new Dictionary<string, object?>
        {
            ["name"] = key,
            ["label"] = text("cms.field." + key, key),
            ["label_singular"] = text("cms.singular." + key, key),
            ["widget"] = "list",
            ["summary"] = string.Join(" · ", settings.Languages.Select(l => "{{fields." + l + ".term}}")),
            ["fields"] = entry,
        };
        if (text("cms.hint." + key, "") is { Length: > 0 } hint) list["hint"] = hint;
        return new Dictionary<string, object?>
        {
            ["name"] = name,
            ["label"] = title,
            ["format"] = "yml",
            ["files"] = new[]
            {
                new Dictionary<string, object?> { ["name"] = name, ["label"] = title, ["file"] = contentFolder + "/" + type.Source, ["fields"] = new[] { list } },
            },
        };
    }

    /// <summary>One front matter key as a form field: the widget its declaration calls for, required as declared.</summary>
    private static Dictionary<string, object?> FieldOf(Field field, Form form, bool translated, string? parent)
    {
        var (types, settings, text) = (form.Types, form.Settings, form.Text);
        var widget = new Dictionary<string, object?>
        {
            ["name"] = field.Key,
            ["label"] = text("cms.field." + field.Key, text("label." + field.Key, text("component." + field.Key, field.Key))),
        };
        if (!field.Required) widget["required"] = false;
        if (text("cms.collection_hint." + form.Collection + "." + field.Key, text("cms.hint." + field.Key, "")) is { Length: > 0 } hint) widget["hint"] = hint;
        var target = field.RefersTo is [var kind] ? types.Of(kind) : null;
        switch (field)
        {
            case { Key: "id" }:
                widget["widget"] = "string";
                widget["pattern"] = new[] { ContentSchema.IdPattern().ToString(), text("cms.pattern.id", "lower-case letters, digits and hyphens") };
                break;
            case { Type: FieldType.Localized }:
                widget["widget"] = "object";
                widget["collapsed"] = false;
                widget["fields"] = settings.Languages.Select(l => new Dictionary<string, object?>
                {
                    ["name"] = l,
                    ["label"] = text("language_of_original." + l, l),
                    ["widget"] = LongTextKeys.Contains(field.Key) ? "text" : "string",
                    ["required"] = field.Required,
                }).ToList();
                break;
            case { Type: FieldType.Mapping }:
                widget["widget"] = "object";
                widget["collapsed"] = false;
                widget["fields"] = (field.Keys ?? []).Select(k => FieldOf(k, form, translated, field.Key)).ToList();
                break;
            case { Type: FieldType.List } when target is not null && Editable(target):
                Relation(widget, target, settings);
                widget["multiple"] = true;
                break;
            case { Type: FieldType.List, RefersTo.Count: > 1 } when form.Choices.Where(c => field.RefersTo.Contains(c.Kind)).ToList() is { Count: > 0 } pages:
                // A list of ids, each chosen by title among the pages of every kind it may name; the list can be reordered by dragging.
                var singular = text("cms.singular." + field.Key, field.Key);
                widget["widget"] = "list";
                widget["label_singular"] = singular;
                widget["collapsed"] = false; // each chosen title in view, not a row per item to open
                widget["field"] = new Dictionary<string, object?>
                {
                    ["name"] = field.Key, ["label"] = singular, ["widget"] = "select",
                    ["options"] = pages.Select(page => new Dictionary<string, object?>
                    {
                        ["label"] = $"{page.Title} ({text(types.Of(page.Kind)?.NameKey ?? page.Kind, page.Kind)})",
                        ["value"] = page.Id,
                    }).ToList(),
                };
                break;
            case { Type: FieldType.List }:
                widget["widget"] = "list";
                widget["field"] = new Dictionary<string, object?> { ["name"] = "value", ["label"] = widget["label"], ["widget"] = "string" };
                break;
            case { RefersTo: not null } when target is not null && Editable(target):
                Relation(widget, target, settings);
                break;
            case { Allowed: ["true", "false"] or ["false", "true"] }:
                widget["widget"] = "boolean";
                break;
            case { Allowed: { } allowed }:
                widget["widget"] = "select";
                widget["options"] = allowed.Select(value => new Dictionary<string, object?>
                {
                    ["label"] = text(field.Key + "." + value, text((parent ?? "") + "." + value, text("concern." + value, value))),
                    ["value"] = value,
                }).ToList();
                break;
            case { Type: FieldType.Date }:
                widget["widget"] = "datetime";
                widget["format"] = "YYYY-MM-DD";
                widget["date_format"] = "YYYY-MM-DD";
                widget["time_format"] = false;
                break;
            case { Type: FieldType.WebAddress }:
                widget["widget"] = "string";
                widget["pattern"] = new[] { "^https?://", text("cms.pattern.url", "an address starting with https://") };
                break;
            default:
                widget["widget"] = LongTextKeys.Contains(field.Key) ? "text" : "string";
                break;
        }
        // Decap's schema allows a list of plain values only true or false: such a list is kept per language.
        if (translated) widget["i18n"] = Translated(field) || widget["widget"] is "list" ? true : "duplicate";
        return widget;
    }

    /// <summary>
    /// Whether a key's value differs between the languages (written in each) or is the same in both (kept alike by the
    /// editor): what names something (an id, a reference, one of the allowed values, a date) is the same everywhere.
    /// </summary>
    public static bool Translated(Field field) =>
        field.Key != "id" && field.RefersTo is null && field.Allowed is null && field.Type != FieldType.Date;

    /// <summary>A searchable choice among the pages of another collection, storing the chosen page's id.</summary>
    private static void Relation(Dictionary<string, object?> widget, ContentType target, SiteSettings settings)
    {
        var title = target.Format == ContentFormat.Markdown ? "title" : "title." + settings.DefaultLanguage;
        widget["widget"] = "relation";
        widget["collection"] = CollectionName(target);
        widget["value_field"] = "id";
        widget["search_fields"] = new[] { "id", title };
        widget["display_fields"] = new[] { title };
        widget["options_length"] = 1000;
    }
}
