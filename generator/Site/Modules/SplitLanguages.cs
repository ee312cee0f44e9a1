using Guidance.Engine;

namespace Guidance.Site.Modules;

/// <summary>
/// Turns one study file into one document per language: each localised field (<c>title: { da: …, en: … }</c>)
/// becomes that language's plain value. A language missing from a required field is a missing translation.
/// </summary>
public sealed class SplitLanguages(GuidanceSite site) : DocumentModule
{
    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        var languages = site.Settings.Languages.ToList();
        if (!ContentSchema.Check(ContentTypes.Study, input, context, languages)) yield break;
        var id = input.GetString("id")!;
        var fileName = Path.GetFileNameWithoutExtension(input.Source!);
        if (fileName != id)
            context.Report(input.LocationOf("id"), Say.IdDiffersFromFileName(id, fileName));
        foreach (var lang in languages)
        {
            var localized = ContentTypes.Study.Fields.Where(f => f.Type == FieldType.Localized && input.ContainsKey(f.Key)).ToList();
            var missing = localized.Where(f => input[f.Key] is IReadOnlyDictionary<string, object?> map && !map.ContainsKey(lang)).ToList();
            if (missing.Count > 0 && site.Settings.MissingTranslations != ValidationLevel.Off)
            {
                foreach (var field in missing)
                    context.Report(input.LocationOf(field.Key), Say.MissingValueTranslation(field.Key, lang),
                        site.Settings.MissingTranslations == ValidationLevel.Warning ? Severity.Warning : Severity.Error);
                continue;
            }
            var values = localized.Select(f => new KeyValuePair<string, object?>(f.Key,
                input[f.Key] is IReadOnlyDictionary<string, object?> map ? map.GetValueOrDefault(lang) : null));
            var page = input.With(values);
            yield return site.Identify(page, Kinds.Study, lang, ContentTypes.Study.Section, page.GetString("slug") ?? id);
        }
    }
}
