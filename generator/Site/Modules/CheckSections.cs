using System.Text.RegularExpressions;
using Guidance.Engine;
using Guidance.Modules.Markdown;

namespace Guidance.Site.Modules;

/// <summary>
/// The body structure a site asks of a kind of page (<c>Sections</c> in <c>statiq.json</c>): its <c>##</c> sections, in
/// order, and for a section that must cite, an xref in every paragraph. Each problem is reported at its line.
/// </summary>
public sealed partial class CheckSections(SiteSettings settings) : DocumentModule
{
    protected override bool DependsOnlyOnItsDocument => true;

    protected override IEnumerable<Document> ExecuteDocument(Document input, BuildContext context)
    {
        if (settings.Sections.GetValueOrDefault(input.Kind()) is { Count: > 0 } rules && input[ParseMarkdown.BodyKey] is MarkdownBody body)
            foreach (var (line, message) in Problems(body.Markdown, rules, input.Kind(), input.Lang()))
                context.Report(new SourceLocation(body.Start.File, body.Start.Line + line), message);
        return [input];
    }

    /// <summary>Each problem with the line (from 0, in the body) it is about.</summary>
    public static IEnumerable<(int Line, string Message)> Problems(string markdown, IReadOnlyList<SectionRule> rules, string kind, string lang)
    {
        var lines = markdown.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var headings = lines.Select((text, index) => (Match: SectionHeading().Match(text), Index: index)).Where(h => h.Match.Success)
            .Select(h => (Text: h.Match.Groups[1].Value.Trim(), h.Index)).ToList();
        var wanted = rules.Select(r => r.Heading[lang]).ToList();
        string Order() => string.Join(", ", wanted.Select(w => $"'## {w}'"));
        var after = -1;
        foreach (var rule in rules)
        {
            var heading = rule.Heading[lang];
            var found = headings.FirstOrDefault(h => h.Text == heading && h.Index > after);
            if (found.Text is null)
            {
                var elsewhere = headings.FirstOrDefault(h => h.Text == heading);
                yield return elsewhere.Text is null
                    ? (0, Say.SectionMissing(heading, kind, Order()))
                    : (elsewhere.Index, Say.SectionOutOfOrder(heading, kind, Order()));
                continue;
            }
            after = found.Index;
            if (!rule.Cites) continue;
            var end = headings.Select(h => h.Index).Where(i => i > found.Index).DefaultIfEmpty(lines.Length).Min();
            foreach (var (start, paragraph) in Paragraphs(lines, found.Index + 1, end))
                if (!paragraph.Contains("](xref:", StringComparison.Ordinal) && !paragraph.Contains("](<xref:", StringComparison.Ordinal))
                    yield return (start, Say.ParagraphCitesNoFinding(heading));
        }
    }

    /// <summary>The blocks between blank lines (a paragraph, a list), with the line each starts on; headings are not paragraphs.</summary>
    private static IEnumerable<(int Start, string Text)> Paragraphs(string[] lines, int from, int to)
    {
        var start = -1;
        for (var i = from; i <= to; i++)
        {
            var blank = i == to || lines[i].Trim().Length == 0;
            if (!blank && start < 0) start = i;
            if (blank && start >= 0)
            {
                var text = string.Join('\n', lines[start..i]);
                if (!text.StartsWith('#')) yield return (start, text);
                start = -1;
            }
        }
    }

    [GeneratedRegex(@"^##\s+(.*?)\s*(\{#[^}]*\})?\s*$")]
    private static partial Regex SectionHeading();
}
