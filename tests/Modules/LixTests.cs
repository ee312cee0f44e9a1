using Guidance.Modules.Markdown;
using Guidance.Modules.Text;
using Guidance.Engine;

namespace Guidance.Tests.Modules;

/// <summary>LIX against texts counted by hand: words, long words (more than six letters) and sentences.</summary>
public sealed class LixTests
{
    [Theory]
    // Familien(8, long) blev hørt | Socialrådgiveren(16, long) lyttede(7, long) til barnet(6): 7 words, 3 long, 2 sentences.
    [InlineData("Familien blev hørt. Socialrådgiveren lyttede til barnet.", 7, 3, 2)]
    // "f.eks." and "eks. med" end no sentence (no space after the first full stop, a lowercase word after the second);
    // f, eks count as two words. Tal f eks med far | Han er en ressource(9, long): 9 words, 1 long, 2 sentences.
    [InlineData("Tal f.eks. med far. Han er en ressource.", 9, 1, 2)]
    // A hyphen joins a word: Well-being has 9 letters. A colon before a capital ends a sentence.
    // Well-being(9) matters(7) | Parents(7) said so: 5 words, 3 long, 2 sentences.
    [InlineData("Well-being matters: Parents said so!", 5, 3, 2)]
    // A list item or heading-like line without a full stop is still one sentence: familien(8) is long.
    [InlineData("Lyt til familien", 3, 1, 1)]
    // "?!" and "..." end one sentence each: 6 words, none long, 3 sentences.
    [InlineData("Hvad nu?! Vi venter... Og så.", 6, 0, 3)]
    // Digits make words, and a point inside a number ends nothing: I 2023 | Nu 1 5 procent(7, long): 6 words, 1 long, 2 sentences.
    [InlineData("I 2023. Nu 1.5 procent.", 6, 1, 2)]
    // An apostrophe inside a word joins it: don't(4), family's(7, long).
    [InlineData("Don't judge the family's choices.", 5, 2, 1)]
    public void Counts_words_long_words_and_sentences_as_counted_by_hand(string text, int words, int longWords, int sentences)
    {
        Assert.Equal(new TextCounts(words, longWords, sentences), Lix.Count(text));
    }

    [Fact]
    public void The_score_is_words_per_sentence_plus_the_percentage_of_long_words()
    {
        // 7 / 2 + 100 * 3 / 7 = 3.5 + 42.86 = 46.36
        Assert.Equal(46.36, Lix.Count("Familien blev hørt. Socialrådgiveren lyttede til barnet.").Lix!.Value, precision: 2);
        Assert.Equal(46, Lix.Score("Familien blev hørt. Socialrådgiveren lyttede til barnet."));
        // 5 / 2 + 100 * 3 / 5 = 62.5, rounded away from zero.
        Assert.Equal(63, Lix.Score("Well-being matters: Parents said so!"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ... — !")]
    public void A_text_without_words_has_no_score(string text) => Assert.Null(Lix.Score(text));

    [Fact]
    public void A_bodys_prose_counts_paragraphs_and_list_items_but_not_headings_or_code()
    {
        var markdown = "# Overskrift med mange lange ordstillinger\n\nEn kort sætning.\n\n- Første punkt\n- Andet punkt\n\n```\nkode kodelinje kodelinje\n```\n\nEt ord\nmere.\n";
        var counts = ProseCounts.Of(MarkdownBody.Parse(markdown, new SourceLocation("x.md", 1), allowRawHtml: false));
        // En kort sætning(7, long) | Første(6) punkt | Andet punkt | Et ord mere (the line break separates "ord" and "mere"):
        // 10 words, 1 long, 4 sentences.
        Assert.Equal(new TextCounts(10, 1, 4), counts);
    }
}
