using System.Text;
using System.Text.RegularExpressions;
using Guidance.Engine;
using Guidance.Modules.Metadata;

namespace Guidance.Site.Renaming;

/// <summary>
/// A content file as lines of text, edited in place: every byte outside an edit stays as it was (byte-order mark, line
/// endings, quoting, comments, key order), because YAML written back from a parse would reformat what an editor wrote.
/// </summary>
public sealed partial class ContentText
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly bool _bom;
    private readonly string _original;

    /// <summary>Each line without its '\n' (a '\r' before it stays with the line).</summary>
    public List<string> Lines { get; }

    public string FullPath { get; }
    public string Display { get; }

    /// <summary>The index of the first line after the YAML (the closing <c>---</c> of front matter, or the end of a YAML file).</summary>
    public int YamlEnd { get; }

    /// <summary>The index of the YAML's first line (after an opening <c>---</c>).</summary>
    public int YamlStart { get; }

    /// <summary>The YAML's values and the line of each top-level key; null when it could not be read (<see cref="Problem"/>).</summary>
    public YamlMapping? Yaml { get; }

    public ContentError? Problem { get; }

    /// <param name="isYamlFile">The whole file is YAML (a study, <c>_directory.yml</c>); else YAML front matter may open it.</param>
    /// <param name="readYaml">Whether to read the YAML as a mapping (not for the glossary, a list, where only xrefs are replaced).</param>
    public ContentText(string fullPath, bool isYamlFile, bool readYaml = true)
    {
        FullPath = fullPath;
        Display = FileSystem.DisplayPathOf(fullPath);
        var bytes = File.ReadAllBytes(fullPath);
        _bom = bytes.AsSpan().StartsWith(ByteOrderMark);
        _original = new UTF8Encoding(false, true).GetString(bytes, _bom ? 3 : 0, bytes.Length - (_bom ? 3 : 0));
        Lines = [.. _original.Split('\n')];
        if (isYamlFile) (YamlStart, YamlEnd) = (0, Lines.Count);
        else if (Lines.Count > 1 && Plain(0) == "---" && Enumerable.Range(1, Lines.Count - 1).FirstOrDefault(i => Plain(i) == "---") is var end and > 0)
            (YamlStart, YamlEnd) = (1, end);
        else (YamlStart, YamlEnd) = (0, 0);
        if (YamlEnd <= YamlStart || !readYaml) return;
        try { Yaml = YamlData.ReadMapping(string.Join('\n', Lines[YamlStart..YamlEnd].Select(l => l.TrimEnd('\r'))), Display, YamlStart + 1); }
        catch (ContentException e) { Problem = e.Error; }
    }

    /// <summary>A line without its '\r'.</summary>
    public string Plain(int index) => Lines[index].TrimEnd('\r');

    /// <summary>The line ending the file uses, for lines this edit adds.</summary>
    private string Ending => Lines.Count > 0 && Lines[0].EndsWith('\r') ? "\r" : "";

    public bool Changed => Text != _original;

    private string Text => string.Join('\n', Lines);

    public void Save() => File.WriteAllBytes(FullPath, [.. _bom ? ByteOrderMark : [], .. Encoding.UTF8.GetBytes(Text)]);

    public string? GetString(string key) => Yaml?.Values.GetValueOrDefault(key) as string;

    public bool Has(string key) => Yaml?.KeyLines.ContainsKey(key) == true;

    /// <summary>The lines of a top-level key's value: its own line to the line before the next top-level key.</summary>
    private (int Start, int End)? RegionOf(string key)
    {
        if (Yaml is null || !Yaml.KeyLines.TryGetValue(key, out var line)) return null;
        var start = line - 1;
        var next = Yaml.KeyLines.Values.Select(l => l - 1).Where(l => l > start).DefaultIfEmpty(YamlEnd).Min();
        return (start, Math.Min(next, YamlEnd));
    }

    /// <summary>Replaces the id <paramref name="old"/> in the value of <paramref name="key"/> (a scalar, a flow or a block list); returns how many.</summary>
    public int ReplaceInValue(string key, string old, string replacement)
    {
        if (RegionOf(key) is not { } region) return 0;
        var (start, end) = region;
        var pattern = new Regex($@"(?<![\w-]){Regex.Escape(old)}(?![\w-])");
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var from = i == start ? Lines[i].IndexOf(':') + 1 : 0;
            var value = Lines[i][from..];
            count += pattern.Count(value);
            Lines[i] = Lines[i][..from] + pattern.Replace(value, replacement);
        }
        return count;
    }

    /// <summary>Replaces <c>](xref:old</c> (with or without an anchor) outside the YAML of a Markdown file, or anywhere in a YAML file.</summary>
    public int ReplaceXrefs(string old, string replacement, bool wholeFile)
    {
        var pattern = new Regex($@"(?<=\]\(<?xref:){Regex.Escape(old)}(?=[)#\s>])");
        var count = 0;
        for (var i = wholeFile ? 0 : YamlEnd; i < Lines.Count; i++)
        {
            count += pattern.Count(Lines[i]);
            Lines[i] = pattern.Replace(Lines[i], replacement);
        }
        return count;
    }

    /// <summary>
    /// Adds paths to <c>RedirectFrom</c>: into its flow list (<c>[a, b]</c>), after the last item of its block list, turning a
    /// single path into a list; or as a new last line of the YAML. Paths it lists already are left out.
    /// </summary>
    public IReadOnlyList<string> AddRedirects(IReadOnlyList<string> paths)
    {
        var listed = Yaml?.Values.GetValueOrDefault(Redirects.Key) switch
        {
            string one => [one],
            IEnumerable<object?> many => many.OfType<string>().ToList(),
            _ => new List<string>(),
        };
        var adding = paths.Where(p => !listed.Any(l => l.Trim('/') == p.Trim('/'))).ToList();
        if (adding.Count == 0) return [];
        if (RegionOf(Redirects.Key) is { } region)
        {
            var (start, end) = region;
            var line = Plain(start);
            var colon = line.IndexOf(':');
            var value = line[(colon + 1)..].Trim();
            var ending = Lines[start].EndsWith('\r') ? "\r" : "";
            if (value.StartsWith('[') && value.EndsWith(']'))
                Lines[start] = line[..line.LastIndexOf(']')] + (listed.Count > 0 ? ", " : "") + string.Join(", ", adding) + "]" + ending;
            else if (value.Length > 0 && !value.StartsWith('#'))
                Lines[start] = line[..(colon + 1)] + " [" + value + ", " + string.Join(", ", adding) + "]" + ending;
            else
            {
                var items = Enumerable.Range(start + 1, end - start - 1).Where(i => BlockItem().IsMatch(Lines[i])).ToList();
                var indent = items.Count > 0 ? BlockItem().Match(Lines[items[^1]]).Groups[1].Value : "  ";
                var at = items.Count > 0 ? items[^1] + 1 : start + 1;
                Lines.InsertRange(at, adding.Select(p => indent + "- " + p + Ending));
            }
        }
        else
        {
            // A YAML file may end with a newline (an empty last "line"): the new key goes before it.
            var at = YamlEnd == Lines.Count && Lines[^1].Length == 0 ? Lines.Count - 1 : YamlEnd;
            Lines.Insert(at, $"{Redirects.Key}: [{string.Join(", ", adding)}]{Ending}");
        }
        return adding;
    }

    /// <summary>Sets a scalar top-level key's value (the page's own <c>id</c>), keeping its quotes and any comment.</summary>
    public bool ReplaceScalar(string key, string old, string replacement) => ReplaceInValue(key, old, replacement) > 0;

    [GeneratedRegex(@"^(\s*)-\s")]
    private static partial Regex BlockItem();
}
