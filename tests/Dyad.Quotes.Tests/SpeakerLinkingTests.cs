using Dyad.Core;

namespace Dyad.Quotes.Tests;

public sealed class SpeakerLinkingTests
{
    [Fact]
    public void The_person_inside_the_speaker_phrase_gives_the_codes()
    {
        var document = TestDocuments.Quoted(
            "“No problem,” Japanese Chief Cabinet Secretary Yoshihide Suga said.",
            new HandMention("Japanese", MentionKind.Country, "JPN", "JPN", null),
            new HandMention("Yoshihide Suga", MentionKind.Person, "JPNGOV", "JPN", "GOV"));
        var speaker = document.Quotes[0].Speaker!;
        Assert.Equal(1, speaker.Mention);
        Assert.Equal("JPNGOV", speaker.Actor);
        Assert.Equal("JPN", speaker.Country);
    }

    [Fact]
    public void He_is_the_first_person_of_the_latest_sentence_that_names_one()
    {
        var document = TestDocuments.Quoted(
            "“We agree,” Prime Minister Sample Tanaka said. Vladimir Putin met Recep Erdogan on Monday. “We stand together,” he said.",
            new HandMention("Sample Tanaka", MentionKind.Person, "JPNGOV", "JPN", "GOV"),
            new HandMention("Vladimir Putin", MentionKind.Person, "RUSGOV", "RUS", "GOV"),
            new HandMention("Recep Erdogan", MentionKind.Person, "TURGOV", "TUR", "GOV"));
        var speaker = document.Quotes[1].Speaker!;
        Assert.Equal("RUSGOV", speaker.Actor);
    }

    [Fact]
    public void She_is_the_person_titled_as_a_woman()
    {
        var document = TestDocuments.Quoted(
            "President Sample Trump met Queen Sample Elizabeth at the palace on Monday. “It is an honour to welcome you,” she said.",
            new HandMention("President Sample Trump", MentionKind.Person, "USAGOV", "USA", "GOV"),
            new HandMention("Queen Sample Elizabeth", MentionKind.Person, "GBRGOV", "GBR", "GOV"));
        Assert.Equal("GBRGOV", document.QuoteWith("honour").Speaker!.Actor);
    }

    [Fact]
    public void He_passes_over_a_person_titled_as_a_woman()
    {
        var document = TestDocuments.Quoted(
            "Mrs. Sample May met Sample Juncker in Brussels on Tuesday. “The deal is dead,” he said.",
            new HandMention("Mrs. Sample May", MentionKind.Person, "GBRGOV", "GBR", "GOV"),
            new HandMention("Sample Juncker", MentionKind.Person, "IGOEUREEC", "IGO", null));
        Assert.Equal("IGOEUREEC", document.QuoteWith("deal is dead").Speaker!.Actor);
    }

