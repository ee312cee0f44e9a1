using System.Text.RegularExpressions;
using Guidance.Modules.Metadata;
using Guidance.Tests.Support;

namespace Guidance.Tests.Content;

/// <summary>
/// Walks the real content in input/ on its own, without the build, and holds it to the rules editors
/// and readers rely on: every page in both languages, every finding tied to a study and a theme,
/// every xref pointing somewhere, enough findings per study.
/// </summary>
public sealed partial class ContentRulesTests
{
    private static readonly string[] Languages = ["da", "en"];

    private sealed record Page(string File, string Kind, string Id, string Lang, IReadOnlyDictionary<string, object?> Meta, string Body);

    private static readonly Lazy<List<Page>> Pages = new(ReadAll);

    private static List<Page> ReadAll()
    {
        var pages = new List<Page>();
        foreach (var kind in new[] { "findings", "themes", "guidance", "pages", "courses" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Input, kind), "*.md", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file).Replace("\r\n", "\n");
                var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                var meta = YamlData.ReadMapping(text[4..(end + 1)], file).Values;
                var lang = Path.GetFileName(file).Split('.')[^2];
                pages.Add(new Page(Path.GetRelativePath(Repo.Root, file), kind, (string)meta["id"]!, lang, meta, text[(end + 5)..]));
            }
        return pages;
    }

    private static HashSet<string> StudyIds => Directory.EnumerateFiles(Path.Combine(Repo.Input, "studies"), "*.yml")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();

    private static HashSet<string> IdsOf(string kind) => Pages.Value.Where(p => p.Kind == kind).Select(p => p.Id).ToHashSet();

    [Fact]
    public void Every_page_exists_in_both_languages()
    {
        var missing = Pages.Value.GroupBy(p => (p.Kind, p.Id))
            .SelectMany(g => Languages.Except(g.Select(p => p.Lang)).Select(l => $"{g.Key.Kind}/{g.Key.Id} has no '{l}' version"))
            .ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_finding_names_an_existing_study_and_at_least_one_existing_theme()
    {
        var themes = IdsOf("themes");
        var problems = new List<string>();
        foreach (var finding in Pages.Value.Where(p => p.Kind == "findings"))
        {
            if (finding.Meta.GetValueOrDefault("study") is not string study || !StudyIds.Contains(study))
                problems.Add($"{finding.File}: no known study");
            var tagged = finding.Meta.GetValueOrDefault("themes") as List<object?> ?? [];
            if (tagged.Count == 0) problems.Add($"{finding.File}: no theme");
            problems.AddRange(tagged.OfType<string>().Where(t => !themes.Contains(t)).Select(t => $"{finding.File}: unknown theme {t}"));
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_xref_in_the_content_resolves()
    {
        var known = Pages.Value.Select(p => p.Id).Concat(StudyIds).Append("glossary").ToHashSet();
        var broken = Pages.Value
            .SelectMany(p => XrefPattern().Matches(p.Body).Select(m => (p.File, Id: m.Groups[1].Value)))
            .Where(x => !known.Contains(x.Id))
            .Select(x => $"{x.File}: xref:{x.Id}")
            .ToList();
        Assert.Empty(broken);
    }

    [Fact]
    public void There_are_at_least_30_findings_and_at_least_4_per_study()
    {
        var findings = Pages.Value.Where(p => p.Kind == "findings" && p.Lang == "en").ToList();
        Assert.True(findings.Count >= 30, $"only {findings.Count} findings");
        foreach (var study in StudyIds)
            Assert.True(findings.Count(f => (string?)f.Meta["study"] == study) >= 4, $"study {study} has fewer than 4 findings");
    }

    [Fact]
    public void Every_finding_has_the_two_sections_in_its_language()
    {
        var headings = new Dictionary<string, string[]>
        {
            ["da"] = ["## Hvad studiet fandt", "## Hvad det kan betyde for praksis"],
            ["en"] = ["## What the study found", "## What it can mean for practice"],
        };
        var wrong = Pages.Value.Where(p => p.Kind == "findings")
            .Where(p => headings[p.Lang].Any(h => !p.Body.Contains(h + "\n", StringComparison.Ordinal)))
            .Select(p => p.File).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_theme_and_recommendation_is_backed_by_findings_and_translations_agree_on_them()
    {
        var problems = new List<string>();
        foreach (var group in Pages.Value.Where(p => p.Kind is "findings" or "guidance").GroupBy(p => p.Id))
        {
            var variants = group.Select(p => string.Join(",", (p.Meta.GetValueOrDefault("themes") as List<object?> ?? []).Concat(p.Meta.GetValueOrDefault("findings") as List<object?> ?? []))).Distinct().ToList();
            if (variants.Count > 1) problems.Add($"{group.Key}: the translations disagree on themes or findings");
        }
        var tagged = Pages.Value.Where(p => p.Kind == "findings").SelectMany(p => (List<object?>)p.Meta["themes"]!).OfType<string>().ToHashSet();
        problems.AddRange(IdsOf("themes").Where(t => !tagged.Contains(t)).Select(t => $"theme {t} has no findings"));
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_course_lists_existing_findings_and_recommendations_the_same_in_both_languages()
    {
        var items = IdsOf("findings").Union(IdsOf("guidance")).ToHashSet();
        var problems = new List<string>();
        foreach (var course in Pages.Value.Where(p => p.Kind == "courses"))
        {
            var listed = (course.Meta.GetValueOrDefault("items") as List<object?> ?? []).OfType<string>().ToList();
            if (listed.Count == 0) problems.Add($"{course.File}: no items");
            problems.AddRange(listed.Where(i => !items.Contains(i)).Select(i => $"{course.File}: unknown item {i}"));
        }
        problems.AddRange(Pages.Value.Where(p => p.Kind == "courses").GroupBy(p => p.Id)
            .Where(g => g.Select(p => string.Join(",", (List<object?>)p.Meta["items"]!)).Distinct().Count() > 1)
            .Select(g => $"course {g.Key}: the translations list different items"));
        Assert.Empty(problems);
    }

    [Fact]
    public void No_study_file_invents_a_doi_that_docs_sources_md_does_not_give()
    {
        var sources = File.ReadAllText(Path.Combine(Repo.Root, "docs", "sources.md"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Input, "studies"), "*.yml"))
        {
            var meta = YamlData.ReadMapping(File.ReadAllText(file), file).Values;
            if (meta.GetValueOrDefault("doi") is string doi) Assert.Contains(doi, sources);
            if (meta.GetValueOrDefault("isbn") is string isbn) Assert.Contains(isbn, sources);
        }
    }

    [Fact]
    public void Every_finding_has_a_basis_and_a_confidence_judgement_with_a_reason_the_translations_agree_on()
    {
        var problems = new List<string>();
        foreach (var finding in Pages.Value.Where(p => p.Kind == "findings"))
        {
            if (finding.Meta.GetValueOrDefault("basis") is not string) problems.Add($"{finding.File}: no basis");
            if (finding.Meta.GetValueOrDefault("confidence") is not IReadOnlyDictionary<string, object?> confidence
                || confidence.GetValueOrDefault("level") is not string || confidence.GetValueOrDefault("reason") is not string { Length: > 0 })
                problems.Add($"{finding.File}: no confidence level with a reason");
        }
        string Judgement(Page p) => string.Join(";", new[] { p.Meta.GetValueOrDefault("basis"), p.Meta.GetValueOrDefault("evidence") }
            .Concat((p.Meta.GetValueOrDefault("confidence") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())
                .Where(e => e.Key != "reason").OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key}={e.Value}")));
        problems.AddRange(Pages.Value.Where(p => p.Kind == "findings").GroupBy(p => p.Id)
            .Where(g => g.Select(Judgement).Distinct().Count() > 1)
            .Select(g => $"finding {g.Key}: the translations disagree on basis, evidence or confidence"));
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_recommendation_separates_what_the_studies_show_from_untested_ideas_and_cites_a_finding_in_every_paragraph_of_the_first()
    {
        var sections = new Dictionary<string, (string Shown, string Ideas)>
        {
            ["da"] = ("## Det viser studierne", "## Idéer til praksis, som studierne ikke har afprøvet"),
            ["en"] = ("## What the studies show", "## Ideas for practice the studies did not test"),
        };
        var problems = new List<string>();
        foreach (var recommendation in Pages.Value.Where(p => p.Kind == "guidance"))
        {
            var (shown, ideas) = sections[recommendation.Lang];
            var start = recommendation.Body.IndexOf(shown, StringComparison.Ordinal);
            var end = recommendation.Body.IndexOf(ideas, StringComparison.Ordinal);
            if (start < 0 || end < start) { problems.Add($"{recommendation.File}: needs '{shown}' and then '{ideas}'"); continue; }
            var body = recommendation.Body[start..end];
            problems.AddRange(body.Split("\n\n").Skip(1).Where(p => p.Trim().Length > 0 && !p.Contains("](xref:", StringComparison.Ordinal))
                .Select(p => $"{recommendation.File}: a paragraph of '{shown}' cites no finding: {p.Trim()[..Math.Min(60, p.Trim().Length)]}…"));
        }
        Assert.Empty(problems);
    }

    [Fact]
    public void The_evidence_maps_counts_equal_the_findings_tags()
    {
        // The real site, built without its search index; each cell of both tables against input/findings' front matter.
        using var site = new TempSite(Repo.Root);
        var result = site.Run("build", "--no-search");
        Assert.True(result.ExitCode == 0, result.ToString());
        var findings = EvidenceMapReader.FindingsIn(Repo.Input);
        var problems = new List<string>();
        foreach (var lang in Languages)
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, lang, "evidence-map", "index.html")));
            var byStudy = EvidenceMapReader.CellsOf(page, "map-studies", EvidenceMapReader.StudyOf);
            var perspectives = EvidenceMapReader.PerspectivesByName(Repo.Theme, lang);
            var byPerspective = EvidenceMapReader.CellsOf(page, "map-perspectives", h => perspectives[h.TextContent.Trim()]);
            if (byStudy.Select(c => c.Theme).Distinct().Order().SequenceEqual(EvidenceMapReader.ThemeIdsIn(Repo.Input, lang).Order()) is false)
                problems.Add($"{lang}: the map's rows are not the themes");
            if (byStudy.Select(c => c.Column).Distinct().Order().SequenceEqual(StudyIds.Order()) is false)
                problems.Add($"{lang}: the map's columns are not the studies");
            problems.AddRange(byStudy.Where(c => c.Count != EvidenceMapReader.ExpectedByStudy(findings, lang, c.Theme, c.Column))
                .Select(c => $"{lang}: {c.Theme} × {c.Column} shows {c.Count}, the findings say {EvidenceMapReader.ExpectedByStudy(findings, lang, c.Theme, c.Column)}"));
            problems.AddRange(byPerspective.Where(c => c.Count != EvidenceMapReader.ExpectedByPerspective(findings, lang, c.Theme, c.Column))
                .Select(c => $"{lang}: {c.Theme} × {c.Column} shows {c.Count}, the findings say {EvidenceMapReader.ExpectedByPerspective(findings, lang, c.Theme, c.Column)}"));
            if (byStudy.Sum(c => c.Count) != findings.Where(f => f.Lang == lang).Sum(f => f.Themes.Count))
                problems.Add($"{lang}: the theme-by-study cells do not add up to the findings' theme tags");
        }
        Assert.Empty(problems);
    }

    [GeneratedRegex(@"\]\(xref:([a-z0-9-]+)")]
    private static partial Regex XrefPattern();
}
