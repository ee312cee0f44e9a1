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
            var entries = YamlData.Read(input.Content, file, 1, out _) as List<object?>
                ?? throw new ContentException(new SourceLocation(file, 1), Say.GlossaryNotList);
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

        // Entries start with "- " at the left margin; good enough to point an editor at the right entry.
        private static int LineOfEntry(string text, int index)
        {
            var lines = text.Split('\n');
            var starts = lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("- ")).Select(x => x.i + 1).ToList();
            return index < starts.Count ? starts[index] : 1;
        }
    }
}
