using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Guidance.Modules.Metadata;

namespace Guidance.Tests.Support;

/// <summary>
/// Both sides of the evidence map's promise, read independently of the generator: the counts the findings' front
/// matter gives, and the counts a built <c>/&lt;lang&gt;/evidence-map/</c> page shows.
/// </summary>
public static class EvidenceMapReader
{
    public sealed record Finding(string File, string Lang, string Study, string Perspective, IReadOnlyList<string> Themes);

    /// <summary>A cell as shown: its theme (row) and column keys, the number it shows (0 for a gap) and its element.</summary>
    public sealed record Cell(string Theme, string Column, int Count, IElement Element);

    public static List<Finding> FindingsIn(string input) =>
        Directory.EnumerateFiles(Path.Combine(input, "findings"), "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Select(file =>
            {
                var text = File.ReadAllText(file).Replace("\r\n", "\n");
                var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
                var meta = YamlData.ReadMapping(text[4..(end + 1)], file).Values;
                return new Finding(file, Path.GetFileName(file).Split('.')[^2], (string)meta["study"]!, (string)meta["perspective"]!,
                    ((List<object?>)meta["themes"]!).OfType<string>().Distinct().ToList());
            }).ToList();

    public static List<string> ThemeIdsIn(string input, string lang) =>
        Directory.EnumerateFiles(Path.Combine(input, "themes"), $"*.{lang}.md").Select(f => Path.GetFileName(f).Split('.')[0]).ToList();

    /// <summary>What the findings of a language say a cell of the theme-by-study table must show.</summary>
    public static int ExpectedByStudy(IEnumerable<Finding> findings, string lang, string theme, string study) =>
        findings.Count(f => f.Lang == lang && f.Study == study && f.Themes.Contains(theme));

    public static int ExpectedByPerspective(IEnumerable<Finding> findings, string lang, string theme, string perspective) =>
        findings.Count(f => f.Lang == lang && f.Perspective == perspective && f.Themes.Contains(theme));

    /// <summary>The perspectives' names in a language, from the theme's UI strings, to their values.</summary>
    public static Dictionary<string, string> PerspectivesByName(string theme, string lang)
    {
        var file = Path.Combine(theme, "i18n", lang + ".yml");
        var strings = (IReadOnlyDictionary<string, object?>)YamlData.ReadMapping(File.ReadAllText(file), file).Values["perspective"]!;
        return strings.ToDictionary(p => (string)p.Value!, p => p.Key);
    }

    /// <summary>
    /// The body cells of a table, keyed by the theme of their row (from the row header's link) and the key
    /// <paramref name="columnKey"/> gives their column header; the totals column is left out.
    /// </summary>
    public static List<Cell> CellsOf(IHtmlDocument page, string tableId, Func<IElement, string> columnKey)
    {
        var table = page.GetElementById(tableId) ?? throw new InvalidOperationException($"no table #{tableId}");
        var headers = table.QuerySelectorAll("thead th[scope=col]").ToList();
        var cells = new List<Cell>();
        foreach (var row in table.QuerySelectorAll("tbody tr"))
        {
            var theme = row.QuerySelector("th[scope=row] a")!.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];
            var data = row.QuerySelectorAll("td").ToList();
            Assert.Equal(headers.Count - 1, data.Count); // one cell per column header but the first (themes)
            for (var i = 0; i < data.Count - 1; i++)
            {
                var shown = data[i].QuerySelector("a")?.ChildNodes.OfType<IText>().FirstOrDefault()?.Data.Trim();
                cells.Add(new Cell(theme, columnKey(headers[i + 1]), shown is null ? 0 : int.Parse(shown), data[i]));
            }
        }
        return cells;
    }

    /// <summary>A study column's key: the id in its header's link to the study.</summary>
    public static string StudyOf(IElement header) => header.QuerySelector("a")!.GetAttribute("href")!.TrimEnd('/').Split('/')[^1];
}
