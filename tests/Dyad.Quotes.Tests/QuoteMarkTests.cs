using Dyad.Core;

namespace Dyad.Quotes.Tests;

public sealed class QuoteMarkTests
{
    [Theory]
    [InlineData("“We will win,” he said.", "We will win")] // curly marks; the trailing comma inside is dropped
    [InlineData("\"We will win,\" he said.", "We will win")] // straight marks
    [InlineData("He said: \"We will win.\"", "We will win.")] // straight marks after a colon, final period kept
    [InlineData("'We will win,' he said.", "We will win")] // British single marks at top level
    [InlineData("‘We will win,’ he said.", "We will win")] // curly single marks at top level
    [InlineData("“He told me ‘never again,’ and left,” she said.", "He told me ‘never again,’ and left")] // nested single quotes stay inside
    [InlineData("“He told me \"never\" twice,” she said.", "He told me \"never\" twice")] // nested straight doubles inside curly doubles close the inner one
    [InlineData("«Nous gagnerons», a-t-il dit.", "Nous gagnerons")] // guillemets
    [InlineData("“First. Second sentence,” he said.", "First. Second sentence")] // a quote over two sentences is one quote
    [InlineData("He called it ”historic” on Monday.", "historic")] // a closing curly mark misused as an opener
    public void Direct_and_partial_quotes_are_delimited_without_their_marks(string text, string expected)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Contains(expected, document.QuoteTexts());
        Assert.Empty(document.Errors);
    }

    [Theory]
    [InlineData("South Korea’s ministry and the Koreas’ ties improved in the ’90s, officials said.")] // clitic, plural possessive, elided decade
    [InlineData("The two Koreas’ leaders met; Moon’s aides and Kim’s aides didn’t attend.")] // possessives and n’t only
    [InlineData("They played rock ’n’ roll and gave ’em hell.")] // elisions with curly apostrophes
    [InlineData("They gave 'em hell in the '90s, didn't they?")] // elisions with straight apostrophes
    [InlineData("He is 5'10\" tall and ran 3'20\".")] // feet and inch marks
    [InlineData("I‘m grateful to him, ’specially on the 'net.")] // a misused opening mark as apostrophe, elisions
    [InlineData("We talked about Rocky['s] run.")] // an editorial bracket before a clitic
    public void Apostrophes_are_never_quotes(string text)
    {
        var document = TestDocuments.Quoted(text);
        Assert.DoesNotContain(document.Quotes, q => q.Kind != QuoteKind.Indirect);
        Assert.Empty(document.Errors);
    }

    [Theory]
    [InlineData("‘The Koreas’ ties are warm,’ he said.", "The Koreas’ ties are warm")] // a possessive inside a single-quoted quote does not close it
    [InlineData("'The Koreas' ties are warm,' he said.", "The Koreas' ties are warm")] // the same with straight marks
    [InlineData("He spoke of ‘the Koreas’ and left.", "the Koreas")] // the same mark closes when nothing later can
    public void A_bare_closing_single_mark_after_s_is_decided_by_balance(string text, string expected)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Equal(expected, Assert.Single(document.QuoteTexts(QuoteKind.Direct).Concat(document.QuoteTexts(QuoteKind.Partial))));
    }

    [Theory]
    [InlineData("Abe “understood” Moon’s position.", "understood", QuoteKind.Partial)] // a word inside the writer's sentence
    [InlineData("South Korea “has endured” the threat.", "has endured", QuoteKind.Partial)] // a verb phrase
    [InlineData("the issue of so-called “comfort women,” who were forced", "comfort women", QuoteKind.Partial)] // scare quotes with the comma inside
    [InlineData("“We will win,” he said.", "We will win", QuoteKind.Direct)] // a clause with its cue
    [InlineData("He said, “we will win.”", "we will win.", QuoteKind.Direct)] // after a cue and comma, even in lower case
    [InlineData("He said: “no.”", "no.", QuoteKind.Direct)] // after a colon
    [InlineData("He blamed the leaders for fleeing, and the military for collapsing, “sometimes without trying to fight.”", "sometimes without", QuoteKind.Partial)] // lower case after a comma that follows no cue
    [InlineData("“We are ready,” Kim said, “and we will respond.”", "and we will respond", QuoteKind.Direct)] // the rest of a split quote
    [InlineData("“Reconciliation is in his DNA. We should watch” what happens, the official said.", "Reconciliation", QuoteKind.Direct)] // over two sentences
    public void Quotes_are_direct_or_partial(string text, string contains, QuoteKind kind)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Equal(kind, document.QuoteWith(contains).Kind);
    }

    [Fact]
    public void A_quote_continues_into_the_next_paragraph_that_opens_with_a_mark()
    {
        var document = TestDocuments.Quoted(
            "“We will not give up,” Kim said. “The talks must go on.\n\n“We have waited long enough.”\n\nThe meeting ended.");
        Assert.Equal(["We will not give up", "The talks must go on.", "We have waited long enough."], document.QuoteTexts());
        Assert.All(document.Quotes, q => Assert.Equal("Kim", document.SpeakerText(q)));
        Assert.Equal("quotes.direct.continued-paragraph", document.QuoteWith("waited").Evidence.Rule);
        Assert.Empty(document.Errors);
    }

    [Fact]
    public void A_quote_over_paragraphs_takes_the_speaker_named_at_its_end()
    {
        var document = TestDocuments.Quoted("“The first part runs on.\n\n“The second part ends here,” the minister said.");
        Assert.Equal("the minister", document.SpeakerText(document.QuoteWith("first part")));
        Assert.Equal("the minister", document.SpeakerText(document.QuoteWith("second part")));
    }

    [Fact]
    public void Quotes_in_headlines_are_found()
    {
        var document = TestDocuments.Quoted(
            "Abe says ‘now is not the time’ for talks\n\n‘Out of step’: Tokyo frets over Seoul\n\n“We will respond,” says Moon\n\nThe body of the article starts here.");
        Assert.Equal("Abe", document.SpeakerText(document.QuoteWith("now is not the time")));
        Assert.Contains("Out of step", document.QuoteTexts());
        Assert.Equal("Moon", document.SpeakerText(document.QuoteWith("We will respond")));
        Assert.Empty(document.Errors);
    }
}
