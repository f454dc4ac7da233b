using Dyad.Core;

namespace Dyad.Quotes.Tests;

public sealed class SpeakerTests
{
    [Theory]
    [InlineData("“South Korea is out of step,” a senior official at the Foreign Ministry lamented.", "out of step", "a senior official at the Foreign Ministry", "lamented", "quotes.direct.trailing-cue")] // speaker then cue after the quote
    [InlineData("“We need to keep in touch,” another government source stressed.", "keep in touch", "another government source", "stressed", "quotes.direct.trailing-cue")] // determiner another
    [InlineData("“No problem,” Japanese Chief Cabinet Secretary Yoshihide Suga said at a news conference on Tuesday.", "No problem", "Japanese Chief Cabinet Secretary Yoshihide Suga", "said", "quotes.direct.trailing-cue")] // title and name, adjuncts after the cue
    [InlineData("“We are ready,” said Kim Jong-un, the North’s leader.", "We are ready", "Kim Jong-un, the North’s leader", "said", "quotes.direct.trailing-cue-inverted")] // inverted with apposition
    [InlineData("“We are ready,” says Moon.", "We are ready", "Moon", "says", "quotes.direct.trailing-cue-inverted")] // inverted present tense
    [InlineData("“The plan will fail,” Martin Example opines.", "plan will fail", "Martin Example", "opines", "quotes.direct.trailing-cue")] // a cue next to quotation marks only
    [InlineData("“We are ready” the official said.", "We are ready", "the official", "said", "quotes.direct.trailing-cue")] // no comma
    [InlineData("“We are ready,” he also said.", "We are ready", "he", "said", "quotes.direct.trailing-cue")] // pronoun and adverb
    [InlineData("“We are ready,” Kim, a ruling party lawmaker, told reporters.", "We are ready", "Kim, a ruling party lawmaker", "told", "quotes.direct.trailing-cue")] // apposition between commas
    [InlineData("“We are ready,” according to a diplomatic source in Seoul.", "We are ready", "a diplomatic source in Seoul", "according to", "quotes.direct.according-to")] // according to
    [InlineData("Suga said, “We don’t think it will cause a problem.”", "cause a problem", "Suga", "said", "quotes.direct.leading-cue")] // cue before the quote
    [InlineData("The ministry said in a statement: “Talks are welcome.”", "Talks are welcome", "The ministry", "said", "quotes.direct.leading-cue")] // adjunct and colon
    [InlineData("Prime Minister Shinzo Abe told reporters, “Now is not the time.”", "Now is not the time", "Prime Minister Shinzo Abe", "told", "quotes.direct.leading-cue")] // told with its object
    [InlineData("An official from the South Korean government defended Moon’s position, saying, “We will not know unless we meet.”", "unless we meet", "An official from the South Korean government", "saying", "quotes.direct.participle-cue")] // participle: the clause's subject speaks
    [InlineData("With Moon leaning toward dialogue, “South Korea is out of step,” a senior official lamented.", "out of step", "a senior official", "lamented", "quotes.direct.trailing-cue")] // quote after an adverbial clause
    [InlineData("“Reconciliation is in his DNA. We should closely watch” what may be happening between the Koreas, the official said.", "Reconciliation", "the official", "said", "quotes.direct.trailing-cue")] // cue in the next sentence after the quote's words go on
    [InlineData("“We are ready.” Kim said.", "We are ready", "Kim", "said", "quotes.direct.next-sentence")] // the attribution is a sentence of its own
    [InlineData("“We are ready,” the spokesman for the ministry, Lee Min-ho, said.", "We are ready", "the spokesman for the ministry, Lee Min-ho", "said", "quotes.direct.trailing-cue")] // name in apposition after the role
    [InlineData("The research was led by Mark Hay, a marine ecologist, who said “There is a lot of argument.”", "argument", "Mark Hay, a marine ecologist", "said", "quotes.direct.leading-cue")] // relative clause: who said
    [InlineData("Erdoğan cited Article 5 of the treaty and said, “They need to stand by us.”", "stand by us", "Erdoğan", "said", "quotes.direct.leading-cue")] // coordinated verbs share the subject
    [InlineData("Trump said on Friday “I can do it if I want.”", "I can do it", "Trump", "said", "quotes.direct.leading-cue")] // time adjunct without a comma
    [InlineData("The senator went on to say, “We will vote no.”", "vote no", "The senator", "say", "quotes.direct.leading-cue")] // infinitive after "went on"
    [InlineData("Minister Ravi Example proposed: “Let us meet in May.”", "meet in May", "Minister Ravi Example", "proposed", "quotes.direct.leading-cue")] // a past-tense verb before a colon
    [InlineData("Ann Roe, a doctoral candidate at the University of Oslo, said, “The data are clear.”", "data are clear", "Ann Roe, a doctoral candidate at the University of Oslo", "said", "quotes.direct.leading-cue")] // apposition with a prepositional phrase
    [InlineData("Another co-author, engineering professor Julian Marshall, said, “We have seen it before.”", "seen it before", "Another co-author, engineering professor Julian Marshall", "said", "quotes.direct.leading-cue")] // named phrase between commas
    [InlineData("Nikki Holland of the National Crime Agency (NCA) said, “They cannot hide.”", "cannot hide", "Nikki Holland of the National Crime Agency (NCA)", "said", "quotes.direct.leading-cue")] // acronym in brackets
    [InlineData("Trump’s statement read: “Hamza bin Ladin was killed.”", "was killed", "Trump’s statement", "read", "quotes.direct.leading-cue")] // a statement reads
    [InlineData("Actor Denzel Washington, who paid for Boseman to attend BADA, stated “He was a gentle soul.”", "gentle soul", "Actor Denzel Washington", "stated", "quotes.direct.leading-cue")] // a relative clause between speaker and cue
    [InlineData("Hurley, on radio following the ride to low Earth orbit, said, “It was incredible.”", "incredible", "Hurley", "said", "quotes.direct.leading-cue")] // an interjection between speaker and cue
    [InlineData("Colonel Amadou Sample, flanked by nine officers, said, “The regime has ended.”", "regime has ended", "Colonel Amadou Sample", "said", "quotes.direct.leading-cue")] // a participle phrase between speaker and cue
    [InlineData("According to political scholar Kelly Dittmar, “Women hold fewer seats.”", "fewer seats", "political scholar Kelly Dittmar", "according to", "quotes.direct.according-to")] // according to before the quote
    [InlineData("Legislator Tanya Chan spoke to the press after the speech: “Please step down.”", "step down", "Legislator Tanya Chan", "spoke", "quotes.direct.leading-cue")] // adjuncts and a colon
    [InlineData("Ex-Prime Minister Donald Tusk, the current President of the European Council, wrote “Let us pray.”", "Let us pray", "Ex-Prime Minister Donald Tusk, the current President of the European Council", "wrote", "quotes.direct.leading-cue")] // long apposition
    [InlineData("Scientist Rebecca Falconer, an undergraduate who led one of the studies, said “Sutures scar.”", "Sutures scar", "Scientist Rebecca Falconer, an undergraduate", "said", "quotes.direct.leading-cue")] // apposition with a relative clause
    [InlineData("Moon: “We will talk to the North”\n\nThe body starts here.", "talk to the North", "Moon", null, "quotes.direct.colon-speaker")] // headline: speaker, colon, quote
    [InlineData("Kim told reporters on Monday:\n\n“We are ready for talks.”", "ready for talks", "Kim", "told", "quotes.direct.leading-cue")] // the cue closes the paragraph before
    [InlineData("“We will never accept this,” said a spokesman for the ministry, who declined to be named.", "never accept", "a spokesman for the ministry", "said", "quotes.direct.trailing-cue-inverted")] // inverted, relative clause not kept
    [InlineData("Trump, speaking at the White House, said: “We are going to take care of it.”", "take care", "Trump", "said", "quotes.direct.leading-cue")] // participial interjection
    [InlineData("“It is a mistake,” the official, who spoke on condition of anonymity, said.", "mistake", "the official", "said", "quotes.direct.trailing-cue")] // anonymity clause
    [InlineData("“It is a mistake,” he told The Associated Press.", "mistake", "he", "told", "quotes.direct.trailing-cue")] // told a news agency
    [InlineData("China’s foreign ministry spokesman Geng Shuang said, “We oppose it.”", "oppose it", "China’s foreign ministry spokesman Geng Shuang", "said", "quotes.direct.leading-cue")] // possessive country and role
    [InlineData("Remarked the agency's director, Maria Lopez, “The figures speak for themselves.”", "speak for themselves", "the agency's director, Maria Lopez", "Remarked", "quotes.direct.leading-cue-inverted")] // cue first, speaker after it, then the quote
    [InlineData("Added Institute for Fiscal Studies economist Paul Grant, “The deficit will grow.”", "deficit will grow", "Institute for Fiscal Studies economist Paul Grant", "Added", "quotes.direct.leading-cue-inverted")] // inverted with an affiliation before the role
    [InlineData("The palace released a statement from the queen: “We are deeply saddened.”", "deeply saddened", "the queen", "statement", "quotes.direct.statement-colon")] // a statement from someone, then a colon
    [InlineData("The White House issued a statement on Sunday: “The talks were productive.”", "were productive", "The White House", "statement", "quotes.direct.statement-colon")] // the subject issues the statement
    [InlineData("Engineer Ana Silva recounted, “The water rose in minutes.”", "rose in minutes", "Engineer Ana Silva", "recounted", "quotes.direct.leading-cue")] // a narrative cue next to the marks
    [InlineData("Ross continued, “And we will be back next year.”", "back next year", "Ross", "continued", "quotes.direct.leading-cue")] // continued as a cue
    [InlineData("Professor Lee, in remarks to news site example.co.uk, said, “The reef is recovering.”", "reef is recovering", "Professor Lee", "said", "quotes.direct.leading-cue")] // a dotted web address inside an interjection
    public void The_speaker_is_found_in_every_news_order(string text, string quote, string speaker, string? cue, string rule)
    {
        var document = TestDocuments.Quoted(text);
        var found = document.QuoteWith(quote);
        Assert.Equal(QuoteKind.Direct, found.Kind);
        Assert.Equal(speaker, document.SpeakerText(found));
        Assert.Equal(cue, found.Cue);
        Assert.Equal(rule, found.Evidence.Rule);
        Assert.Equal("dyad.quotes.v1", found.Evidence.Stage);
    }

