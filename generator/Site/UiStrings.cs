using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Metadata;

namespace Guidance.Site;

/// <summary>
/// The theme's words in each language, from <c>i18n/&lt;lang&gt;.yml</c> (nested keys are joined with dots), each a
/// <see cref="Message"/> that may take arguments and plural forms. Every language must have every key, and every form
/// its numbers take: a missing one is a build error naming the key, the form and the language.
/// </summary>
public sealed class UiStrings
{
    private readonly Dictionary<string, Dictionary<string, Message>> _byLanguage;

    private UiStrings(Dictionary<string, Dictionary<string, Message>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The string as written, without arguments filled in.</summary>
    public string Get(string language, string key) => MessageOf(language, key).Source;

    /// <summary>Whether the language has the string (the editor's labels fall back to the key when it has not).</summary>
    public bool Has(string language, string key) => _byLanguage.TryGetValue(language, out var strings) && strings.ContainsKey(key);

    /// <summary>The string with its arguments (<c>("count", 2)</c>) filled in, each plural in the form its number takes.</summary>
    public string Format(string language, string key, IReadOnlyDictionary<string, object?> arguments) =>
        MessageOf(language, key).Format(arguments, language, CultureOf(language),
            missing => throw new ArgumentException(Say.UiStringNeedsArgument(key, missing)));

    public string Format(string language, string key, params (string Name, object? Value)[] arguments) =>
        Format(language, key, arguments.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal));

    private Message MessageOf(string language, string key) =>
        _byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var value) ? value
        : throw new KeyNotFoundException(Say.MissingUiStringAddIt(key, language));

    /// <summary>The culture named by <c>format.culture</c> (e.g. da-DK): how dates and numbers are written.</summary>
    public System.Globalization.CultureInfo CultureOf(string language) =>
        System.Globalization.CultureInfo.GetCultureInfo(Get(language, "format.culture"));

    /// <summary>
    /// The strings of every language, with the labels the site's own content types declare; each of those types must
    /// have its name (and its list page's title) in every language.
    /// </summary>
    public static UiStrings Load(FileSystem fileSystem, IReadOnlyList<string> languages, ContentTypes types)
    {
        var errors = new List<ContentError>();
        var byLanguage = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var files = new Dictionary<string, string>();
        foreach (var language in languages)
        {
            var file = fileSystem.GetFile($"i18n/{language}.yml");
            if (file is null)
            {
                errors.Add(new ContentError(new SourceLocation($"i18n/{language}.yml", 1), Say.NoUiStrings(language)));
                continue;
            }
            files[language] = file.DisplayPath;
            var strings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            Flatten("", YamlData.ReadMapping(ReadFiles.ReadText(file), file.DisplayPath).Values, strings);
            byLanguage[language] = strings;
        }
        foreach (var (language, key, value) in types.Labels)
            if (byLanguage.TryGetValue(language, out var strings)) strings[key] = value;
        var allKeys = byLanguage.Values.SelectMany(s => s.Keys)
            .Concat(types.All.Except(ContentTypes.BuiltIn).SelectMany(t => new[] { t.NameKey, t.IndexTitleKey }.OfType<string>()))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (language, strings) in byLanguage)
            foreach (var key in allKeys.Where(k => !strings.ContainsKey(k)).Order(StringComparer.Ordinal))
                errors.Add(new ContentError(new SourceLocation(files[language], 1), Say.MissingUiString(key, language)));
        var messages = byLanguage.ToDictionary(l => l.Key, l => l.Value.ToDictionary(s => s.Key,
            s => Message.Parse(s.Value, l.Key, problem => errors.Add(new ContentError(new SourceLocation(files[l.Key], 1), Say.UiStringProblem(s.Key, problem)))),
            StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
        if (errors.Count > 0) throw new BuildFailedException(errors);
        return new UiStrings(messages);
    }

    private static void Flatten(string prefix, IReadOnlyDictionary<string, object?> values, Dictionary<string, string> into)
    {
        foreach (var (key, value) in values)
        {
            if (value is IReadOnlyDictionary<string, object?> nested) Flatten(prefix + key + ".", nested, into);
            else into[prefix + key] = value?.ToString() ?? "";
        }
    }
}
