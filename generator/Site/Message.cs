using System.Globalization;
using System.Text;

namespace Guidance.Site;

/// <summary>
/// A UI string, parsed once, in the subset of ICU MessageFormat that translators' tools know: <c>{name}</c> is an
/// argument, and <c>{count, plural, one {# finding} other {# findings}}</c> chooses a form by the number's CLDR plural
/// category (<see cref="PluralRules"/>), <c>#</c> standing for the number. A string without arguments is its text.
/// </summary>
public sealed class Message
{
    private abstract record Part;
    private sealed record Text(string Value) : Part;
    private sealed record Argument(string Name) : Part;
    private sealed record Number : Part;
    private sealed record Plural(string Name, IReadOnlyDictionary<string, IReadOnlyList<Part>> Forms) : Part;

    private readonly IReadOnlyList<Part> _parts;

    /// <summary>The text as written, which a script in the browser may fill in itself (<c>{query}</c> on the search page).</summary>
    public string Source { get; }

    private Message(string source, IReadOnlyList<Part> parts) => (Source, _parts) = (source, parts);

    /// <summary>
    /// Parses <paramref name="text"/>; each problem (a brace not closed, a plural without a form <paramref name="language"/>
    /// needs, a form no number of it takes) goes to <paramref name="fail"/>.
    /// </summary>
    public static Message Parse(string text, string language, Action<string> fail)
    {
        var position = 0;
        var parts = ReadParts(text, ref position, language, fail, inPlural: false);
        if (position < text.Length) fail(Say.UnmatchedBrace(position + 1));
        return new Message(text, parts);
    }

    /// <summary>The text with every argument filled in; <paramref name="missing"/> is told of an argument the call did not give.</summary>
    public string Format(IReadOnlyDictionary<string, object?> arguments, string language, CultureInfo culture, Action<string> missing)
    {
        var text = new StringBuilder();
        Write(_parts, null);
        return text.ToString();

        void Write(IReadOnlyList<Part> parts, long? number)
        {
            foreach (var part in parts)
                switch (part)
                {
                    case Text t: text.Append(t.Value); break;
                    case Number: text.Append(number?.ToString("N0", culture)); break;
                    case Argument a when arguments.TryGetValue(a.Name, out var value):
                        text.Append(value is int or long ? NumberOf(value)!.Value.ToString("N0", culture) : Convert.ToString(value, culture));
                        break;
                    case Argument a: missing(a.Name); break;
                    case Plural p when arguments.TryGetValue(p.Name, out var value) && NumberOf(value) is { } count:
                        Write(p.Forms[PluralRules.CategoryOf(language, count)], count);
                        break;
                    case Plural p: missing(p.Name); break;
                }
        }
    }

    private static long? NumberOf(object? value) => value switch
    {
        int i => i,
        long l => l,
        string s when long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static List<Part> ReadParts(string text, ref int i, string language, Action<string> fail, bool inPlural)
    {
        var parts = new List<Part>();
        var literal = new StringBuilder();
        void Flush() { if (literal.Length > 0) { parts.Add(new Text(literal.ToString())); literal.Clear(); } }
        while (i < text.Length && text[i] != '}')
        {
            if (inPlural && text[i] == '#') { Flush(); parts.Add(new Number()); i++; continue; }
            if (text[i] != '{') { literal.Append(text[i++]); continue; }
            Flush();
            var close = text.IndexOfAny(['}', ','], i);
            if (close < 0) { fail(Say.BraceNotClosed(i + 1)); i = text.Length; break; }
            var name = text[(i + 1)..close].Trim();
            if (text[close] == '}') { parts.Add(new Argument(name)); i = close + 1; continue; }
            i = close + 1;
            parts.Add(ReadPlural(text, ref i, name, language, fail));
        }
        Flush();
        return parts;
    }

    /// <summary>After <c>{name,</c>: <c>plural, one {…} other {…}}</c>.</summary>
    private static Plural ReadPlural(string text, ref int i, string name, string language, Action<string> fail)
    {
        var forms = new Dictionary<string, IReadOnlyList<Part>>(StringComparer.Ordinal);
        var comma = text.IndexOf(',', i);
        if (comma < 0 || text[i..comma].Trim() != "plural")
        {
            fail(Say.NotPluralForm(name));
            i = text.Length;
            return new Plural(name, forms);
        }
        i = comma + 1;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length) { fail(Say.PluralNotClosed(name)); break; }
            if (text[i] == '}') { i++; break; }
            var open = text.IndexOf('{', i);
            if (open < 0) { fail(Say.PluralFormWithoutText(text[i..].Trim(), name)); i = text.Length; break; }
            var category = text[i..open].Trim();
            i = open + 1;
            var form = ReadParts(text, ref i, language, fail, inPlural: true);
            if (i >= text.Length) { fail(Say.PluralFormNotClosed(category, name)); break; }
            i++;
            if (!PluralRules.CategoriesOf(language).Contains(category))
                fail(Say.NotAPluralCategory(category, language, string.Join(", ", PluralRules.CategoriesOf(language))));
            forms[category] = form;
        }
        foreach (var category in PluralRules.CategoriesOf(language).Where(c => !forms.ContainsKey(c)))
            fail(Say.PluralFormMissing(category, name, language));
        return new Plural(name, forms);
    }
}
