namespace Guidance.Modules.Text;

/// <summary>
/// What LIX is computed from: words, long words (more than six letters) and sentences. Counts of several blocks add up,
/// so a page's score is the score of all its prose, not an average of its paragraphs' scores.
/// </summary>
public readonly record struct TextCounts(int Words, int LongWords, int Sentences)
{
    public static TextCounts operator +(TextCounts a, TextCounts b) =>
        new(a.Words + b.Words, a.LongWords + b.LongWords, a.Sentences + b.Sentences);

    /// <summary>
    /// Björnsson's readability index: words per sentence plus the percentage of long words. Null for a text without
    /// words, which has no score (rather than a misleading 0).
    /// </summary>
    public double? Lix => Words == 0 ? null : (double)Words / Math.Max(1, Sentences) + 100.0 * LongWords / Words;
}

/// <summary>
/// Counts the words, long words and sentences of plain text as LIX defines them, the same way in every language:
/// <list type="bullet">
/// <item>a word is a run of letters and digits; an apostrophe or a hyphen between two of them joins them into one word
/// ("well-being", "barnets", "don't"); its length is its letters and digits;</item>
/// <item>a long word has more than six letters;</item>
/// <item>a sentence ends at '.', '!', '?' or ':' followed by the end of the text or by a space and something other than a
/// lowercase letter (so "f.eks. en" and "fx. ved" do not end one), and at the end of the text (a paragraph, a list item:
/// a list item without a full stop is still a sentence). Several marks in a row ("?!", "...") end one sentence.</item>
/// </list>
/// </summary>
public static class Lix
{
    public const int LongWordLetters = 7;

    /// <summary>One block of text; its end ends its last sentence.</summary>
    public static TextCounts Count(ReadOnlySpan<char> text)
    {
        int words = 0, longWords = 0, sentences = 0;
        var wordsSinceEnd = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var letters = 0;
                while (i < text.Length)
                {
                    if (char.IsLetterOrDigit(text[i])) { letters++; i++; }
                    else if (text[i] is '-' or '\'' or '’' or '‐' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]) && letters > 0) i++;
                    else break;
                }
                words++;
                wordsSinceEnd++;
                if (letters >= LongWordLetters) longWords++;
                continue;
            }
            if (c is '.' or '!' or '?' or ':' or '…')
            {
                var end = i;
                while (end < text.Length && text[end] is '.' or '!' or '?' or ':' or '…' or '"' or '”' or '»' or ')' or '\'' or '’') end++;
                var next = end;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                var endsSentence = next == text.Length || (next > end && !char.IsLower(text[next]));
                if (endsSentence && wordsSinceEnd > 0) { sentences++; wordsSinceEnd = 0; }
                i = end;
                continue;
            }
            i++;
        }
        if (wordsSinceEnd > 0) sentences++;
        return new TextCounts(words, longWords, sentences);
    }

    /// <summary>The LIX of one block of text, rounded as LIX is usually given (a whole number); null without words.</summary>
    public static int? Score(string text) => Count(text).Lix is { } lix ? (int)Math.Round(lix, MidpointRounding.AwayFromZero) : null;
}
