using System.Text;
using Dyad.Core;

namespace Dyad.Quotes.Tests;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("“We will win, he said. Then “we lost,” she said.", "we lost")] // an unclosed opener before a balanced quote
    [InlineData("He left.” Then “we lost,” she said.", "we lost")] // a stray closer
    [InlineData("“We will win, he said.\n\nThe next paragraph has “a quote,” she said.", "a quote")] // a quote left open at a paragraph's end
    public void Unbalanced_quotes_are_reported_without_derailing_the_rest(string text, string expected)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Contains(expected, document.QuoteTexts());
        Assert.Contains(document.Errors, e => e.Code == DyadErrors.UnbalancedQuote && e.Stage == QuoteStage.Name);
    }

    [Fact]
    public void Ten_thousand_balanced_marks_in_one_paragraph_give_five_thousand_quotes()
    {
        var text = new StringBuilder("He said ");
        for (int i = 0; i < 5000; i++)
        {
            text.Append("“word”, ");
        }

        text.Append("and left.");
        var document = TestDocuments.Quoted(text.ToString());
        Assert.Equal(5000, document.Quotes.Count(q => q.Kind != QuoteKind.Indirect));
        Assert.Empty(document.Errors);
    }

    [Theory]
    [InlineData("“")] // openers only: each one leaves the one before unclosed
    [InlineData("”")] // closers only
    [InlineData("\"")] // straight marks only: they pair up by balance
    [InlineData("'")] // straight single marks with nothing to quote
    [InlineData("“‘")] // alternating families
    public void Ten_thousand_marks_of_any_kind_do_not_hang_or_flood_errors(string mark)
    {
        var text = new StringBuilder("Kim said ");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append(mark);
        }

        text.Append(" and left. “We will win,” Kim said.");
        var document = TestDocuments.Quoted(text.ToString());
        Assert.Contains("We will win", document.QuoteTexts());
        Assert.True(document.Errors.Count <= 21, $"{document.Errors.Count} errors");
    }

    [Fact]
    public void Ten_thousand_spaced_marks_in_one_sentence_stay_linear()
    {
        var text = new StringBuilder("Officials said ");
        for (int i = 0; i < 10_000; i++)
        {
            text.Append(i % 2 == 0 ? "\"A " : "said\" ");
        }

        text.Append('.');
        var document = TestDocuments.Quoted(text.ToString());
        Assert.Equal(5000, document.Quotes.Count(q => q.Kind != QuoteKind.Indirect));
    }

    [Theory]
    [InlineData("")] // empty body
    [InlineData("   \n\n  ")] // whitespace only
    [InlineData("said")] // a lone cue
    [InlineData(", said.")] // a cue with nothing around it
    [InlineData("“")] // a lone mark
    [InlineData("according to")] // a cue phrase at the end
    [InlineData("“a” said, according to the, “b”")] // fragments
    public void Degenerate_input_does_not_throw(string text)
    {
        var document = TestDocuments.Quoted(text);
        Assert.All(document.Quotes, q => Assert.InRange(q.Span.End, 0, text.Length));
    }

    [Fact]
    public void Every_quote_and_speaker_span_lies_in_the_body_and_excludes_the_marks()
    {
        var document = TestDocuments.Quoted("“We are ready,” said Kim. 'Yes,' he said. \"No,\" she said.");
        Assert.Equal(3, document.Quotes.Count);
        foreach (var q in document.Quotes)
        {
            var text = document.TextOf(q.Span);
            Assert.False(Dyad.Text.Tokenizer.IsQuoteChar(text[0]) || Dyad.Text.Tokenizer.IsQuoteChar(text[^1]), text);
            Assert.NotNull(q.Speaker);
        }
    }
}

public sealed class QuoteFuzzTests
{
    private static readonly string[] Pieces =
    [
        "“", "”", "‘", "’", "\"", "'", "«", "»", ",", ".", ":", ";", "—", "(", ")", "\n\n", "\n", " ", " ", " ",
        "said", "says", "told", "according to", "saying", "that", "who", "which", "and", "the", "a", "official",
        "Kim", "Moon Jae-in", "Korea’s", "Koreas’", "’90s", "he", "she", "they", "We", "will", "win", "on Monday", "-",
    ];

    /// <summary>Random mixtures of marks, cues and names: the stage must never throw, and every span must lie in the body.</summary>
    [Fact]
    public void Random_text_never_throws_and_spans_stay_in_the_body()
    {
        var random = new Random(20171719);
        for (int round = 0; round < 3000; round++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(1, 60);
            for (int i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            var body = text.ToString();
            var document = TestDocuments.Segmented(body);
            if (random.Next(2) == 0 && document.Tokens.Count > 0)
            {
                var token = document.Tokens[random.Next(document.Tokens.Count)];
                document.Mentions.Add(new Mention(token.Span, 0, MentionKind.Person, "KORGOV", "KOR", "GOV", random.Next(3) - 1, new Evidence("test", "fuzz")));
            }

            new QuoteStage().Run(document, TestContext.Current.CancellationToken);
            foreach (var quote in document.Quotes)
            {
                Assert.InRange(quote.Span.Start, 0, body.Length);
                Assert.InRange(quote.Span.End, quote.Span.Start + 1, body.Length);
                if (quote.Speaker is { } speaker)
                {
                    Assert.InRange(speaker.Span.End, speaker.Span.Start + 1, body.Length);
                }
            }
        }
    }
}
