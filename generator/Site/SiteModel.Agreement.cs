using Guidance.Engine;

namespace Guidance.Site;

/// <summary>
/// Rules over several pages: the translations of a page agree on what is not text (its references and chosen values),
/// and every theme tags at least one finding.
/// </summary>
public sealed partial class SiteModel
{
    /// <summary>The id under which reports about the whole site are kept: made again by every model, never carried over.</summary>
    private const string WholeSite = "";

    /// <summary>
    /// Each field whose value is an id or one of a list of allowed values (and such a sub-key of a mapping, as a finding's
    /// confidence level) must be the same in every language: only text is translated. Reported at the versions that
    /// differ from the default language's.
    /// </summary>
    private void CheckTranslationsAgree(Dictionary<string, Document> versions)
    {
        var pages = versions.Values.Where(p => !TranslationNotice.Is(p)).ToList();
        if (pages.Count < 2 || Types.Of(KindOf(pages[0])) is not { Format: ContentFormat.Markdown } type) return;
        var reference = pages.FirstOrDefault(p => FactsOf(p).Lang == Settings.DefaultLanguage) ?? pages[0];
        foreach (var field in type.Fields)
        {
            // Drafts are marked file by file (a draft left out of a build is a missing translation there).
            // A list naming an unknown id is reported as such; that the translations then differ only follows from it.
            if ((field.RefersTo is not null || field.Allowed is not null) && field != Drafts.Field
                && (field.RefersTo is null || pages.All(p => p.GetList(field.Key).All(_byId.ContainsKey))))
                Compare(field.Key, field.Key, p => field.Type == FieldType.List ? string.Join(", ", p.GetList(field.Key)) : p.GetString(field.Key));
            foreach (var sub in field.Keys?.Where(k => k.Allowed is not null) ?? [])
                Compare(field.Key, $"{field.Key}: {sub.Key}", p => (p[field.Key] as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault(sub.Key) as string);
        }

        void Compare(string key, string name, Func<Document, string?> valueOf)
        {
            var expected = valueOf(reference);
            foreach (var page in pages.Where(p => p != reference && valueOf(p) != expected))
                Report(FactsOf(page).Id, page.LocationOf(key),
                    Say.TranslationsDisagree(name, Shown(valueOf(page)), Shown(expected), reference.Source!));
        }
        static string Shown(string? value) => value is null ? Say.NotGiven : $"[{value}]";
    }

    /// <summary>A theme no finding is tagged with shows an empty page: a warning, since a new theme may wait for its findings.</summary>
    private void CheckThemesHaveFindings()
    {
        var tagged = _byId.Values.SelectMany(v => v.Values).Select(FactsOf).Where(f => f.Kind == Kinds.Finding).SelectMany(f => f.Themes).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, versions) in _byId.Where(v => !tagged.Contains(v.Key)).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            var page = versions.GetValueOrDefault(Settings.DefaultLanguage) ?? versions.Values.First();
            if (KindOf(page) != Kinds.Theme || TranslationNotice.Is(page)) continue;
            Report(WholeSite, page.LocationOf("id"), Say.ThemeWithoutFindings(id), Severity.Warning);
        }
    }
}
