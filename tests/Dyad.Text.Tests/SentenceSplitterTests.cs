using Dyad.Core;

namespace Dyad.Text.Tests;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
        foreach (var s in sentences)
        {
            // Every sentence's span must equal its text: no leading or trailing whitespace, inside the body.
            Assert.Equal(text.Substring(s.Start, s.Span.Length).Trim(), text.Substring(s.Start, s.Span.Length));
        }

        return sentences.Select(s => text.Substring(s.Start, s.Span.Length)).ToArray();
    }

    [Theory]
    [InlineData("He left. She stayed.", new[] { "He left.", "She stayed." })] // plain period
    [InlineData("Did he? Yes! Fine.", new[] { "Did he?", "Yes!", "Fine." })] // question and exclamation marks
    [InlineData("Officials met in the U.S. capital on Monday.", new[] { "Officials met in the U.S. capital on Monday." })] // U.S. before a lower-case word
    [InlineData("Talks were held in the U.S. The next round is in Seoul.", new[] { "Talks were held in the U.S.", "The next round is in Seoul." })] // U.S. at the end
    [InlineData("The U.N. Security Council met.", new[] { "The U.N. Security Council met." })] // U.N. before a name
    [InlineData("Mr. Abe met Gen. Brooks.", new[] { "Mr. Abe met Gen. Brooks." })] // titles
    [InlineData("Dr. Kim spoke.", new[] { "Dr. Kim spoke." })] // Dr.
    [InlineData("Ann Roe, a Ph.D. candidate, spoke.", new[] { "Ann Roe, a Ph.D. candidate, spoke." })] // a degree
    [InlineData("It happened on Jan. 5 in Seoul.", new[] { "It happened on Jan. 5 in Seoul." })] // month abbreviation
    [InlineData("He was ranked No. 1 in the world.", new[] { "He was ranked No. 1 in the world." })] // No. before a number
    [InlineData("George W. Bush spoke.", new[] { "George W. Bush spoke." })] // middle initial
    [InlineData("J. K. Rowling wrote it.", new[] { "J. K. Rowling wrote it." })] // several initials
    [InlineData("Growth was 3.5 percent. Prices rose.", new[] { "Growth was 3.5 percent.", "Prices rose." })] // decimal
    [InlineData("He paused... and went on.", new[] { "He paused... and went on." })] // ellipsis before lower case
    [InlineData("He paused... Then he left.", new[] { "He paused...", "Then he left." })] // ellipsis before a capital
    [InlineData("He waited… Nothing came.", new[] { "He waited…", "Nothing came." })] // Unicode ellipsis
    [InlineData("“We will go.” Then they left.", new[] { "“We will go.”", "Then they left." })] // sentence ends inside a closing curly quote
    [InlineData("\"We will go.\" Then they left.", new[] { "\"We will go.\"", "Then they left." })] // straight quotes
    [InlineData("“We will go,” he said. They left.", new[] { "“We will go,” he said.", "They left." })] // comma inside the quote does not end it
    [InlineData("“Will you go?” he asked.", new[] { "“Will you go?” he asked." })] // question inside a quote before lower case
    [InlineData("Abe “understood” Moon’s position at the end of the meeting.", new[] { "Abe “understood” Moon’s position at the end of the meeting." })] // partial quote mid-sentence
    [InlineData("He said: “It is over.” Nobody answered.", new[] { "He said: “It is over.”", "Nobody answered." })] // quote after a colon
    [InlineData("They left. “It is over,” he said.", new[] { "They left.", "“It is over,” he said." })] // a quote opens the next sentence
    [InlineData("She said “no.” Others agreed.", new[] { "She said “no.”", "Others agreed." })] // a one-word quote closes the sentence
    [InlineData("First paragraph\n\nSecond paragraph", new[] { "First paragraph", "Second paragraph" })] // paragraph break without a period
    [InlineData("A headline\nThe body starts here.", new[] { "A headline", "The body starts here." })] // line break after a headline
    [InlineData("a line that\nwraps here.", new[] { "a line that\nwraps here." })] // wrapped line continues in lower case
    [InlineData("Friday, January 4, 2019\n\nA building collapsed.", new[] { "Friday, January 4, 2019", "A building collapsed." })] // dateline paragraph
    [InlineData("The Japan-U.S.-South Korea position held.", new[] { "The Japan-U.S.-South Korea position held." })] // hyphenated compound with U.S.
    [InlineData("South Korea’s ministry spoke. Korea’s allies agreed.", new[] { "South Korea’s ministry spoke.", "Korea’s allies agreed." })] // possessives
    [InlineData("He arrived (late). Then he spoke.", new[] { "He arrived (late).", "Then he spoke." })] // closing bracket
    [InlineData("He arrived (in time.) Then he spoke.", new[] { "He arrived (in time.)", "Then he spoke." })] // period inside brackets
    [InlineData("Shares of Apple Inc. The stock fell.", new[] { "Shares of Apple Inc.", "The stock fell." })] // Inc. at the end before an opener
    [InlineData("Apple Inc. said on Monday it would.", new[] { "Apple Inc. said on Monday it would." })] // Inc. mid-sentence
    [InlineData("It rose 5%. Stocks fell.", new[] { "It rose 5%.", "Stocks fell." })] // percent sign before a period
    [InlineData("The vote was 52-48. It passed.", new[] { "The vote was 52-48.", "It passed." })] // score
    [InlineData("In 2019. In 2020.", new[] { "In 2019.", "In 2020." })] // years
    [InlineData("He said 12 were hurt. 3 died.", new[] { "He said 12 were hurt.", "3 died." })] // a sentence starting with a digit
    [InlineData("Meet at 5 p.m. on Friday.", new[] { "Meet at 5 p.m. on Friday." })] // p.m. mid-sentence
    [InlineData("They met at 5 p.m. The talks ended late.", new[] { "They met at 5 p.m.", "The talks ended late." })] // p.m. at the end
    [InlineData("The e.g. case is fine.", new[] { "The e.g. case is fine." })] // e.g.
    [InlineData("Rep. Smith and Sen. Jones met.", new[] { "Rep. Smith and Sen. Jones met." })] // legislative titles
    [InlineData("He lives in St. Louis now.", new[] { "He lives in St. Louis now." })] // St.
    [InlineData("“It is done.”\n\n“We agree,” they said.", new[] { "“It is done.”", "“We agree,” they said." })] // quote paragraphs
    [InlineData("   Leading spaces. Trailing spaces.   ", new[] { "Leading spaces.", "Trailing spaces." })] // whitespace at both ends
    [InlineData("SEOUL (Reuters) - South Korea said it would go.", new[] { "SEOUL (Reuters) -", "South Korea said it would go." })] // wire dateline
    [InlineData("WASHINGTON — The talks ended.", new[] { "WASHINGTON —", "The talks ended." })] // capitals and an em dash
    [InlineData("TOKYO, Aug. 23 (Kyodo) -- Japan protested.", new[] { "TOKYO, Aug. 23 (Kyodo) --", "Japan protested." })] // a date and a double hyphen
    [InlineData("Kyiv, Ukraine (AP) — Russia attacked.", new[] { "Kyiv, Ukraine (AP) —", "Russia attacked." })] // mixed case with an agency
    [InlineData("One.\n\nBEIRUT - Israel struck.", new[] { "One.", "BEIRUT -", "Israel struck." })] // a dateline opening a later paragraph
    [InlineData("Tokyo - Japan's capital - is large.", new[] { "Tokyo - Japan's capital - is large." })] // no capitals, no agency: no dateline
    [InlineData("He said SEOUL (Reuters) - no.", new[] { "He said SEOUL (Reuters) - no." })] // only at the start of a paragraph
    public void Split_NewsText(string text, string[] expected)
    {
        Assert.Equal(expected, Sentences(text));
    }

    [Fact]
    public void Split_EmptyText_HasNoSentences()
    {
        Assert.Empty(Sentences(""));
        Assert.Empty(Sentences("   \n\n  "));
    }

    [Fact]
    public void Split_CountsParagraphs()
    {
        const string text = "One. Two.\n\nThree.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), sentences);
        Assert.Equal([0, 0, 1], sentences.Select(s => s.Paragraph));
    }
}
