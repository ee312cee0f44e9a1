using Guidance.Engine;
using Guidance.Modules.IO;
using Guidance.Modules.Markdown;
using Guidance.Modules.Metadata;

namespace Guidance.Site.Pipelines;

/// <summary>
/// The glossary (<c>glossary.yml</c>: Danish and Norwegian terms with their equivalents) as one page per
/// language at <c>/&lt;lang&gt;/glossary/</c>, each term with its own anchor.
/// </summary>
public static class GlossaryPipeline
{
    public const string EntriesKey = "GlossaryEntries";
    public const string TermsKey = "DefinedTerms";

    /// <summary>
    /// The key the file's list of terms stands under (<c>terms:</c>): a file whose top is a mapping, as the browser
    /// editor (Decap CMS) edits only such files (decaporg/decap-cms#531).
    /// </summary>
    public const string TermsListKey = "terms";

    public static Pipeline Create(GuidanceSite site)
    {
        var pipeline = new Pipeline(ContentTypes.Glossary.PipelineName);
        pipeline.InputModules.Add(new ReadFiles("", recursive: false, ContentTypes.Glossary.Source));
        pipeline.ProcessModules.Add(new ReadGlossary(site));
        ContentPipeline.AddRendering(site, pipeline, (glossary, _, page) => page["terms"] = glossary.Get<IReadOnlyList<GlossaryTerm>>(EntriesKey));
        return pipeline;
    }

    private sealed class ReadGlossary(GuidanceSite site) : DocumentModule
    {
        protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
        {
            var file = input.Source!;
            var entries = YamlData.Read(input.Content, file, 1, out _) switch
            {
                IReadOnlyDictionary<string, object?> top when top.GetValueOrDefault(TermsListKey) is List<object?> list => list,
                IReadOnlyDictionary<string, object?> top when top.Count == 0 || top.ContainsKey(TermsListKey) => [],
                List<object?> => throw new ContentException(new SourceLocation(file, 1), Say.GlossaryOldFormat(TermsListKey)),
                _ => throw new ContentException(new SourceLocation(file, 1), Say.GlossaryNeedsTerms(TermsListKey)),
            };
            var terms = site.Settings.Languages.ToDictionary(l => l, _ => new List<GlossaryTerm>());
            var seen = new HashSet<string>();
            foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
            {
                var at = new SourceLocation(file, LineOfEntry(input.Content, index));
                if (entry is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("id") is not string id)
                {
                    context.Report(at, Say.GlossaryEntryNeedsId);
                    continue;
                }
                if (!ContentSchema.IdPattern().IsMatch(id))
                {
                    context.Report(at, Say.GlossaryIdInvalid(id));
                    continue;
                }
                if (!seen.Add(id)) context.Report(at, Say.GlossaryTermTwice(id));
                foreach (var key in map.Keys.Where(k => k != "id" && !site.Settings.Languages.Contains(k)))
                    context.Report(at, Say.GlossaryUnknownKey(key, id, Suggestions.Hint(key, ["id", .. site.Settings.Languages])));
                foreach (var lang in site.Settings.Languages)
                {
                    if (map.GetValueOrDefault(lang) is not IReadOnlyDictionary<string, object?> version
                        || version.GetValueOrDefault("term") is not string term || version.GetValueOrDefault("definition") is not string definition)
                    {
                        context.Report(at, Say.GlossaryMissingTranslation(id, lang));
                        continue;
                    }
                    var forms = version.GetValueOrDefault("forms") is List<object?> list ? list.OfType<string>().ToList() : [];
                    terms[lang].Add(new GlossaryTerm(id, term, definition, forms));
                }
            }
            foreach (var lang in site.Settings.Languages)
            {
                var sorted = terms[lang].OrderBy(t => t.Term, StringComparer.Create(site.Strings.CultureOf(lang), true)).ToList();
                var url = site.UrlFor(lang, ContentTypes.Glossary.Section, "");
                var defined = sorted.Select(t => new DefinedTerm(t.Id, [t.Term, .. t.Forms], url + "#" + t.Id, t.Definition)).ToList();
                var page = input.With([
                    new("id", SiteModel.GlossaryId),
                    new(SiteKeys.Title, site.Strings.Get(lang, "nav.glossary")),
                    new(EntriesKey, sorted),
                    new(TermsKey, defined),
                    new("Anchors", sorted.Select(t => t.Id).ToList()),
                ]) with { Content = "" };
                yield return site.Identify(page, Kinds.Glossary, lang, ContentTypes.Glossary.Section, "");
            }
        }

        // Entries are the items ("- ") least indented under 'terms:' (a term's forms, written as a list, are deeper);
        // good enough to point an editor at the right entry.
        private static int LineOfEntry(string text, int index)
        {
            var items = text.Split('\n').Select((l, i) => (Indent: l.Length - l.TrimStart(' ').Length, Line: i + 1, Item: l.TrimStart(' ').StartsWith("- ", StringComparison.Ordinal)))
                .Where(x => x.Item).ToList();
            if (items.Count == 0) return 1;
            var entryIndent = items.Min(x => x.Indent);
            var starts = items.Where(x => x.Indent == entryIndent).Select(x => x.Line).ToList();
            return index < starts.Count ? starts[index] : 1;
        }
    }
}
