using Dyad.Core;

namespace Dyad.Quotes.Tests;

public sealed class PronounMentionTests
{
    [Fact]
    public void We_inside_a_direct_quote_refers_to_its_speaker()
    {
        var document = TestDocuments.Quoted(
            "“We will respond to any attack on our soil,” the Iranian foreign minister said.",
            new HandMention("Iranian foreign minister", MentionKind.Person, "IRNGOV", "IRN", "GOV"));
        var we = document.Mentions.Where(m => m.Evidence.Rule == "quotes.first-person-plural").ToList();
        Assert.Equal(["We", "our"], we.Select(m => document.TextOf(m.Span)));
        Assert.All(we, m => Assert.Equal(("IRNGOV", "IRN", 0), (m.Actor, m.Country, m.RefersTo)));
    }

    [Fact]
    public void A_pronoun_speaker_becomes_a_mention_of_the_one_named_before()
    {
        var document = TestDocuments.Quoted(
            "The Iranian foreign minister spoke on Friday. He said that talks would resume.",
            new HandMention("Iranian foreign minister", MentionKind.Person, "IRNGOV", "IRN", "GOV"));
        var quote = document.QuoteWith("talks would resume");
        var mention = document.Mentions[Assert.IsType<int>(quote.Speaker!.Mention)];
        Assert.Equal("He", document.TextOf(mention.Span));
        Assert.Equal((MentionKind.Person, "IRNGOV", 0), (mention.Kind, mention.Actor, mention.RefersTo));
    }

    [Fact]
    public void A_sentence_opening_he_stands_for_the_first_person_named_in_the_sentence_before()
    {
        var document = TestDocuments.Quoted(
            "The Iranian foreign minister met the Turkish president on Monday. He criticized the sanctions.",
            new HandMention("Iranian foreign minister", MentionKind.Person, "IRNGOV", "IRN", "GOV"),
            new HandMention("Turkish president", MentionKind.Person, "TURGOV", "TUR", "GOV"));
        var he = Assert.Single(document.Mentions, m => m.Evidence.Rule == "quotes.pronoun.subject");
        Assert.Equal("He", document.TextOf(he.Span));
        Assert.Equal(("IRNGOV", "IRN", "GOV", 0), (he.Actor, he.Country, he.Agent, he.RefersTo));
    }

    [Theory]
    // The sentence's subject greets someone else: the person of the sentence before.
    [InlineData("The Russian president arrived on Tuesday. The North Korean leader greeted him at the airport.", "RUSGOV")]
    // Another person named after the subject in the same sentence.
    [InlineData("The Japanese premier met the Russian president and told him that talks would resume.", "RUSGOV")]
    // A body as subject: the person it acted on.
    [InlineData("The ministry summoned the Russian president and warned him.", "RUSGOV")]
    // A fronted phrase is not the subject.
    [InlineData("The Russian president arrived. After the vote, the North Korean leader appointed him envoy.", "RUSGOV")]
    public void An_object_him_stands_for_a_person_other_than_the_subject(string text, string actor)
    {
        HandMention[] all =
        [
            new("Japanese premier", MentionKind.Person, "JPNGOV", "JPN", "GOV"),
            new("Russian president", MentionKind.Person, "RUSGOV", "RUS", "GOV"),
            new("North Korean leader", MentionKind.Person, "PRKGOV", "PRK", "GOV"),
            new("ministry", MentionKind.Organization, "JPNGOV", "JPN", "GOV"),
        ];
        var document = TestDocuments.Quoted(text, all.Where(m => text.Contains(m.Text, StringComparison.Ordinal)).OrderBy(m => text.IndexOf(m.Text, StringComparison.Ordinal)).ToArray());
        var him = Assert.Single(document.Mentions, m => m.Evidence.Rule == "quotes.pronoun.object");
        Assert.Equal("him", document.TextOf(him.Span));
        Assert.Equal(actor, him.Actor);
    }

    [Theory]
    [InlineData("The Russian president met the Japanese premier, who praised him.")] // a relative clause's object is not the person it follows
    [InlineData("The Russian president praised her government.")] // "her" before a noun is a possessive
    [InlineData("The Russian president said: “Nobody told him anything.”")] // inside a quotation
    public void An_object_pronoun_without_a_safe_antecedent_stays_unresolved(string text)
    {
        HandMention[] all =
        [
            new("Japanese premier", MentionKind.Person, "JPNGOV", "JPN", "GOV"),
            new("Russian president", MentionKind.Person, "RUSGOV", "RUS", "GOV"),
        ];
        var document = TestDocuments.Quoted(text, all.Where(m => text.Contains(m.Text, StringComparison.Ordinal)).OrderBy(m => text.IndexOf(m.Text, StringComparison.Ordinal)).ToArray());
        Assert.DoesNotContain(document.Mentions, m => m.Evidence.Rule == "quotes.pronoun.object");
    }

    [Fact]
    public void A_sentence_opening_he_with_no_person_named_before_stays_unresolved()
    {
        var document = TestDocuments.Quoted(
            "The storm hit the coast on Monday. He was not at home.",
            new HandMention("coast", MentionKind.Location, null, null, null));
        Assert.DoesNotContain(document.Mentions, m => m.Evidence.Rule == "quotes.pronoun.subject");
    }

    [Fact]
    public void A_pronoun_speaking_two_quotes_is_one_mention()
    {
        var document = TestDocuments.Quoted(
            "The Iranian foreign minister spoke on Friday. “We put no pressure on them,” he told the press. “None at all.”",
            new HandMention("Iranian foreign minister", MentionKind.Person, "IRNGOV", "IRN", "GOV"));
        var he = Assert.Single(document.Mentions, m => document.TextOf(m.Span) == "he");
        int index = document.Mentions.IndexOf(he);
        Assert.All(document.Quotes, q => Assert.Equal(index, q.Speaker?.Mention));
    }

    [Fact]
    public void Running_the_stage_again_does_not_add_the_mentions_twice()
    {
        var document = TestDocuments.Quoted(
            "“We are ready,” the Iranian foreign minister said.",
            new HandMention("Iranian foreign minister", MentionKind.Person, "IRNGOV", "IRN", "GOV"));
        int count = document.Mentions.Count;
        new QuoteStage().Run(document, TestContext.Current.CancellationToken);
        Assert.Equal(count, document.Mentions.Count);
    }

    [Fact]
    public void Us_in_capitals_and_speakers_without_codes_add_nothing()
    {
        var document = TestDocuments.Quoted("“US forces are ready, and we know it,” a local farmer said.");
        Assert.DoesNotContain(document.Mentions, m => m.Evidence.Stage == QuoteStage.Name);
    }
}
