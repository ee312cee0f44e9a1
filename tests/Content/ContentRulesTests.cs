using Guidance.Tests.Support;

namespace Guidance.Tests.Content;

/// <summary>
/// The real content in input/ against every rule editors are held to. The rules themselves are <c>guidance check</c>'s
/// (docs/content.md lists them), so that a rule an editor meets is one the check prints with its line, never one only
/// a test knows: here the real site must pass the check without an error or a warning.
/// </summary>
public sealed class ContentRulesTests
{
    private static readonly string[] Languages = ["da", "en"];

    private static HashSet<string> StudyIds => Directory.EnumerateFiles(Path.Combine(Repo.Input, "studies"), "*.yml")
        .Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet();

    [Fact]
    public void The_real_content_passes_check_without_errors_or_warnings()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code;
        lock (TempSite.WorkingDirectoryLock)
        {
            var previous = Environment.CurrentDirectory;
            Environment.CurrentDirectory = Repo.Root;
            try { code = Guidance.Cli.GuidanceCommand.Run(["check", "--input", Repo.Input, "--theme", Repo.Theme, "--config", Repo.Settings], stdout, stderr); }
            finally { Environment.CurrentDirectory = previous; }
        }
        Assert.True(code == 0, stderr.ToString());
        // The one warning the real site has until it has a domain: BaseUrl is the repository's example address
        // (PlaceholderAddressTests). It is about the settings, not the content, and goes away with the real address.
        var warnings = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(warnings.All(w => w.StartsWith("statiq.json:6: ", StringComparison.Ordinal) && w.Contains("BaseUrl", StringComparison.Ordinal)),
            string.Join("\n", warnings));
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
}