    [Fact]
    public void A_following_according_to_sentence_is_not_the_attribution_of_a_continued_quote()
    {
        var document = TestDocuments.Quoted("“This is a dark day,” the spokesman told reporters. “We expect answers.” According to the ministry, the strike was ordered by the president.");
        Assert.Equal("the spokesman", document.SpeakerText(document.QuoteWith("We expect answers")));
    }

    [Theory]
    [InlineData("Kim spoke at length on Tuesday.\n\n“We will not back down.”", "back down")] // the previous paragraph names Kim but not as a speaker: no guess
    public void A_quote_without_any_speaker_keeps_none(string text, string quote)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Null(document.QuoteWith(quote).Speaker);
    }

    [Theory]
    [InlineData("Interior Minister Joachim Brudziński called the stabbing “an act of inexplicable barbarity.”", "barbarity", "Interior Minister Joachim Brudziński")] // called X “…”
    [InlineData("The U.S. side later accused the Chinese delegation of “grandstanding.”", "grandstanding", "The U.S. side")] // accused X of “…”
    [InlineData("Japan on Friday protested the decision, calling it “extremely regrettable” as the dispute deepened.", "extremely regrettable", "Japan")] // a participle after a comma speaks for its clause's subject
    [InlineData("The Pentagon expressed “strong concern and disappointment” over the decision.", "strong concern", "The Pentagon")] // expressed “…”
    [InlineData("Biden referred to the people as “chumps.”", "chumps", "Biden")] // referred to X as “…”
    [InlineData("Prime Minister Jane Example on Sunday called the attack “cowardly” and vowed to act.", "cowardly", "Prime Minister Jane Example")] // a time between subject and verb
    [InlineData("Senator Jane Example last week called the plan “reckless” in a speech.", "reckless", "Senator Jane Example")] // "last week" between subject and verb
    [InlineData("That year’s H1N1 was commonly called “swine flu.”", "swine flu", null)] // a passive names no speaker
    [InlineData("The earthquake caused a “mini tsunami” in Izmir.", "mini tsunami", null)] // scare quotes have no speaker
    [InlineData("The next day, President Jane Example delivered a speech declaring herself the “president of law and order.”", "law and order", "President Jane Example")] // a time phrase is not the subject
    public void Partial_quotes_take_the_speaker_of_an_evaluative_verb(string text, string quote, string? speaker)
    {
        var document = TestDocuments.Quoted(text);
        var found = document.QuoteWith(quote);
        Assert.Equal(QuoteKind.Partial, found.Kind);
        Assert.Equal(speaker, document.SpeakerText(found));
    }

    [Theory]
    [InlineData("Governor Jane Example addressed the public: “No one should take this storm lightly.”", "storm lightly", "Governor Jane Example")] // a colon closing the subject's clause
    [InlineData("Former deputy director Jane Example praised Mendez on Twitter: “Tony was one of the best.”", "one of the best", "Former deputy director Jane Example")] // the verb before the colon need not be a verb of saying
    [InlineData("The rules are simple: “No phones in class.”", "No phones", null)] // a subject that names no one does not speak
    [InlineData("Fashion designer Jane Example described the star in 2002: “She was America.”", "She was America", null)] // no half a name as the speaker
    public void A_colon_after_a_clause_names_its_subject_as_the_speaker(string text, string quote, string? speaker)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Equal(speaker, document.SpeakerText(document.QuoteWith(quote)));
    }

    [Theory]
    [InlineData("The prison said an inmate had been stabbed: “There was an assault on Friday.”", "assault on Friday", "The prison")] // a passive before the colon is not the cue
    [InlineData("It is too easy for people to say “Well, we lost that one.”", "lost that one", null)] // an infinitive after an adjective names no speaker
    public void Cue_lookalikes_do_not_name_the_speaker(string text, string quote, string? speaker)
    {
        var document = TestDocuments.Quoted(text);
        var found = document.QuoteWith(quote);
        Assert.Equal(speaker, document.SpeakerText(found));
    }

    [Fact]
    public void A_quote_paragraph_without_a_cue_continues_the_previous_speaker()
    {
        var document = TestDocuments.Quoted(
            "“We are ready for talks,” Kim said on Tuesday.\n\n“We have always been ready.”\n\nThe talks start on Friday.");
        var quote = document.QuoteWith("always been ready");
        Assert.Equal("Kim", document.SpeakerText(quote));
        Assert.Equal("quotes.direct.previous-paragraph", quote.Evidence.Rule);
    }

    [Fact]
    public void A_second_quote_in_the_paragraph_keeps_the_speaker()
    {
        var document = TestDocuments.Quoted("“We are ready,” Kim said. “We have always been ready.”");
        var quote = document.QuoteWith("always been ready");
        Assert.Equal("Kim", document.SpeakerText(quote));
        Assert.Equal("quotes.direct.previous-sentence", quote.Evidence.Rule);
    }

    [Fact]
    public void The_speaker_in_the_previous_sentence_speaks_a_following_quote()
    {
        var document = TestDocuments.Quoted("Kim said the offer stood. “We have always been ready.”");
        Assert.Equal("Kim", document.SpeakerText(document.QuoteWith("always been ready")));
    }

    [Theory]
    [InlineData("The rebel group opposed the withdrawal and said it had been given “assurances that no attack would follow.”", "assurances", "The rebel group")] // coordinated cue earlier in the sentence
    [InlineData("Mayor Tom Hale told local radio the bridge had been inspected “and there is no danger at all.”", "no danger", "Mayor Tom Hale")] // told with an object and a that-less clause before the quote
    [InlineData("“We are ready,” the spokesman said, adding that talks “could begin soon.”", "begin soon", "the spokesman")] // a participle takes the speaker named before it in the sentence
    [InlineData("Senator Ruiz claimed there were “serious errors” in the count.", "serious errors", "Senator Ruiz")] // a short quote inside a report
    [InlineData("Trump described the convention as a “Hollywood-produced infomercial.”", "infomercial", "Trump")] // an evaluative verb names the speaker of a quote that ends the sentence
    public void A_quote_inside_a_sentence_takes_the_cue_earlier_in_it(string text, string quote, string speaker)
    {
        var document = TestDocuments.Quoted(text);
        var found = document.QuoteWith(quote);
        Assert.Equal(speaker, document.SpeakerText(found));
    }

    [Theory]
    [InlineData("The minister was told by aides of “grave risks to the plan.”", "grave risks")] // passive: the subject is the one told, not the speaker
    [InlineData("The company declined to say whether it had “any plans to appeal.”", "plans to appeal")] // a refusal to speak is no report
    [InlineData("The outbreak was commonly called “the new flu” by the press.", "new flu")] // a passive with an adverb: the subject is what was named
    public void A_cue_that_reports_nothing_gives_no_speaker(string text, string quote)
    {
        var document = TestDocuments.Quoted(text);
        Assert.Null(document.QuoteWith(quote).Speaker);
    }
}
