using Dyad.Core;

namespace Dyad.Text.Tests;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        var list = new List<Token>();
        Tokenizer.Tokenize(text, list);
        return list.Select(t => text.Substring(t.Start, t.Span.Length)).ToArray();
    }

    [Theory]
    [InlineData("South Korea’s ministry", new[] { "South", "Korea", "’s", "ministry" })] // curly possessive is a clitic
    [InlineData("Korea's", new[] { "Korea", "'s" })] // straight possessive
    [InlineData("We don’t think", new[] { "We", "do", "n’t", "think" })] // negation clitic split as in the Penn Treebank
    [InlineData("they'll go", new[] { "they", "'ll", "go" })] // future clitic
    [InlineData("O’Brien said", new[] { "O’Brien", "said" })] // apostrophe inside a name stays
    [InlineData("Japan-U.S.-South Korea", new[] { "Japan", "-", "U.S.", "-", "South", "Korea" })] // hyphenated compound of actors
    [InlineData("Moon Jae-in", new[] { "Moon", "Jae", "-", "in" })] // hyphenated given name
    [InlineData("the U.N. said", new[] { "the", "U.N.", "said" })] // dotted acronym keeps its periods
    [InlineData("Gen. Smith", new[] { "Gen.", "Smith" })] // title abbreviation keeps its period
    [InlineData("No. 2 seed", new[] { "No.", "2", "seed" })] // No. before a number
    [InlineData("said no.", new[] { "said", "no", "." })] // no. at the end is a word and a period
    [InlineData("3.5 percent", new[] { "3.5", "percent" })] // decimal number
    [InlineData("1,000 people", new[] { "1,000", "people" })] // thousands separator
    [InlineData("on 2017-07-07.", new[] { "on", "2017-07-07", "." })] // ISO date is one token
    [InlineData("at 10:30 a.m.", new[] { "at", "10:30", "a.m." })] // clock time and a.m.
    [InlineData("the ’90s", new[] { "the", "’90s" })] // elided decade is not a quote mark
    [InlineData("“Yes,” he said", new[] { "“", "Yes", ",", "”", "he", "said" })] // curly quotes are tokens
    [InlineData("wait...", new[] { "wait", "..." })] // ellipsis as one token
    [InlineData("J. R. R. Tolkien", new[] { "J.", "R.", "R.", "Tolkien" })] // initials
    [InlineData("Friday, January 4, 2019", new[] { "Friday", ",", "January", "4", ",", "2019" })] // dateline
    public void Tokenize_SplitsNewsText(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void Tokenize_OffsetsIndexTheText()
    {
        const string text = "  “We don’t,” said Suga.\n\nNext.";
        var list = new List<Token>();
        Tokenizer.Tokenize(text, list);
        Assert.All(list, t => Assert.False(string.IsNullOrWhiteSpace(text.Substring(t.Start, t.Span.Length))));
        Assert.True(list[0].Has(TokenTraits.SpaceBefore));
        var next = list.Single(t => text.Substring(t.Start, t.Span.Length) == "Next");
        Assert.True(next.Has(TokenTraits.ParagraphBreakBefore));
    }

    [Fact]
    public void Tokenize_MarksCapitalizedTokens()
    {
        const string text = "Tokyo said";
        var list = new List<Token>();
        Tokenizer.Tokenize(text, list);
        Assert.True(list[0].Has(TokenTraits.Capitalized));
        Assert.False(list[1].Has(TokenTraits.Capitalized));
    }
}
