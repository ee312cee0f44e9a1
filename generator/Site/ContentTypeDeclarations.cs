using Guidance.Engine;
using Guidance.Modules.Metadata;

namespace Guidance.Site;

/// <summary>
/// Reads a site's own content types from <c>input/content-types.yml</c>, each a Markdown type with the common keys:
/// <code>
/// case-example:
///   folder: case-examples           # input/case-examples/&lt;slug&gt;.&lt;lang&gt;.md → /&lt;lang&gt;/case-examples/&lt;slug&gt;/
///   label: { da: Caseeksempler, en: Case examples }          # its list page and nav entry
///   label_singular: { da: Caseeksempel, en: Case example }   # one page of it
///   nav: true                       # also list, search, whats_new, sitemap, structured_data (true, false)
///   based_on: themes                # for structured_data: the field whose pages it rests on
///   fields:
///     - { key: themes, type: list, refers_to: [theme] }
///     - { key: setting, required: true, allowed: [home, school] }
///     - { key: concerns, type: mapping, keys: [{ key: safety }, { key: contact }] }
/// </code>
/// Every problem is reported at the line of its type, all at once.
/// </summary>
public static class ContentTypeDeclarations
{
    private static readonly string[] TypeKeys = ["folder", "label", "label_singular", "list", "nav", "search", "whats_new", "sitemap", "structured_data", "based_on", "fields"];
    private static readonly string[] FieldKeys = ["key", "type", "required", "allowed", "refers_to", "keys"];
    private static readonly string[] Switches = ["true", "false"];

    // Kinds the site's own pages use, and layouts the lookup falls back to; folders the site publishes itself.
    private static readonly string[] ReservedKinds = [Kinds.Home, Kinds.Root, Kinds.Search, Kinds.WhatsNew, Kinds.EvidenceMap, Kinds.CourseHandout, Kinds.Changelog,
        TranslationNotice.Kind, Redirects.Kind, "base", "single", "list"];
    private static readonly string[] ReservedFolders = ["search", "whats-new", "evidence-map", "changelog", "assets", "pagefind", "layouts", "i18n"];

    public static ContentTypes Read(string text, string file, IReadOnlyList<string> languages)
    {
        var declared = YamlData.ReadMapping(text, file);
        var errors = new List<ContentError>();
        var types = new List<ContentType>(ContentTypes.BuiltIn);
        var labels = new List<(string, string, string)>();
        var kinds = declared.Values.Keys.Concat(ContentTypes.BuiltIn.Select(t => t.Kind)).ToList();
        foreach (var (kind, value) in declared.Values)
        {
            var at = new SourceLocation(file, declared.KeyLines.GetValueOrDefault(kind, 1));
            void Fail(string message) => errors.Add(new ContentError(at, message));
            if (!ContentSchema.IdPattern().IsMatch(kind)) { Fail(Say.TypeNameInvalid(kind)); continue; }
            if (ContentTypes.BuiltIn.Any(t => t.Kind == kind) || ReservedKinds.Contains(kind) || kind.EndsWith("-index", StringComparison.Ordinal))
            { Fail(Say.TypeExists(kind)); continue; }
            if (value is not IReadOnlyDictionary<string, object?> map) { Fail(Say.TypeNotMapping(kind, string.Join(", ", TypeKeys))); continue; }
            foreach (var key in map.Keys.Where(k => !TypeKeys.Contains(k, StringComparer.OrdinalIgnoreCase)))
                Fail(Say.UnknownTypeSetting(key, kind, Suggestions.Hint(key, TypeKeys)));
            var folder = map.GetValueOrDefault("folder") as string;
            if (folder is null || !ContentSchema.IdPattern().IsMatch(folder)) { Fail(Say.TypeNeedsFolder(kind)); continue; }
            if (types.FirstOrDefault(t => t.Source == folder || t.Section == folder) is { } taken) { Fail(Say.FolderTaken(folder, taken.Kind)); continue; }
            if (ReservedFolders.Contains(folder)) { Fail(Say.FolderReserved(folder)); continue; }
            bool Switch(string key, bool byDefault)
            {
                var text = map.GetValueOrDefault(key) as string ?? (byDefault ? "true" : "false");
                if (!Switches.Contains(text)) Fail(Say.TypeSwitch(key, kind, text));
                return text == "true";
            }
            var list = Switch("list", true);
            var fields = FieldsOf(map.GetValueOrDefault("fields"), kind, kinds, Fail).ToList();
            var type = new ContentType(kind, folder, [.. ContentTypes.CommonFields, .. fields], folder,
                IndexTitleKey: list ? "nav." + folder : null, InNav: Switch("nav", false), Searched: Switch("search", true),
                InWhatsNew: Switch("whats_new", false), InSitemap: Switch("sitemap", true),
                StructuredData: Switch("structured_data", false) ? JsonLd.Work(BasedOn(map, fields, kind, Fail)) : null);
            if (type.StructuredData is null && map.ContainsKey("based_on"))
                Fail(Say.BasedOnNeedsStructuredData(kind));
            if (type.InNav && !list) Fail(Say.NavWithoutList(kind));
            labels.AddRange(Labels(map, "label_singular", type.NameKey, kind, languages, Fail));
            if (list) labels.AddRange(Labels(map, "label", type.IndexTitleKey!, kind, languages, Fail));
            types.Add(type);
        }
        if (errors.Count > 0) throw new BuildFailedException(errors);
        return new ContentTypes(types, labels);
    }