    [Fact]
    public void A_body_set_apart_by_its_modifier_keeps_only_the_state_named_before()
    {
        var document = TestDocuments.Quoted(
            "Police detained opposition activists in Minsk. The central election commission said on Monday that Sample Lukashenko had won 80 percent of the vote.",
            new HandMention("Police", MentionKind.Organization, "BLRCOP", "BLR", "COP"),
            new HandMention("opposition activists", MentionKind.Group, "BLROPP", "BLR", "OPP"));
        var speaker = Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Indirect).Speaker!;
        Assert.Equal("BLR", speaker.Actor);
        Assert.Equal("BLR", speaker.Country);
    }

    [Fact]
    public void The_wire_credited_in_the_dateline_is_no_antecedent()
    {
        const string text = "KHARTOUM (Reuters) - The Sudanese Professionals Association rejected the plan. “This is a coup,” the association said.";
        var document = TestDocuments.Segmented(text);
        document.Mentions.Add(new Mention(new TextSpan(0, 8), 0, MentionKind.Location, null, "SDN", null, null, new Evidence("test", "actors.dateline")));
        TestDocuments.AddMentions(document, [new HandMention("Reuters", MentionKind.Organization, "GBRMED", "GBR", "MED")]);
        new QuoteStage().Run(document, TestContext.Current.CancellationToken);
        var speaker = document.QuoteWith("coup").Speaker!;
        Assert.Null(speaker.Actor);
        Assert.Null(speaker.Country);
    }

    [Fact]
    public void Unnamed_diplomats_take_no_code_from_the_state_named_before()
    {
        var document = TestDocuments.Quoted(
            "The army detained Sample Suu Kyi on Monday. The Security Council will meet on Tuesday, diplomats said.",
            new HandMention("army", MentionKind.Organization, "MMRMIL", "MMR", "MIL"));
        var speaker = Assert.Single(document.Quotes, q => q.Kind == QuoteKind.Indirect).Speaker!;
        Assert.Null(speaker.Country);
    }

    [Fact]
    public void He_after_a_quote_is_not_a_person_named_inside_the_quote()
    {
        var document = TestDocuments.Quoted(
            "British Prime Minister Sample Sunak said the decision sent a clear signal. “We are sending a message to Vladimir Putin that we will not back down,” he said.",
            new HandMention("Sample Sunak", MentionKind.Person, "GBRGOV", "GBR", "GOV"),
            new HandMention("Vladimir Putin", MentionKind.Person, "RUSGOV", "RUS", "GOV"));
        var quote = document.QuoteWith("We are sending");
        Assert.Equal("GBRGOV", quote.Speaker!.Actor);
    }

    [Fact]
    public void The_group_is_the_body_named_before_not_a_state_organ()
    {
        var document = TestDocuments.Quoted(
            "Amnesty International accused the authorities of failing to protect schools. “This is a shameful failure,” the group said.",
            new HandMention("Amnesty International", MentionKind.Organization, "NGOHRIAMN", null, "HRI"),
            new HandMention("authorities", MentionKind.Organization, "NGAGOV", "NGA", "GOV"));
        var speaker = document.QuoteWith("shameful failure").Speaker!;
        Assert.Equal("NGOHRIAMN", speaker.Actor);
        Assert.Null(speaker.Country);
    }

    [Fact]
    public void Unnamed_people_the_actors_stage_tied_to_no_state_take_no_earlier_bodys_codes()
    {
        var document = TestDocuments.Quoted(
            "Turkish President Sample Erdogan called on Armenia to withdraw. The Security Council will meet on Tuesday, diplomats said.",
            new HandMention("Sample Erdogan", MentionKind.Person, "TURGOV", "TUR", "GOV"),
            new HandMention("Armenia", MentionKind.Country, "ARM", "ARM", null),
            new HandMention("diplomats", MentionKind.Group, null, null, "GOV", Rule: "actors.nominal"));
        var speaker = document.QuoteWith("Security Council").Speaker!;
        Assert.Equal((null, null), (speaker.Actor, speaker.Country));
    }

    [Fact]
    public void It_is_no_person_who_spoke_before()
    {
        var document = TestDocuments.Quoted(
            "The IAEA said its inspectors had left. Iranian envoy Sample Najafi said Tehran would cooperate. “Verification has been seriously affected,” it said.",
            new HandMention("IAEA", MentionKind.Organization, "IGOUNOIAE", "IGO", null),
            new HandMention("Iranian envoy Sample Najafi", MentionKind.Person, "IRNGOV", "IRN", "GOV"));
        Assert.Equal("IGOUNOIAE", document.QuoteWith("Verification").Speaker!.Actor);
    }

    [Fact]
    public void His_spokesman_speaks_for_the_person_just_named()
    {
        var document = TestDocuments.Quoted(
            "Myanmar’s army detained Aung San Suu Kyi. United Nations Secretary-General Sample Guterres strongly condemned the detentions, his spokesman said.",
            new HandMention("Myanmar’s army", MentionKind.Organization, "MMRMIL", "MMR", "MIL"),
            new HandMention("United Nations Secretary-General Sample Guterres", MentionKind.Person, "IGOUNO", "IGO", null),
            new HandMention("spokesman", MentionKind.Person, "MMRGOV", "MMR", "GOV"));
        var speaker = document.QuoteWith("strongly condemned").Speaker!;
        Assert.Equal("IGOUNO", speaker.Actor);
        Assert.Equal("IGO", speaker.Country);
    }

    [Fact]
    public void They_is_no_single_person_and_no_one_state_of_several()
    {
        // One person named last is no "they"; the sentence before names several states' ministers: no one state.
        var document = TestDocuments.Quoted(
            "Egyptian ministers and French ministers met in Cairo. The Italian minister, Sample Rossi, joined them. “We agree,” they said.",
            new HandMention("Egyptian ministers", MentionKind.Group, "EGYGOV", "EGY", "GOV"),
            new HandMention("French ministers", MentionKind.Group, "FRAGOV", "FRA", "GOV"),
            new HandMention("Italian minister", MentionKind.Person, "ITAGOV", "ITA", "GOV"),
            new HandMention("Sample Rossi", MentionKind.Person, "ITAGOV", "ITA", "GOV"));
        var speaker = document.Quotes[0].Speaker!;
        Assert.Null(speaker.Actor);
        Assert.Null(speaker.Country);
    }

    [Fact]
    public void They_are_the_one_state_of_the_latest_group()
    {
        var document = TestDocuments.Quoted(
            "Egyptian ministers met in Cairo. The Italian minister, Sample Rossi, joined them. “We agree,” they said.",
            new HandMention("Egyptian ministers", MentionKind.Group, "EGYGOV", "EGY", "GOV"),
            new HandMention("Italian minister", MentionKind.Person, "ITAGOV", "ITA", "GOV"),
            new HandMention("Sample Rossi", MentionKind.Person, "ITAGOV", "ITA", "GOV"));
        Assert.Equal("EGYGOV", document.Quotes[0].Speaker!.Actor);
    }

    [Fact]
    public void A_speaker_noun_keeps_its_role_and_takes_a_fitting_bodys_state()
    {
        // "police" after a government: that state's police; a company named last lends nothing to "officials".
        var police = TestDocuments.Quoted(
            "The Indian government ordered an inquiry. A bomb exploded, according to police.",
            new HandMention("Indian government", MentionKind.Organization, "INDGOV", "IND", "GOV"),
            new HandMention("police", MentionKind.Organization, null, null, "COP"));
        Assert.Equal("INDCOP", police.Quotes[0].Speaker!.Actor);

        var officials = TestDocuments.Quoted(
            "A gunman shot shoppers at a Walmart store. The toll rose to 22, officials said.",
            new HandMention("Walmart", MentionKind.Organization, "USABUS", "USA", "BUS"),
            new HandMention("officials", MentionKind.Group, null, null, "GOV"));
        Assert.Null(officials.Quotes[0].Speaker!.Actor);

        // Organizers, researchers, witnesses hold no office: no body's codes.
        var organizers = TestDocuments.Quoted(
            "The US government praised the debate. The final debate is still scheduled, organizers said.",
            new HandMention("US government", MentionKind.Organization, "USAGOV", "USA", "GOV"));
        Assert.Null(organizers.Quotes[0].Speaker!.Actor);
    }

    [Fact]
    public void An_organization_with_an_agent_beats_a_country()
    {
        var document = TestDocuments.Quoted(
            "“We will not know,” an official from the South Korean government said.",
            new HandMention("South Korean", MentionKind.Country, "KOR", "KOR", null),
            new HandMention("South Korean government", MentionKind.Organization, "KORGOV", "KOR", "GOV"));
        Assert.Equal(1, document.Quotes[0].Speaker!.Mention);
        Assert.Equal("KORGOV", document.Quotes[0].Speaker!.Actor);
    }

    [Fact]
    public void A_reference_mention_is_followed_to_its_antecedent()
    {
        var document = TestDocuments.Quoted(
            "Yoshihide Suga spoke on Tuesday. “No problem,” Suga said.",
            new HandMention("Yoshihide Suga", MentionKind.Person, "JPNGOV", "JPN", "GOV"),
            new HandMention("Suga", MentionKind.Person, null, null, null, RefersTo: 0, After: "“No problem"));
        var speaker = document.Quotes[0].Speaker!;
        Assert.Equal(1, speaker.Mention);
        Assert.Equal("JPNGOV", speaker.Actor);
        Assert.Equal("JPN", speaker.Country);
    }

    [Fact]
    public void A_cycle_of_references_does_not_hang()
    {
        var document = TestDocuments.Quoted(
            "“No problem,” Suga said.",
            new HandMention("Suga", MentionKind.Person, null, null, null, RefersTo: 0));
        Assert.Null(document.Quotes[0].Speaker!.Country);
    }

    [Fact]
    public void The_official_without_a_mention_takes_the_codes_of_the_earlier_official()
    {
        var document = TestDocuments.Quoted(
            "A senior official from the Japanese government expressed concern that the alliance could suffer.\n\n"
            + "“Reconciliation is in his DNA. We should closely watch” what happens, the official said.",
            new HandMention("Japanese government", MentionKind.Organization, "JPNGOV", "JPN", "GOV"));
        var quote = document.QuoteWith("Reconciliation");
        Assert.Equal("the official", document.SpeakerText(quote));
        Assert.Null(quote.Speaker!.Mention);
        Assert.Equal("JPN", quote.Speaker.Country);
    }

    [Fact]
    public void A_pronoun_takes_the_codes_of_the_previous_speaker()
    {
        var document = TestDocuments.Quoted(
            "“We are ready,” Moon Jae-in said. Talks resumed. “We will see,” he added.",
            new HandMention("Moon Jae-in", MentionKind.Person, "KORGOV", "KOR", "GOV"));
        var quote = document.QuoteWith("We will see");
        Assert.Equal("he", document.SpeakerText(quote));
        Assert.Equal("KOR", quote.Speaker!.Country);
    }

    [Fact]
    public void A_pronoun_with_no_earlier_speaker_takes_the_nearest_person()
    {
        var document = TestDocuments.Quoted(
            "Moon Jae-in arrived in Tokyo on Monday. “We are ready,” he said.",
            new HandMention("Moon Jae-in", MentionKind.Person, "KORGOV", "KOR", "GOV"),
            new HandMention("Tokyo", MentionKind.Location, "JPNGOV", "JPN", "GOV"));
        Assert.Equal("KOR", document.Quotes[0].Speaker!.Country);
    }

    [Fact]
    public void An_unnamed_source_takes_the_body_last_named()
    {
        var document = TestDocuments.Quoted(
            "The Japanese government is wary of the offer. “We need to keep in touch,” another government source stressed.",
            new HandMention("Japanese government", MentionKind.Organization, "JPNGOV", "JPN", "GOV"));
        Assert.Equal("JPN", document.Quotes[0].Speaker!.Country);
    }

    [Fact]
    public void A_pronoun_does_not_reach_past_an_uncoded_speaker()
    {
        var document = TestDocuments.Quoted(
            "“We are ready,” Moon Jae-in said. “It will take time,” analyst John Smith said. “We will see,” he added.",
            new HandMention("Moon Jae-in", MentionKind.Person, "KORGOV", "KOR", "GOV"));
        var quote = document.QuoteWith("We will see");
        Assert.Equal("he", document.SpeakerText(quote));
        Assert.Null(quote.Speaker!.Country);
    }

    [Fact]
    public void Without_mentions_speakers_have_text_and_no_codes()
    {
        var document = TestDocuments.Quoted("“No problem,” Suga said.");
        var speaker = document.Quotes[0].Speaker!;
        Assert.Null(speaker.Mention);
        Assert.Null(speaker.Country);
        Assert.Equal("Suga", document.TextOf(speaker.Span));
    }
}

public sealed class QuoteJsonTests
{
    [Fact]
    public void Quotes_are_written_with_speaker_cue_and_rule()
    {
        var document = TestDocuments.Quoted(
            "“No problem,” Yoshihide Suga said.",
            new HandMention("Yoshihide Suga", MentionKind.Person, "JPNGOV", "JPN", "GOV"));
        using var json = System.Text.Json.JsonDocument.Parse(Dyad.Core.Serialization.DocumentJson.ToJson(document));
        var quote = json.RootElement.GetProperty("quotes")[0];
        Assert.Equal("No problem", quote.GetProperty("text").GetString());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetString());
        Assert.Equal("quotes.direct.trailing-cue", quote.GetProperty("rule").GetString());
        var speaker = quote.GetProperty("speaker");
        Assert.Equal("Yoshihide Suga", speaker.GetProperty("text").GetString());
        Assert.Equal(0, speaker.GetProperty("mention").GetInt32());
        Assert.Equal("JPN", speaker.GetProperty("country").GetString());
    }
}
