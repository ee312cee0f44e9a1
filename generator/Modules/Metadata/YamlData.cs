using Guidance.Engine;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Guidance.Modules.Metadata;

/// <summary>A YAML mapping read into case-insensitive values, with the line of each top-level key.</summary>
public sealed record YamlMapping(IReadOnlyDictionary<string, object?> Values, IReadOnlyDictionary<string, int> KeyLines);

/// <summary>
/// Reads YAML into plain values: strings, lists and case-insensitive dictionaries. Scalars stay strings,
/// so "no" never turns into false and the content model decides what a value means.
/// Aliases are refused: front matter has no use for them and they are how a small file expands into gigabytes.
/// </summary>
public static class YamlData
{
    private const int MaxDepth = 64;

    /// <summary>Reads a mapping; <paramref name="firstLine"/> is the file line of the text's first line.</summary>
    public static YamlMapping ReadMapping(string text, string file, int firstLine = 1)
    {
        var root = Read(text, file, firstLine, out var keyLines);
        return root switch
        {
            null => new YamlMapping(NewMap(), keyLines),
            Dictionary<string, object?> map => new YamlMapping(map, keyLines),
            _ => throw new ContentException(new SourceLocation(file, firstLine), Say.ExpectedKeyValueLines),
        };
    }

    /// <summary>Reads any YAML document: a mapping, a list or a scalar.</summary>
    public static object? Read(string text, string file, int firstLine, out IReadOnlyDictionary<string, int> topLevelKeyLines)
    {
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        topLevelKeyLines = lines;
        var parser = new Parser(new StringReader(text));
        SourceLocation At(Mark mark) => new(file, (int)mark.Line + firstLine - 1, (int)mark.Column);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            var value = ReadNode(parser, At, lines, depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
                throw new ContentException(At(parser.Current!.Start), Say.SecondYamlDocument);
            return value;
        }
        catch (YamlException e)
        {
            var tab = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) ? TabIndentedLine(text, e.Start) : null;
            throw new ContentException(At(tab ?? e.Start), Say.MalformedYaml(Plain(Clean(e.Message), text, e.Start)));
        }
        // YamlDotNet's scanner trips over some malformed text (an unclosed [ followed by another line) with an
        // InvalidOperationException of its own instead of a YamlException: still the editor's mistake, located
        // at the last thing that was read.
        catch (Exception e) when (e is not ContentException && e.TargetSite?.DeclaringType?.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) == true)
        {
            throw new ContentException(At(parser.Current?.Start ?? Mark.Empty), Say.MalformedYaml(Say.YamlValueNotClosed));
        }
    }

    /// <summary>
    /// YamlDotNet reports a tab in the indentation at the start of the enclosing mapping, often lines above
    /// the tab; the editor needs the line that holds the tab: the first tab-indented line from the error on.
    /// </summary>
    private static Mark? TabIndentedLine(string text, Mark start)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, (int)start.Line - 1); i < lines.Length; i++)
        {
            var indentation = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indentation.Contains('\t')) return new Mark(0, i + 1, indentation.IndexOf('\t') + 1);
        }
        return null;
    }

    private static object? ReadNode(IParser parser, Func<Mark, SourceLocation> at, Dictionary<string, int>? keyLines, int depth)
    {
        if (depth > MaxDepth) throw new ContentException(at(parser.Current!.Start), Say.YamlTooDeep(MaxDepth));
        if (parser.TryConsume<AnchorAlias>(out var alias))
            throw new ContentException(at(alias.Start), Say.YamlAlias(alias.Value.ToString()));
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            if (scalar.Value.AsSpan().IndexOfAny(Unprintable) is >= 0 and var index)
                throw new ContentException(at(scalar.Start), Say.ControlCharacter($"{(int)scalar.Value[index]:X4}"));
            return scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null" or "" ? null : scalar.Value;
        }
        if (parser.TryConsume<SequenceStart>(out _))
        {
            var list = new List<object?>();
            while (!parser.TryConsume<SequenceEnd>(out _)) list.Add(ReadNode(parser, at, null, depth + 1));
            return list;
        }
        parser.Consume<MappingStart>();
        var map = NewMap();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyEvent = parser.Current!;
            if (ReadNode(parser, at, null, depth + 1) is not string key)
                throw new ContentException(at(keyEvent.Start), Say.KeyNotPlainWord);
            if (map.ContainsKey(key))
                throw new ContentException(at(keyEvent.Start), Say.KeyTwice(key));
            keyLines?.TryAdd(key, at(keyEvent.Start).Line);
            map[key] = ReadNode(parser, at, null, depth + 1);
        }
        return map;
    }

    /// <summary>What XML 1.0, and so the Atom feed and the sitemap, cannot hold: control characters other than tab and line breaks, U+FFFE, U+FFFF.</summary>
    private static readonly System.Buffers.SearchValues<char> Unprintable = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, ' ').Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')), '\uFFFE', '\uFFFF']);

    /// <summary>The parser's words for the mistakes editors make most, as what to do about them.</summary>
    private static string Plain(string message, string text, Mark start)
    {
        var line = text.Split('\n').ElementAtOrDefault((int)start.Line - 1) ?? "";
        var colon = line.IndexOf(':');
        var (key, value) = colon > 0 ? (line[..colon].Trim(), line[(colon + 1)..].Trim()) : ("title", line.Trim());
        string Quoted() => $"{key}: \"{value.Replace("\"", "\\\"")}\"";
        if (message.Contains("found invalid mapping", StringComparison.Ordinal) || message.Contains("Mapping values are not allowed", StringComparison.Ordinal))
            return line.Length > 0 && char.IsWhiteSpace(line[0]) && !value.Contains(':')
                ? Say.YamlLineIndented
                : Say.ColonNeedsQuotes(Quoted());
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
            return Say.QuoteNotClosed;
        if (message.Contains("cannot start any token", StringComparison.Ordinal) && value.Length > 0)
            return Say.ValueCannotStartWith(value[..1], Quoted());
        if (message.Contains("did not find expected key", StringComparison.Ordinal))
            return Say.NotKeyValueLine;
        return message;
    }

    public static Dictionary<string, object?> NewMap() => new(StringComparer.OrdinalIgnoreCase);

    // YamlDotNet puts "(Line: 3, Col: 5, Idx: ...) - (...): " before its message; we print our own location.
    private static string Clean(string message)
    {
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (i >= 0 ? message[(i + 3)..] : message).Trim();
    }
}
