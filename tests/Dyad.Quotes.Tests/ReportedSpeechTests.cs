using Dyad.Core;

namespace Dyad.Quotes.Tests;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("Abe stressed that now is not the time for dialogue with North Korea.", "now is not the time for dialogue with North Korea", "Abe", "stressed", "quotes.indirect.that-clause")] // X stressed that
    [InlineData("The ministry said on Monday that talks would be held at Panmunjom.", "talks would be held at Panmunjom", "The ministry", "said", "quotes.indirect.that-clause")] // adjunct before that
    [InlineData("Moon told the meeting that he wanted Abe to understand.", "he wanted Abe to understand", "Moon", "told", "quotes.indirect.that-clause")] // told with an object
    [InlineData("Wang said sanctions announced by Washington on Wednesday were unfair.", "sanctions announced by Washington on Wednesday were unfair", "Wang", "said", "quotes.indirect.bare-clause")] // a participle phrase before the subject's verb
    [InlineData("Officials said the talks had failed.", "the talks had failed", "Officials", "said", "quotes.indirect.bare-clause")] // that-less
    [InlineData("Morales resigned over a disputed election, bowing to pressure from the army, who said he should step down.", "he should step down", "the army", "said", "quotes.indirect.bare-clause")] // 'who' after a participle phrase hangs on the phrase's last noun
    [InlineData("Seoul and Pyongyang are unlikely to hold in-depth discussions, informed sources said.", "Seoul and Pyongyang are unlikely", "informed sources", "said", "quotes.indirect.trailing-cue")] // the clause before, the speaker after
    [InlineData("Still, the government is worried about concessions, the sources said.", "the government is worried about concessions", "the sources", "said", "quotes.indirect.trailing-cue")] // leading adverb dropped
    [InlineData("Moon highlighted the need to resume dialogue, according to a source familiar with the Tokyo-Seoul relations.", "Moon highlighted the need to resume dialogue", "a source familiar with the Tokyo-Seoul relations", "according to", "quotes.indirect.according-to")] // according to after
    [InlineData("However, according to the presidential office, Abe understood Moon’s position.", "Abe understood Moon’s position", "the presidential office", "according to", "quotes.indirect.according-to")] // according to before
    [InlineData("A senior official from the Japanese government expressed concern that a dialogue could affect the alliance.", "a dialogue could affect the alliance", "A senior official from the Japanese government", "expressed concern", "quotes.indirect.that-clause")] // two-word cue
    [InlineData("Kim rejected the offer, saying that the time was wrong.", "the time was wrong", "Kim", "saying", "quotes.indirect.participle")] // participle
    [InlineData("The minister was quoted as saying the talks had failed.", "the talks had failed", "The minister", "saying", "quotes.indirect.participle")] // quoted as saying
    [InlineData("The official said talks would resume next week.", "talks would resume next week", "The official", "said", "quotes.indirect.bare-clause")] // a bare noun subject before its auxiliary
    [InlineData("The agency said there was no evidence of a leak.", "there was no evidence of a leak", "The agency", "said", "quotes.indirect.bare-clause")] // existential "there"
    [InlineData("Late on Sunday, the president said troops would be leaving.", "troops would be leaving", "the president", "said", "quotes.indirect.bare-clause")] // an opener is not the report
    [InlineData("The premier recommended that foreign troops leave the country.", "foreign troops leave the country", "The premier", "recommended", "quotes.indirect.that-clause")] // recommend that
    [InlineData("The death toll rose to 22 on Monday, reported officials, with 25 others injured.", "The death toll rose to 22 on Monday", "officials", "reported", "quotes.indirect.trailing-cue-inverted")] // inverted after a comma
    [InlineData("The talks collapsed, said Russian officials.", "The talks collapsed", "Russian officials", "said", "quotes.indirect.trailing-cue-inverted")] // inverted, a name in the phrase
    [InlineData("Chief Executive Carrie Lam said in a televised statement late Wednesday that the protests were riots.", "the protests were riots", "Chief Executive Carrie Lam", "said", "quotes.indirect.that-clause")] // a statement and a time before that
    [InlineData("The ministry said at a news conference in Geneva on Monday that the talks had failed.", "the talks had failed", "The ministry", "said", "quotes.indirect.that-clause")] // several adjuncts before that
    [InlineData("South Africa’s President Jacob Zuma said on Sunday he was cautiously optimistic.", "he was cautiously optimistic", "South Africa’s President Jacob Zuma", "said", "quotes.indirect.bare-clause")] // a time adjunct before a that-less clause
    [InlineData("The army said late on Tuesday the rebels had withdrawn from the town.", "the rebels had withdrawn from the town", "The army", "said", "quotes.indirect.bare-clause")] // "late on Tuesday" before the clause
    [InlineData("The minister said in a statement the border would stay closed.", "the border would stay closed", "The minister", "said", "quotes.indirect.bare-clause")] // "in a statement" before the clause
    [InlineData("Prime Minister Binali Yildirim told reporters the situation was fully under control.", "the situation was fully under control", "Prime Minister Binali Yildirim", "told", "quotes.indirect.bare-clause")] // told a listener, then a that-less clause
    [InlineData("President Sample Trump, speaking at the White House on Wednesday morning, said no Americans were harmed.", "no Americans were harmed", "President Sample Trump", "said", "quotes.indirect.bare-clause")] // a participle phrase between the speaker and the cue; "no" opens the clause
    [InlineData("Israeli air strikes killed at least 42 Palestinians in Gaza on Sunday, health officials said, the deadliest day since fighting erupted between Israel and Hamas nearly a week ago.", "Israeli air strikes killed at least 42 Palestinians in Gaza on Sunday", "health officials", "said", "quotes.indirect.trailing-cue")] // a long apposition after the attribution
    [InlineData("Russia launched drone attacks on Kyiv early on Wednesday, officials said on Wednesday, as Ukraine’s president pressed Western allies for more air defence systems.", "Russia launched drone attacks on Kyiv early on Wednesday", "officials", "said", "quotes.indirect.trailing-cue")] // a long clause after the attribution
    [InlineData("The guardrail would be examined, Roberts said, to determine if it had performed as designed.", "The guardrail would be examined", "Roberts", "said", "quotes.indirect.trailing-cue")] // an infinitive of purpose after the attribution
    [InlineData("The Patriot system could be delivered in the coming weeks, a U.S. official said, speaking on condition of anonymity.", "The Patriot system could be delivered in the coming weeks", "a U.S. official", "said", "quotes.indirect.trailing-cue")] // a participle after the attribution
    [InlineData("President Sample Obama offered condolences to the Castro family and said history would judge his enormous impact.", "history would judge his enormous impact", "President Sample Obama", "said", "quotes.indirect.bare-clause")] // a cue coordinated with the subject's first verb
    [InlineData("Police said about 1,500 people had been detained since Sunday.", "about 1,500 people had been detained since Sunday", "Police", "said", "quotes.indirect.bare-clause")] // a hedged count opens the clause
    [InlineData("The health ministry said at least 20 people were killed in the strikes.", "at least 20 people were killed in the strikes", "The health ministry", "said", "quotes.indirect.bare-clause")] // "at least" is no preposition here
    [InlineData("Neighbors told CBS station KDKA-TV that the area is usually quiet.", "the area is usually quiet", "Neighbors", "told", "quotes.indirect.that-clause")] // a hyphenated listener
    [InlineData("Zelenskiy told a meeting of the Group of Seven leaders on Monday that Ukraine needed more gas.", "Ukraine needed more gas", "Zelenskiy", "told", "quotes.indirect.that-clause")] // a long listener before that
    public void Reported_speech_is_an_indirect_quote(string text, string clause, string speaker, string cue, string rule)
    {
        var document = TestDocuments.Quoted(text);
        var quote = Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Contains(clause, document.TextOf(quote.Span), StringComparison.Ordinal);
        Assert.Equal(speaker, document.SpeakerText(quote));
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(rule, quote.Evidence.Rule);
    }

    [Theory]
    [InlineData("He declined to say whether talks would resume.")] // negated cue
    [InlineData("He didn’t say the talks would resume.")] // negated with a clitic
    [InlineData("The government believes that talks are useless.")] // a verb of thinking is not a report
    [InlineData("The report said in March.")] // no clause after the cue
    [InlineData("He said.")] // nothing reported
    [InlineData("The nominee answered some questions about his campaign from accredited reporters.")] // answered takes an object
    [InlineData("Biden announced his plan to choose a woman to be his running mate.")] // an infinitive is not a finite verb
    [InlineData("Gregory Example, who had started the project in 2004, announced a new operating system.")] // what is announced is no speaker
    [InlineData("In her Facebook video, Jorgensen confirmed the news.")] // an adverbial before the speaker is not a reported clause
    [InlineData("The governor announced his resignation effective next Wednesday.")] // an object, not a that-less clause
    [InlineData("In 1962, when the drummer was leaving the band, Watts recommended Baker as his replacement.")] // the cue's own object follows
    [InlineData("The ministry said in a report that was published on Monday.")] // a relative "that" after an adjunct
    [InlineData("The president told reporters on the plane.")] // a listener and nothing reported
    [InlineData("Hawkins renewed his support for the Green New Deal and added a call for the abolition of nuclear weapons.")] // a coordinated cue with an object
    [InlineData("Residents will work together and then tell their leader to consider these solutions.")] // a bare form after a modal
    [InlineData("Many of the cultures in the mountains of the north, the complaint pointed out, have a concept of family of their own.")] // an attribution that interrupts its clause
    [InlineData("The Electronic Frontier Foundation explained why that was so.")] // "that" is no complementizer here
    [InlineData("To date, the president's claims of widespread voter fraud have not gained any momentum in the courts.")] // "claims" is a noun
    public void Non_reports_are_not_quotes(string text)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Empty(document.Quotes);
    }

    [Fact]
    public void A_direct_quote_with_its_cue_before_according_to_is_no_indirect_quote()
    {
        var document = TestDocuments.Quoted("“We will not let anyone tear the country apart,” he said, according to the state news agency Belta.");
        Assert.DoesNotContain(document.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Direct);
    }

    [Fact]
    public void A_sentence_that_goes_on_after_an_attribution_is_read_on()
    {
        var document = TestDocuments.Quoted(
            "The two sides have begun implementing the peace deal, the African Union’s envoy said on Tuesday, but aid groups warned that access to the region remained limited.");
        var first = document.QuoteWith("have begun implementing");
        Assert.Equal("the African Union’s envoy", document.SpeakerText(first));
        var second = document.QuoteWith("access to the region remained limited");
        Assert.Equal("aid groups", document.SpeakerText(second));

        document = TestDocuments.Quoted(
            "Strong winds over the Channel made the crossing difficult, Zapata said, adding it required much endurance to stay airborne.");
        Assert.Equal("Zapata", document.SpeakerText(document.QuoteWith("Strong winds over the Channel")));
        Assert.Equal("Zapata", document.SpeakerText(document.QuoteWith("it required much endurance")));
    }

    [Theory]
    [InlineData("Kremlin spokesman Sample Peskov said there would be no Christmas truce, and Foreign Minister Sample Lavrov accused the United States of being a party to the conflict.", "there would be no Christmas truce")] // ", and" opens a clause with its own subject
    [InlineData("The ministry said the border would stay closed, but President Sample Ruto insisted trade would go on.", "the border would stay closed")] // ", but" with a reporting verb of its own
    [InlineData("After Sample Trump suggested in a tweet that mail-in voting could result in fraud, early August debate centered on the Postal Service.", "mail-in voting could result in fraud")] // the cue inside an opening clause
    [InlineData("When the minister said that Sample Biden, who is 77, was too old, Democrats protested.", "Sample Biden, who is 77, was too old")] // a relative clause inside the opening one
    [InlineData("The army said the rebels had withdrawn, and the villagers had returned to their homes.", "the rebels had withdrawn, and the villagers had returned to their homes")] // a backshifted clause stays in the report
    public void A_reported_clause_ends_where_the_next_clause_begins(string text, string clause)
    {
        var document = TestDocuments.Quoted(text);
        var quote = document.Quotes.First(q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(clause, document.TextOf(quote.Span));
    }

    [Fact]
    public void A_partial_quote_takes_the_speaker_of_its_reported_clause()
    {
        var document = TestDocuments.Quoted(
            "Moon told the meeting that he wanted Abe to understand South Korea “has endured” the threat, according to the source.");
        var partial = document.QuoteWith("has endured");
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("Moon", document.SpeakerText(partial));
        Assert.Equal("quotes.partial.reported-clause", partial.Evidence.Rule);
        var indirect = Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.DoesNotContain("according", document.TextOf(indirect.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_quote_in_a_that_clause_takes_the_reporting_speaker()
    {
        var document = TestDocuments.Quoted("North Korea’s state media KCNA said in a commentary that the drills were “a rehearsal for war.”");
        var partial = document.QuoteWith("rehearsal");
        Assert.Equal(QuoteKind.Partial, partial.Kind);
        Assert.Equal("North Korea’s state media KCNA", document.SpeakerText(partial));
    }

    [Fact]
    public void A_cue_used_by_a_direct_quote_is_not_reported_again()
    {
        var document = TestDocuments.Quoted("Suga said, “We don’t think the offer will cause a problem.”");
        Assert.Single(document.Quotes);
        Assert.Equal(QuoteKind.Direct, document.Quotes[0].Kind);
    }

    [Fact]
    public void Cues_inside_a_quote_are_not_reports()
    {
        var document = TestDocuments.Quoted("“They said the talks failed,” Kim told reporters.");
        Assert.Single(document.Quotes);
        Assert.Equal("Kim", document.SpeakerText(document.Quotes[0]));
    }
}