    private static IEnumerable<Field> FieldsOf(object? value, string kind, IReadOnlyList<string> kinds, Action<string> fail)
    {
        if (value is null) return [];
        if (value is not IEnumerable<object?> list || value is IReadOnlyDictionary<string, object?>)
        {
            fail(Say.FieldsNotList(kind));
            return [];
        }
        var fields = new List<Field>();
        foreach (var item in list)
        {
            if (item is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("key") is not string key)
            {
                fail(Say.FieldNeedsKey(kind));
                continue;
            }
            foreach (var unknown in map.Keys.Where(k => !FieldKeys.Contains(k, StringComparer.OrdinalIgnoreCase)))
                fail(Say.UnknownFieldSetting(unknown, key, kind, Suggestions.Hint(unknown, FieldKeys)));
            var typeName = map.GetValueOrDefault("type") as string ?? "text";
            var names = Enum.GetNames<FieldType>().Select(NameOf).ToList();
            if (!names.Contains(typeName)) fail(Say.UnknownFieldType(key, kind, typeName, Suggestions.Hint(typeName, names)));
            var refersTo = Strings(map.GetValueOrDefault("refers_to"));
            foreach (var target in refersTo.Where(t => !kinds.Contains(t)))
                fail(Say.FieldRefersToUnknownType(key, kind, target, Suggestions.Hint(target, kinds)));
            var keys = map.GetValueOrDefault("keys") is { } subKeys ? FieldsOf(subKeys, kind, kinds, fail).ToList() : null;
            fields.Add(new Field(key, Enum.GetValues<FieldType>().FirstOrDefault(t => NameOf(t.ToString()) == typeName),
                map.GetValueOrDefault("required") as string == "true", map.ContainsKey("allowed") ? Strings(map["allowed"]) : null,
                refersTo.Count > 0 ? refersTo : null, keys));
        }
        return fields;
    }

    /// <summary>The key of a declared field that refers to other pages, which the type's pages are based on; null when not given.</summary>
    private static string? BasedOn(IReadOnlyDictionary<string, object?> map, IReadOnlyList<Field> fields, string kind, Action<string> fail)
    {
        if (map.GetValueOrDefault("based_on") is not { } value) return null;
        var referring = fields.Where(f => f.RefersTo is not null).Select(f => f.Key).ToList();
        if (value is string key && referring.Contains(key)) return key;
        fail(Say.BasedOnNotReferring(kind, referring.Count > 0 ? string.Join(", ", referring) : Say.ItHasNone, value is string named ? $"'{named}'" : Say.AListOrMapping)
            + (value is string text ? Suggestions.Hint(text, referring) : ""));
        return null;
    }

    /// <summary>A field type as the file names it: <c>web-address</c> for <see cref="FieldType.WebAddress"/>.</summary>
    private static string NameOf(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static List<string> Strings(object? value) => value switch
    {
        string text => [text],
        IEnumerable<object?> items => items.OfType<string>().ToList(),
        _ => [],
    };

    private static IEnumerable<(string, string, string)> Labels(IReadOnlyDictionary<string, object?> map, string key, string stringKey, string kind,
        IReadOnlyList<string> languages, Action<string> fail)
    {
        if (!map.ContainsKey(key)) return []; // then the theme's UI strings must have it
        if (map[key] is not IReadOnlyDictionary<string, object?> values)
        {
            fail(Say.TypeLabelPerLanguage(key, kind, string.Join(", ", languages.Select(l => l + ": …"))));
            return [];
        }
        foreach (var lang in languages.Where(l => values.GetValueOrDefault(l) is not string))
            fail(Say.TypeLabelMissing(key, kind, lang));
        return languages.Where(l => values.GetValueOrDefault(l) is string).Select(l => (l, stringKey, (string)values[l]!));
    }
}
