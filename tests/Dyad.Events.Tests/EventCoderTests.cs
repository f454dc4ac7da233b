using Dyad.Core;

namespace Dyad.Events.Tests;

public sealed class EventCoderTests
{
    private static Document Build(string text)
    {
        // A tiny stand-in for the actors stage: the countries and agents these sentences use.
        return TestDocuments.Segmented(text, new DateOnly(2020, 3, 4))
            .Actor("Japanese Prime Minister", "JPNGOV", "JPN", "GOV", MentionKind.Person)
            .CommonActors()
            .Actor("Putin", "RUSGOV", "RUS", "GOV", MentionKind.Person)
            .Actor("Zelensky", "UKRGOV", "UKR", "GOV", MentionKind.Person)
            .Actor("North Korea", "PRK", "PRK")
            .Actor("protesters", "IRQOPP", "IRQ", "OPP", MentionKind.Group)
            .Place("Geneva", "CHE")
            .Sorted();
    }

    private static string Describe(Document d, Event e) =>
        $"{e.Source.Actor}>{e.Target.Actor}:{e.Cameo}{(e.Negated ? "!neg" : string.Empty)}{(e.Hypothetical ? "?hyp" : string.Empty)}";

    private static string Code(string text)
    {
        var d = Build(text);
        return string.Join(" ", d.Code().Select(e => Describe(d, e)));
    }

    [Theory]
    [InlineData("China criticized Japan on Tuesday.", "CHN>JPN:111")] // plain subject-verb-object
    [InlineData("China sharply criticized Japan.", "CHN>JPN:111")] // adverb between subject and verb
    [InlineData("Japan was criticized by China.", "CHN>JPN:111")] // passive with a by-agent
    [InlineData("Japan and South Korea condemned North Korea.", "JPN>PRK:111 KOR>PRK:111")] // compound source, one event per pair
    [InlineData("Japan as well as South Korea condemned North Korea.", "JPN>PRK:111 KOR>PRK:111")] // "as well as" coordinates
    [InlineData("Neither Japan nor China criticized Russia.", "JPN>RUS:111!neg CHN>RUS:111!neg")] // "neither … nor" denies the act for both
    [InlineData("Neither the United States nor Japan would praise the result.", "")] // "neither … nor" members do not act on each other
    [InlineData("Israel accused Iran of supporting militants.", "ISR>IRN:112")] // accuse
    [InlineData("Russian troops attacked Ukrainian soldiers.", "RUSMIL>UKRMIL:190")] // agents carried from the mention
    [InlineData("Iraqi police arrested protesters.", "IRQCOP>IRQOPP:173")] // domestic dyad of different actors
    [InlineData("Iraqi police charged protesters with rioting.", "IRQCOP>IRQOPP:173")] // charging is legal action, not an accusation
    [InlineData("Russia threatened to attack Ukraine.", "RUS>UKR:1384")] // a threat is a threat, not the attack
    [InlineData("China did not criticize Japan.", "CHN>JPN:111!neg")] // negated, kept with the flag
    [InlineData("China refrained from criticizing Japan.", "CHN>JPN:111!neg")] // refrained from
    [InlineData("China refused to meet Japan.", "CHN>JPN:125 CHN>JPN:040!neg")] // a rejected meeting (125); the meeting itself is negated
    [InlineData("China could attack Japan.", "CHN>JPN:190?hyp")] // modal: hypothetical
    [InlineData("Russia claims China attacked Japan.", "CHN>JPN:190")] // a clause after a saying verb without "that" has its own subject
    [InlineData("Russia said China will attack Japan.", "CHN>JPN:1384")] // also before an auxiliary (a reported future attack is a threat)
    [InlineData("Russia retreated from its goal of attacking Japan.", "RUS>JPN:190?hyp")] // "goal of <verb>-ing" is an aim, not a retreat
    [InlineData("Russia withdrew its troops from Japan.", "RUS>JPN:0874")] // the place left is the target, not the own troops
    [InlineData("Russia withdrew its proposal to Japan.", "")] // a withdrawn proposal is no military retreat
    [InlineData("Russia negotiated a state-funded home for Japan.", "RUS>JPN:046")] // "state-funded" is an adjective: no aid event
    [InlineData("The United States re-imposed sanctions on Iran.", "USA>IRN:163")] // a verb prefix keeps the verb
    [InlineData("Smoke turned the city of Moscow, Russia dark in a combination of clouds and smoke from wildfires burning the forest in Russia, Ukraine, and Japan.", "")] // the wildfires burn, not Russia
    [InlineData("Iran launched missiles targeting Israel.", "IRN>ISR:194")] // a weapon acts for whoever fired it
    [InlineData("Iran issued a statement condemning Israel.", "IRN>ISR:111")] // a statement speaks for whoever issued it
    [InlineData("Russia began extraditing accused Ukrainian soldiers.", "RUS>UKRMIL:063")] // "accused" describes the soldiers: no accusation
    [InlineData("Russia opened an investigation into alleged misconduct by Japan.", "RUS>JPN:090")] // "alleged" after a preposition is an adjective: an investigation, no accusation
    [InlineData("The move was the latest pressure on Russia, following improved relations with Japan.", "")] // "improved" after "following" is an adjective
    [InlineData("Russia launched a program to address challenges faced by Japan.", "")] // "address challenges" deals with them: no statement
    [InlineData("Russia addressed Japan on Monday.", "RUS>JPN:010")] // addressing someone is a statement
    [InlineData("Israel held a Fourth of July “Salute to Japan” in Washington.", "")] // a capitalized verb opening a quoted title is a name
    [InlineData("Japan was nominated with some delegates pledged to Russia, which did not release them.", "")] // the delegates are pledged, not Japan's pledge
    [InlineData("Iran today threatened to break off relations with Israel.", "IRN>ISR:1313")] // a time word before the verb is no subject noun
    [InlineData("South Korea proposed talks with North Korea.", "KOR>PRK:036")] // multi-word pattern PROPOSE * TALKS
    [InlineData("Japan called on China to release the fishermen.", "JPN>CHN:0253")] // phrasal verb with a more specific pattern
    [InlineData("The United States imposed sanctions on Iran.", "USA>IRN:163")] // IMPOSE * SANCTIONS
    [InlineData("Japan and China signed a trade agreement.", "JPN>CHN:057 CHN>JPN:057")] // compound: both directions
    [InlineData("Israel praised the talks.", "")] // no target, no event
    [InlineData("The military talks with North Korea ended.", "")] // 'talks' here is a noun without an actor before it
    [InlineData("China’s visit to Japan was brief.", "CHN>JPN:042")] // event noun with a possessor
    [InlineData("Japan condemned the attack on China.", "JPN>CHN:111")] // the condemner is not the attacker
    [InlineData("Japan condemned the attack by Russian troops on Ukraine.", "JPN>RUSMIL:111 RUSMIL>UKR:190")] // the noun's by-agent is its source
    [InlineData("Japan spoke of people involved in the attack on China.", "")] // force named in a prepositional phrase is not the subject's act
    [InlineData("Japan took a veiled shot at China.", "JPN>CHN:111")] // "take a shot at": words, and no shooting inside the pattern
    [InlineData("Japan criticized the plan, according to China.", "")] // who reports an event is not a party to it
    [InlineData("The strike on Japan was reported by China.", "")] // nor is who it was "reported by"
    [InlineData("Japan told reporters, \"China wants to cancel the talks.\"", "")] // whom a quotation names is not the verb's object
    [InlineData("Japan visited Kyoto two days after China.", "")] // a trip's object is right after the verb, not a state named later
    [InlineData("Japanese Prime Minister attacked Putin over the deal.", "JPNGOV>RUSGOV:111")] // one politician attacking another attacks in words
    [InlineData("Japan condemned the bombing and said it had occurred in an area under Russia's control.", "")] // "and said" opens the next act: Russia is no object of the condemnation
    [InlineData("Japan condemned the bombing and said Russia should respond.", "")] // also before a reported subject
    [InlineData("Russia threatened on Tuesday to \"totally destroy\" Japan.", "RUS>JPN:138")] // a quoted infinitive is the threat's, not an act of its own
    [InlineData("Russia criticized Japan and gave Ukrainian soldiers 72 hours to leave.", "RUS>JPN:111")] // an irregular past after "and" is a verb of its own, not a modifier of a second object
    [InlineData("Russia criticized Japan and neighbouring Ukraine.", "RUS>JPN:111 RUS>UKR:111")] // a plain modifier still joins the members
    [InlineData("Russian troops, which fought alongside Ukrainian soldiers, withdrew.", "RUSMIL>UKRMIL:062")] // fighting alongside someone is military cooperation, not a fight with them
    [InlineData("Russia called the strike an act of aggression by the United States.", "")] // calling a strike something is no labour strike
    [InlineData("Iraqi police called a strike against Japan.", "IRQCOP>JPN:143")] // calling a strike still is
    [InlineData("Iraqi police detained more than 1,700 people protesting against Russia's invasion of Ukraine.", "RUS>UKR:190")] // a participle after uncoded people describes them: Russia was not detained
    [InlineData("Russian troops killed civilians fleeing Ukraine.", "")] // nor is a state named in it the target
    [InlineData("Japan recalled its ambassadors to China and Iran for consultations.", "JPN>CHN:161 JPN>IRN:161")] // plural envoys recalled from each host
    [InlineData("Iraqi police have taken custody of Zelensky.", "IRQCOP>UKRGOV:173")] // "take custody of" is a detention
    [InlineData("Russia and Iran voiced support for China.", "RUS>CHN:032 IRN>CHN:032")] // "voice support" as "express support"
    [InlineData("Israel warned that Iran would pay a heavy price.", "ISR>IRN:130")] // a warning that someone "will pay a price" threatens them
    [InlineData("Japan hosted China.", "JPN>CHN:043")] // host
    [InlineData("Iran denied attacking Israel.", "IRN>ISR:190!neg")] // denied doing it
    [InlineData("Japan welcomed China’s decision.", "")] // welcoming a decision is not hosting a visit
    [InlineData("China criticized China.", "")] // same actor on both sides: no event
    [InlineData("Israel welcomed the Russian troops.", "ISR>RUSMIL:043")] // welcoming visitors is hosting them
    [InlineData("China struck a deal with Japan.", "CHN>JPN:057")] // "strike a deal" is not an attack
    [InlineData("Russia banned Ukrainian soldiers from its airports.", "RUS>UKRMIL:172")] // a ban on an actor is an administrative sanction
    [InlineData("Japan recalled its ambassador to China.", "JPN>CHN:161")] // the ambassador's host state is the target
    [InlineData("Japan welcomed the decision by China.", "JPN>CHN:051")] // the decision's author is the target
    [InlineData("Russian troops struck targets in Geneva.", "RUSMIL>CHE:190")] // targets "in" a place: its state is struck
    [InlineData("Russian troops struck in Geneva.", "")] // a place alone is no target
    [InlineData("Japan arrived in Geneva on Monday.", "JPN>CHE:042")] // arriving in a state's city is visiting it
    [InlineData("Russian troops fired rockets at western Geneva.", "RUSMIL>CHE:194")] // a compass word before the place is skipped
    [InlineData("Japan condemned the attack and praised China.", "JPN>CHN:051")] // the object search stops at the next coordinated verb
    [InlineData("The move by China was criticized by Japan.", "JPN>CHN:111")] // "the move by X" stands for X, as "X's move" does
    [InlineData("Japan will support China.", "JPN>CHN:032")] // an announced cooperative act is a stated intent (CAMEO 03)
    [InlineData("Japan will visit China in May.", "JPN>CHN:036")] // "will visit": intent to meet
    [InlineData("Japan will attack China.", "JPN>CHN:1384")] // an announced attack is a threat (CAMEO 13)
    [InlineData("Japan will not support China.", "JPN>CHN:051!neg")] // a negated future keeps its verb's code
    [InlineData("Japan said it would support China.", "JPN>CHN:032")] // "said it would": a reported intent, not a conditional
    [InlineData("Japan is ready to hold talks with China.", "JPN>CHN:036")] // readiness to meet is the intent to meet
    [InlineData("Japan would support China if asked.", "JPN>CHN:051?hyp")] // a conditional stays hypothetical
    [InlineData("Japan is ready to mediate between Russia and Ukraine.", "JPN>RUS:039 JPN>UKR:039")] // readiness to mediate is the intent to mediate
    [InlineData("Japan vowed to destroy China.", "JPN>CHN:138 JPN>CHN:1712?hyp")] // a vow coded on its own keeps what it vows hypothetical
    [InlineData("Japan demanded that China apologize to South Korea.", "JPN>CHN:100 CHN>KOR:055?hyp")] // what is demanded has not happened
    [InlineData("The United States warned Russia against attacking Ukraine.", "USA>RUS:130 RUS>UKR:190?hyp")] // nor has what is warned against, which the warned one would do
    [InlineData("The United States hit China with tariffs.", "USA>CHN:163")] // "hit with tariffs" is a sanction
    [InlineData("Japan held talks with China in Geneva.", "JPN>CHN:046")] // HOLD * TALKS, the place is not a target
    [InlineData("Talks between Iran and Israel resumed in Geneva on Monday.", "IRN>ISR:040 ISR>IRN:040")] // "talks between X and Y": both sides meet
    [InlineData("Negotiations between Russia and Ukraine stalled.", "RUS>UKR:046 UKR>RUS:046")] // negotiations between: both directions
    [InlineData("Clashes between Russian troops and Ukrainian soldiers continued.", "RUSMIL>UKRMIL:190 UKRMIL>RUSMIL:190")] // clashes between: both fight
    [InlineData("Japan called for talks between Russia and Ukraine.", "JPN>RUS:026 JPN>UKR:026")] // asked-for talks are not talks held
    [InlineData("Russia and Ukraine clashed near the border.", "RUS>UKR:190 UKR>RUS:190")] // intransitive reciprocal clash
    [InlineData("Japan and China clashed over fishing rights.", "")] // clashing over an issue is a quarrel, not a fight
    [InlineData("Russia's Putin and Ukraine's Zelensky met in Geneva.", "RUSGOV>UKRGOV:040 UKRGOV>RUSGOV:040")] // possessed members coordinate
    [InlineData("Talks between Russia's Putin and Ukraine's Zelensky ended.", "RUSGOV>UKRGOV:040 UKRGOV>RUSGOV:040")] // possessed members inside "between"
    [InlineData("Japan criticized China and Russia's Putin.", "JPN>CHN:111 JPN>RUS:111")] // without a parallel possessor the possessor is the member
    [InlineData("The United States, which imposed sanctions on Russia last year, warned Iran on Monday.", "USA>RUS:163 USA>IRN:130")] // relative clause keeps its own object
    [InlineData("The United States, which Russia accuses of meddling, warned Iran.", "RUS>USA:1125 USA>IRN:130")] // object relative: the antecedent is the object
    [InlineData("Japan, which China criticized in May, protested.", "CHN>JPN:111")] // object relative without another object
    [InlineData("Russia, which attacked last year, threatened Ukraine.", "RUS>UKR:130")] // the relative clause ends at its comma
    [InlineData("Japan, a United States ally, criticized China.", "JPN>CHN:111")] // the appositive is not the subject
    [InlineData("Russia invaded Ukraine in 2022. The two countries signed a deal in Geneva.", "RUS>UKR:190 UKR>RUS:057 RUS>UKR:057")] // "the two countries" are the two states named before
    [InlineData("Israel accused Iran of spying. The two countries' troops clashed near the border.", "ISR>IRN:1125 IRN>ISR:190 ISR>IRN:190")] // the pair as a compound subject
    [InlineData("Japan criticized China. North Korea urged the two countries to hold talks.", "JPN>CHN:111 PRK>CHN:026 PRK>JPN:026")] // the pair as an object, the actor itself excluded
    [InlineData("Japan criticized China and Russia. The two countries signed a deal.", "JPN>CHN:111 JPN>RUS:111")] // three states before: no pair
    [InlineData("The two countries signed a deal.", "")] // nothing named before: no pair
    [InlineData("Japan attacked Iran. Russia criticized the war. The two countries signed a deal.", "JPN>IRN:190")] // the nearest sentence names one state: the pair is unclear
    [InlineData("The meeting between Japan and China was cancelled.", "JPN>CHN:040!neg CHN>JPN:040!neg")] // a cancelled meeting did not take place
    [InlineData("Talks between Iran and Israel could resume next month.", "IRN>ISR:040?hyp ISR>IRN:040?hyp")] // talks that could resume have not yet
    [InlineData("Talks between Iran and Israel were held in Geneva.", "IRN>ISR:040 ISR>IRN:040")] // held talks are talks
    [InlineData("Japan worked to arrange talks between Russia and Ukraine.", "RUS>UKR:040?hyp UKR>RUS:040?hyp")] // talks being arranged have not taken place
    [InlineData("Russia and Ukraine exchanged fire near the border.", "RUS>UKR:190 UKR>RUS:190")] // exchanging fire is mutual
    [InlineData("Russian troops and Ukrainian soldiers fought near the border.", "RUSMIL>UKRMIL:190 UKRMIL>RUSMIL:190")] // fighting without an object is mutual
    [InlineData("Russia and Israel fought Ukraine.", "RUS>UKR:190 ISR>UKR:190")] // with an object the compound acts on it
    [InlineData("Japan and China said that the troops clashed near the border.", "")] // a compound in another clause is not the verb's subject
    [InlineData("Israel and Iran traded accusations.", "ISR>IRN:112 IRN>ISR:112")] // trading accusations is mutual
    [InlineData("Japan and China spoke by phone on Monday.", "JPN>CHN:041 CHN>JPN:041")] // a phone call between the two
    [InlineData("Iran criticized the decision, Israel said on Monday.", "")] // a sentence-final attribution names no object
    [InlineData("China criticized Japan, officials in South Korea said.", "CHN>JPN:111")] // the object before the attribution stays
    [InlineData("Iran criticized Japan a day after China imposed sanctions on Russia.", "IRN>JPN:111 CHN>RUS:163")] // "after" opens a clause with its own subject
    [InlineData("After China imposed sanctions on Russia, Japan criticized Iran.", "CHN>RUS:163 JPN>IRN:111")] // also at the start of the sentence
    [InlineData("China and Japan accused Russia of supplying weapons to Iran.", "CHN>RUS:112 JPN>RUS:112 RUS>IRN:072")] // the accused supplies
    [InlineData("Israel thanked Japan for sending aid to Ukraine.", "ISR>JPN:051 JPN>UKR:070")] // the thanked one sends
    [InlineData("Japan urged China to return to the negotiating table.", "JPN>CHN:026")] // a return to talks is no release
    [InlineData("Russia launched missile strikes on nine sites in Ukraine.", "RUS>UKR:195")] // the state where the struck sites are
    [InlineData("Japan held phone calls with China.", "JPN>CHN:041")] // plural calls
    [InlineData("Russia fired a missile hours before Japan arrived in China.", "JPN>CHN:042")] // the clause after "before" has its own subject, no object of "fired"
    [InlineData("Iran condemned the strikes as a violation of Israel's sovereignty.", "")] // what follows "as" describes the object
    [InlineData("Iran condemned the strikes as well as Israel.", "IRN>ISR:111")] // "as well as" still coordinates
    [InlineData("Russia attacked the town, and Japan said the war would go on.", "")] // ", and" before an actor and a verb opens a new clause
    [InlineData("Russia blocked Ukraine's bid to join the alliance.", "RUS>UKR:129")] // blocking a bid vetoes it
    [InlineData("Japan stopped short of criticizing China.", "JPN>CHN:111!neg")] // held back
    [InlineData("Japan urged China to release the Russian troops.", "JPN>CHN:0253")] // the act asked of China is not coded on its own
    [InlineData("Putin of Russia met the Japanese Prime Minister.", "RUSGOV>JPNGOV:040")] // a direct object after the verb: no reduced passive
    [InlineData("Japan tightened controls on exports to China.", "JPN>CHN:163")] // the buyer is the target
    [InlineData("The United States warned China against supplying weapons to Russia.", "USA>CHN:130 CHN>RUS:072?hyp")] // the warned one would supply
    [InlineData("The United States did not rule out sanctions against China.", "USA>CHN:163?hyp")] // an option kept open
    [InlineData("Japan said the attack showed that China was a partner in the war on Russia.", "")] // a noun reported after "said" is not the sayer's act
    [InlineData("Japan welcomed China's decision to lift sanctions on Russia.", "CHN>RUS:085")] // the possessor decides and lifts
    [InlineData("China and Japan will meet in Geneva to prepare a report on Russia.", "CHN>JPN:036 JPN>CHN:036")] // the partners come before the purpose
    [InlineData("Japan said China would retaliate and criticized Russia.", "JPN>RUS:111")] // the speaker's second act after a reported clause with a modal
    [InlineData("Japan said China has praised Russia and criticized Ukraine.", "CHN>RUS:051 CHN>UKR:111")] // a perfect may share its auxiliary; a past form after "and" is no member of the object
    [InlineData("Iran fired hundreds of rockets at Israel.", "IRN>ISR:194")]
    [InlineData("China urged the two Koreas to hold talks.", "CHN>KOR:026 CHN>PRK:026")] // "the two Koreas" names its pair
    [InlineData("Japan accused Russia of inciting other countries to attack China.", "JPN>RUS:1123")] // an infinitive after a causative's object belongs to the object ("other countries")
    [InlineData("The United States pressured Israel to attack Iran.", "USA>ISR:170 ISR>IRN:190")] // … here Israel, not the United States
    [InlineData("Russian troops fired on Ukrainian soldiers who criticized Japan.", "RUSMIL>UKRMIL:193 UKRMIL>JPN:111")] // "who" after a group makes it the subject
    [InlineData("Japan and China each criticized Russia.", "JPN>RUS:111 CHN>RUS:111")] // "each" after the subject is no determiner of the verb
    [InlineData("Japan called China on Tuesday to discuss Russia.", "JPN>CHN:041")] // calling someone to discuss is a phone call
    [InlineData("Japan called China a threat.", "")] // calling someone something is not
    [InlineData("China postponed a summit with Japan.", "CHN>JPN:160")] // calling off a meeting with a state reduces relations with it
    [InlineData("Protests spread to Japan, China and Russia.", "")] // the members of a noun's object list do not act on each other
    [InlineData("Japan, which is not a member of China's bloc, said it would criticize Russia.", "JPN>RUS:111")] // a relative clause between commas names no subject; "said it" is the speaker
    [InlineData("China held military exercises a day after the United States envoy left.", "")] // "after X left" is a clause of its own even when no pattern codes "left"
    [InlineData("Japan conducted a live-fire drill simulating an attack on China.", "JPN>CHN:150")] // a participle parts the phrases: the drill, not the attack
    [InlineData("Japan said it would veto a deal that did not protect China.", "")] // a relative clause's subject is the thing before "that"
    [InlineData("A United States strike that killed Russian troops angered Japan.", "USA>RUSMIL:1823")] // or the actor that modifies it
    [InlineData("Russia launched airstrikes against Ukraine in retaliation for a chemical weapons attack.", "RUS>UKR:195")] // of two patterns as specific, the one whose words are nearer the verb // rockets are heavy fire however many there are, not gunfire
    public void Code_FindsTheEventOfTheSentence(string text, string expected)
    {
        Assert.Equal(expected, Code(text));
    }

    [Fact]
    public void Code_AnUncodedSubjectRightBeforeTheVerbIsNotReplacedByAnEarlierActor()
    {
        // "a Western diplomat" cannot be coded, but it, not Russia, told Reuters; a pronoun still lets the search go on.
        var told = Build("Russia offered help to Iran, a Western diplomat told Japan.").Actor("diplomat", null, null, null, MentionKind.Person).Sorted();
        Assert.DoesNotContain(told.Code(), e => e.Source.Actor == "RUS" && e.Target.Actor == "JPN");
        Assert.Equal("CHN>JPN:111", Code("China said that it criticized Japan."));
    }

    [Fact]
    public void Code_AnUncodedPersonRightAfterTheVerbIsItsObject()
    {
        // "reporters" cannot be coded, but they, not South Korea, were told.
        var told = Build("Japan told reporters it would halt exercises with South Korea.").Actor("reporters", null, null, null, MentionKind.Group).Sorted();
        Assert.DoesNotContain(told.Code(), e => e.Target.Actor == "KOR");
        Assert.Equal("JPN>KOR:010", Code("Japan told South Korea it would halt exercises."));
    }

    [Fact]
    public void Code_AndBeforeASubjectWithModifiersOpensAClause()
    {
        // "five European members" cannot be coded, but they urged China: China is no object of "met".
        var d = Build("Japan met on Monday, and five European members urged China to act.")
            .Actor("European", null, "EUR", null, MentionKind.Location).Actor("members", null, null, null, MentionKind.Group).Sorted();
        Assert.DoesNotContain(d.Code(), e => e.Source.Actor == "JPN" && e.Target.Actor == "CHN");
    }

    [Fact]
    public void Code_APairMemberNamedAsAPlaceStandsForItsState()
    {
        // "an Iranian jet" is a place-like mention without an actor code; as one of "the two sides" it is Iran.
        var d = Build("Israel shot down an Iranian jet. China urged the two sides to talk.").Adjective("Iranian", "IRN").Sorted();
        Assert.Contains(d.Code(), e => e.Source.Actor == "CHN" && e.Target.Actor == "IRN");
        Assert.DoesNotContain(d.Code(), e => e.Source.Actor == "CHN" && e.Target.Actor is null);
    }

    [Fact]
    public void Code_BothSidesAreTheStatesOfTheLatestExchange()
    {
        // Japan and Iran are the nearest pair of states, but the sides are the two that traded accusations.
        var d = Build("Israel and Iran traded accusations on Monday. Japan pledged its full support for Iran. China urged both sides to start talks.");
        var urged = d.Code().Where(e => e.Source.Actor == "CHN").Select(e => e.Target.Country).Order().ToList();
        Assert.Equal(["IRN", "ISR"], urged);
    }

    [Theory]
    [InlineData("Israel and Iran traded accusations on Monday. China urged all sides to exercise restraint.")] // "all sides" of the conflict named before
    [InlineData("Israel and Iran traded accusations on Monday. China called on the warring parties to exercise restraint.")]
    public void Code_AllSidesAreThePairNamedBefore(string text)
    {
        var urged = Build(text).Code().Where(e => e.Source.Actor == "CHN").Select(e => e.Target.Country).Order().ToList();
        Assert.Equal(["IRN", "ISR"], urged);
    }

    [Fact]
    public void Code_AllSidesWithoutANearPairAreThoseOfTheLatestActOfForce()
    {
        var d = Build("Russian troops attacked Ukraine on Monday. Japan condemned the attack. China urged all sides to exercise restraint.");
        var urged = d.Code().Where(e => e.Source.Actor == "CHN").Select(e => e.Target.Country).Order().ToList();
        Assert.Equal(["RUS", "UKR"], urged);
    }

    [Fact]
    public void Code_AllCountriesAreNoPair()
    {
        var d = Build("Israel and Iran traded accusations on Monday. China urged all countries to exercise restraint.");
        Assert.DoesNotContain(d.Code(), e => e.Source.Actor == "CHN");
    }

    [Fact]
    public void Code_BothPartiesAreThePairNamedBefore()
    {
        var d = Build("Israel rejected the ruling, and Iran welcomed it. Japan called on both parties to comply with it.");
        var called = d.Code().Where(e => e.Source.Actor == "JPN").Select(e => e.Target.Country).Order().ToList();
        Assert.Equal(["IRN", "ISR"], called);
    }

    [Fact]
    public void Code_AnUnlocatedPlaceAttackedInATwoStateWarLiesWithTheOtherState()
    {
        // The actors stage names "Terter" a place without a state; Russia and Ukraine are at war in this article.
        var d = Build("Russia and Ukraine traded accusations on Monday. Ukraine said Russian troops had fired on the town of Terter.")
            .Place("Terter", null).Sorted();
        Assert.Contains(d.Code(), e => e.Source.Actor == "RUSMIL" && e.Target.Country == "UKR" && e.Cameo.StartsWith("19", StringComparison.Ordinal));

        // Force on no named place strikes the other side too; not force on a place of the attacker's own state.
        var areas = Build("Russia and Ukraine traded accusations on Monday. Russian troops shelled civilian areas overnight.");
        Assert.Contains(areas.Code(), e => e.Source.Actor == "RUSMIL" && e.Target.Country == "UKR");
        var own = Build("Russia and Ukraine traded accusations on Monday. Russian troops shelled Belgorod overnight.").Place("Belgorod", "RUS").Sorted();
        Assert.DoesNotContain(own.Code(), e => e.Source.Actor == "RUSMIL");

        // A force word that is no past verb names no act: "did not rule out further strikes".
        var noun = Build("Russia and Ukraine traded accusations on Monday. Russian troops did not rule out further strikes.");
        Assert.DoesNotContain(noun.Code(), e => e.Source.Actor == "RUSMIL" && e.Cameo.StartsWith("19", StringComparison.Ordinal));

        // Without a war between two states the place stays unlocated.
        var calm = Build("Japan praised Ukraine on Monday. Ukraine said Russian troops had fired on the town of Terter.").Place("Terter", null).Sorted();
        Assert.DoesNotContain(calm.Code(), e => e.Source.Actor == "RUSMIL");
    }

    [Fact]
    public void Code_BothLeadersMayBeAMentionOfTheirOwn()
    {
        // The actors stage may code "leaders" with the speaker's state; the phrase still names the two sides.
        var d = Build("Israel and Iran traded accusations on Monday. Japan pledged its full support for Iran. China said it had spoken to both leaders.")
            .Actor("leaders", "CHNGOV", "CHN", "GOV", MentionKind.Group).Sorted();
        var spoken = d.Code().Where(e => e.Source.Actor == "CHN" && e.Cameo == "040").Select(e => e.Target.Country).Order().ToList();
        Assert.Equal(["IRN", "ISR"], spoken);
    }

    [Fact]
    public void Code_AStatementToReportersIsNotAimedAtThePress()
    {
        // The actors stage codes "reporters in Geneva" as Swiss media; telling them is no event against the media.
        var d = Build("Japan told reporters in Geneva it was ready to talk.").Actor("reporters", "CHEMED", "CHE", "MED", MentionKind.Group).Sorted();
        Assert.DoesNotContain(d.Code(), e => e.Target.Agent == "MED");
        Assert.Equal("JPN>CHN:010", Code("Japan told China it was ready to talk."));
    }

    [Theory]
    [InlineData("Russian troops shelled the center of Kharkiv on Tuesday.", "RUSMIL>UKR:194")] // a place of another state after "of"
    [InlineData("Russian troops shelled Kharkiv overnight.", "RUSMIL>UKR:194")] // the place as the object
    [InlineData("Russian troops shelled residential areas in Kharkiv.", "RUSMIL>UKR:194")] // where the shelled areas are
    [InlineData("Ukrainian soldiers shelled the outskirts of Kharkiv.", "")] // their own state's place names no target
    [InlineData("Russian troops attacked Ukrainian soldiers in Kharkiv.", "RUSMIL>UKRMIL:190")] // an actor object comes first
    public void Code_AnAttackOnAPlaceOfAnotherStateTargetsThatState(string text, string expected)
    {
        var d = Build(text).Place("Kharkiv", "UKR").Sorted();
        Assert.Equal(expected, string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Theory]
    [InlineData("Russia and Ukraine met on the Belarusian border on Monday.", "RUS>UKR:040 UKR>RUS:040")] // a border where they meet names no partner
    [InlineData("Russia met China on the Belarusian border.", "RUS>CHN:040")] // a partner before the border still is one
    [InlineData("Russian troops shelled villages on the Belarusian border.", "RUSMIL>BLR:194")] // force along a border concerns that state
    public void Code_AStateBorderWhereTheyMeetIsNoPartner(string text, string expected)
    {
        var d = Build(text).Adjective("Belarusian", "BLR").Sorted();
        Assert.Equal(expected, string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Theory]
    [InlineData("Japan opened its new embassy in Geneva on Monday.", "JPN>CHE:050")] // the host state of the embassy
    [InlineData("Japan closed its embassy in Geneva on Friday.", "JPN>CHE:161")]
    [InlineData("Japan closed its embassy on Friday.", "")] // its own embassy is no target
    [InlineData("Japan has strengthened its forces in Geneva.", "JPN>CHE:154")] // the state where its forces are
    [InlineData("Japan threatened to ban Japanese opposition parties.", "JPN>JPNOPP:1322")] // another body of the same state is a target
    public void Code_AStatesOwnEmbassyIsNoTarget(string text, string expected)
    {
        // The actors stage codes "its embassy" as the government of the state just named, "its forces" as its military.
        var d = Build(text).Actor("embassy", "JPNGOV", "JPN", "GOV", MentionKind.Organization).Actor("forces", "JPNMIL", "JPN", "MIL", MentionKind.Organization)
            .Actor("Japanese opposition", "JPNOPP", "JPN", "OPP", MentionKind.Organization).Sorted();
        Assert.Equal(expected, string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Theory]
    [InlineData("Twenty Ukrainian soldiers were killed in a clash with Russian troops on Monday.", "RUSMIL>UKRMIL:1823")] // the other side of the clash
    [InlineData("Three Ukrainian soldiers were killed in an Iranian airstrike.", "IRN>UKRMIL:1823")] // the state whose adjective names the strike
    [InlineData("Three Ukrainian soldiers were killed in an attack by Russian troops.", "RUSMIL>UKRMIL:1823")] // an attack's by-agent
    [InlineData("Three Ukrainian soldiers were killed in a Geneva airstrike.", "")] // a place names no author
    [InlineData("Three Ukrainian soldiers were killed in the fighting.", "")] // nor does an attack without one
    public void Code_APassiveActOfForceInAnAttackIsItsAuthors(string text, string expected)
    {
        var d = Build(text);
        d = (text.Contains("Iranian", StringComparison.Ordinal) ? d.Adjective("Iranian", "IRN") : d).Sorted();
        Assert.Equal(expected, string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Theory]
    [InlineData("An Iranian airstrike killed three Ukrainian soldiers on Tuesday.", "IRN>UKRMIL:1823")] // the strike's adjective names the killer
    [InlineData("A Russian drone strike killed three Ukrainian soldiers on Tuesday.", "RUS>UKRMIL:1823")] // one act, one event: no strike of its own
    [InlineData("Russia's missile attack has killed three Ukrainian soldiers on Tuesday.", "RUS>UKRMIL:1823")] // a possessor, an auxiliary between
    [InlineData("A Geneva airstrike killed three Ukrainian soldiers on Tuesday.", "")] // a place names no author
    public void Code_AnAttackNounThatIsAVerbOfForcesSubjectIsOneAct(string text, string expected)
    {
        var d = Build(text).Timex("soldiers on", "Tuesday", "2020-03-03");
        d = (text.Contains("Iranian", StringComparison.Ordinal) ? d.Adjective("Iranian", "IRN") : text.Contains("Russian", StringComparison.Ordinal) ? d.Adjective("Russian", "RUS") : d).Sorted();
        var events = d.Code();
        Assert.Equal(expected, string.Join(" ", events.Select(e => Describe(d, e))));
        Assert.All(events, e => Assert.Equal("2020-03-03", e.Date));
    }

    [Fact]
    public void Code_ForceAtAStateAdjectivesFacilityStrikesThatState()
    {
        // "an Iranian air base": the adjective modifies a thing, but force aimed at it strikes Iran.
        var d = Build("Israel fired dozens of missiles at an Iranian air base on Thursday.").Adjective("Iranian", "IRN").Sorted();
        Assert.Equal("ISR>IRN:194", string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Fact]
    public void Code_ForceMadeWithAnAttackNounKeepsItsDate()
    {
        var d = Build("Israel pounded Iran with airstrikes on Monday.").Timex("airstrikes on", "Monday", "2020-03-02");
        d.Code();
        Assert.Equal("2020-03-02", d.Events.Single(e => e.Source.Actor == "ISR" && e.Target.Actor == "IRN").Date);
    }

    [Fact]
    public void Code_APassiveActOfForceInAnAttackTakesTheAttacksDate()
    {
        var d = Build("Three Ukrainian soldiers were killed in an Iranian airstrike in Geneva on Tuesday.").Adjective("Iranian", "IRN")
            .Timex("Geneva on", "Tuesday", "2020-03-03").Sorted();
        Assert.Equal("2020-03-03", Assert.Single(d.Code()).Date);
    }

    [Fact]
    public void Code_AnAttackNounAfterAGerundIsNotTheSubjectsAttack()
    {
        // Japan incited the attack; it did not attack China.
        var d = Build("Russia impeached Japan on Wednesday for inciting the deadly attack on China.");
        Assert.DoesNotContain(d.Code(), e => e.Cameo.StartsWith("19", StringComparison.Ordinal) && e.Source.Actor is "JPN" or "RUS");
    }

    [Fact]
    public void Code_WhoDescribesTheObjectIsNoTarget()
    {
        var d = Build("Russian troops struck what Ukraine described as a hospital.");
        Assert.DoesNotContain(d.Code(), e => e.Target.Actor == "UKR" && e.Target.Span.Start == d.Text.IndexOf("Ukraine", StringComparison.Ordinal));
        var direct = Build("Russian troops attacked Ukraine on Monday.");
        Assert.Contains(direct.Code(), e => e.Target.Actor == "UKR");
    }

    [Fact]
    public void Code_RebelsStrikeAPlaceOfTheirOwnState()
    {
        var d = Build("Ukrainian rebels shelled the outskirts of Kharkiv.").Actor("Ukrainian rebels", "UKRREB", "UKR", "REB", MentionKind.Group).Place("Kharkiv", "UKR").Sorted();
        Assert.Equal("UKRREB>UKR:194", string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Fact]
    public void Code_StateAdjectiveTakenAsTargetActsAsTheState()
    {
        // The actors stage gives "Iranian" before a noun that names no role its state only, as a place-like mention.
        var d = Build("Israel condemned Iranian aggression.").Adjective("Iranian", "IRN").Sorted();
        var e = Assert.Single(d.Code());
        Assert.Equal("IRN", e.Target.Actor);
        Assert.Equal("IRN", e.Target.Country);
    }

    [Theory]
    [InlineData("Iran fired rockets at Israel on Monday as Japan criticized China.")]
    [InlineData("Iran fired rockets at Israel on Monday while the United States criticized China.")]
    public void Code_ASimultaneousPastClauseTakesTheDayOfTheClauseBefore(string text)
    {
        var d = Build(text).Timex("Israel on", "Monday", "2020-03-02");
        d.Code();
        Assert.Equal("2020-03-02", d.Events.Single(e => e.Target.Actor == "CHN").Date);
    }

    [Fact]
    public void Code_ASpeakersSecondActAfterADeniedReportedSubjectIsTheSpeakers()
    {
        var d = Build("Putin said no Ukrainian soldiers were harmed and announced sanctions against Japan.");
        Assert.Equal("RUSGOV>JPN:163", string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Theory]
    [InlineData("Japan said Russian troops had shelled its positions on Monday.", "RUSMIL>JPN:194")] // the speaker's own positions
    [InlineData("Japan said Russian troops had shelled their own positions on Monday.", "")] // "own" after "their" is the attacker's
    public void Code_ForceOnTheSpeakersOwnStrikesTheSpeaker(string text, string expected)
    {
        var d = Build(text);
        Assert.Equal(expected, string.Join(" ", d.Code().Select(e => Describe(d, e))));
    }

    [Fact]
    public void Code_ACoordinatedPastClauseTakesTheLedesDay()
    {
        // "on Monday" dates the rockets; the strikes of the clause after ", and" have no time of their own.
        var d = Build("Iran fired rockets at Israel on Monday, and Israel launched airstrikes on Iran.").Timex("Israel on", "Monday", "2020-03-02");
        d.Code();
        Assert.Equal("2020-03-02", d.Events.Single(e => e.Source.Actor == "ISR").Date);

        // A clause in the future, or a time after the publication, does not.
        var later = Build("Iran fired rockets at Israel on Monday, and Israel will launch airstrikes on Iran.").Timex("Israel on", "Monday", "2020-03-02");
        later.Code();
        Assert.Equal("2020-03-04", later.Events.Single(e => e.Source.Actor == "ISR").Date);
    }

    [Fact]
    public void Code_TimexBeforeAndBelongsToThePrecedingConjunct()
    {
        // "in May" dates the attack, a noun inside the first conjunct: the criticism that follows "and" is not dated by it.
        var d = Build("Japan condemned the attack on China in May and criticized Russia.")
            .Timex("China in", "May", "2020-05");
        d.Code();
        Assert.Equal("2020-03-04", d.Events.Single(e => e.Cameo == "111" && e.Target.Actor == "RUS").Date);
    }

    [Fact]
    public void Code_AForeignForceAgainstACapitalStrikesTheStateNotItsGovernment()
    {
        var d = Build("Russia shelled Kyiv. Japan criticized Kyiv.");
        foreach (int at in new[] { d.Text.IndexOf("Kyiv", StringComparison.Ordinal), d.Text.LastIndexOf("Kyiv", StringComparison.Ordinal) })
        {
            d.Mentions.Add(new Mention(new TextSpan(at, 4), d.SentenceAt(at), MentionKind.Country, "UKRGOV", "UKR", "GOV", null, new Evidence("dyad.actors.v1", "countries.tsv:UKR.capital.government")));
        }

        d.Sorted().Code();
        Assert.Equal("UKR", d.Events.Single(e => e.Cameo == "194").Target.Actor);
        Assert.Equal("UKRGOV", d.Events.Single(e => e.Cameo == "111").Target.Actor); // in words, the capital is its government
    }

    [Fact]
    public void Code_ATimeAfterSinceIsNoDateOfTheAct()
    {
        var d = Build("Russia has been fighting Ukraine since 2014.").Timex("Ukraine since", "2014", "2014");
        Assert.Equal("2020-03-04", Assert.Single(d.Code()).Date);
    }

    [Fact]
    public void Code_ATimeBeforeANounDatesTheNounNotTheAct()
    {
        // "a 1965 treaty" is the treaty's year; "the March 2 attack" and "during a 2018 trip" still date the act.
        var treaty = Build("Japan accused China of breaking a 1965 treaty.").Timex("breaking a ", "1965", "1965");
        Assert.Equal("2020-03-04", Assert.Single(treaty.Code()).Date);
        var trip = Build("During a 2018 trip, Japan criticized China.").Timex("a ", "2018", "2018");
        Assert.Equal("2018", Assert.Single(trip.Code()).Date);
    }

    [Fact]
    public void Code_PartnersInAOneWayActDoNotActOnEachOther()
    {
        // Coordinated mediators or visitors act toward a third party; partners who agree to talk act on each other.
        Assert.Equal("", Code("Japan and China offered to mediate."));
        Assert.Equal("JPN>CHN:036 CHN>JPN:036", Code("Japan and China agreed to hold talks."));
    }

    [Fact]
    public void Code_DeadlineDoesNotDateTheAct()
    {
        // "by 2025" is when something is due, not when the signing took place: the publication date stands.
        var d = Build("Japan signed an agreement with China to finish the pipeline by 2025.")
            .Timex("pipeline by", "2025", "2025");
        d.Code();
        Assert.Equal("2020-03-04", d.Events.Single(e => e.Cameo == "057").Date);
    }

    [Fact]
    public void Code_PrefersTheTimexNearestTheVerbInItsClause()
    {
        var d = Build("Japan met China on Monday and will visit Israel in May.")
            .Timex("met China on", "Monday", "2020-03-02")
            .Timex("Israel in", "May", "2020-05");
        d.Code();
        Assert.Equal("2020-03-02", d.Events.Single(e => e.Cameo == "040").Date);
        Assert.Equal("2020-05", d.Events.Single(e => e.Cameo == "036").Date); // "will visit": an intent to meet
    }

    [Fact]
    public void Code_DatesTheVerbBeforeAComma()
    {
        // "killing" is nearer to "Saturday" but follows the comma: the attack happened on Saturday.
        var d = Build("Russia attacked Ukraine on Saturday, killing dozens of people.")
            .Timex("Ukraine on", "Saturday", "2020-02-29");
        d.Code();
        Assert.Equal("2020-02-29", d.Events.Single(e => e.Cameo == "190").Date);
    }

    [Fact]
    public void Code_AParticipleSharesTheTimeOfItsClausesVerb()
    {
        // "blaming" has no time of its own: it happened when Iran made the admission, on Saturday.
        var d = Build("On Saturday, Iran admitted the error, blaming Israel for the crisis.")
            .Timex("On", "Saturday", "2020-02-29");
        d.Code();
        Assert.Equal("2020-02-29", d.Events.Single(e => e.Cameo.StartsWith("112", StringComparison.Ordinal)).Date);
    }

    [Fact]
    public void Code_AVerbAfterAndOrAParticipleAfterACommaSharesTheTimeAfterThePreviousVerb()
    {
        var d = Build("Russia visited China last month and met Japan.")
            .Timex("China", "last month", "2020-02");
        d.Code();
        Assert.Equal("2020-02", d.Events.Single(e => e.Cameo == "040").Date);
        var raid = Build("Israel raided the camp on Thursday, killing three Iranian soldiers.")
            .Actor("Iranian soldiers", "IRNMIL", "IRN", "MIL", MentionKind.Group)
            .Timex("camp on", "Thursday", "2020-03-02");
        raid.Code();
        Assert.All(raid.Events, e => Assert.Equal("2020-03-02", e.Date));
        Assert.NotEmpty(raid.Events);
    }

    [Fact]
    public void Code_ATimeOpeningTheSentenceDatesEveryConjunct()
    {
        // Unlike "met China in May and criticized Russia", a fronted time covers both verbs.
        var d = Build("Last week Russia attacked Japan and criticized China.")
            .Timex("Last", "Last week", "2020-W09");
        d.Code();
        Assert.Contains(d.Events, e => e.Cameo == "190" && e.Target.Actor == "JPN");
        Assert.Contains(d.Events, e => e.Cameo == "111" && e.Target.Actor == "CHN");
        Assert.All(d.Events, e => Assert.Equal("2020-W09", e.Date));
    }

    [Fact]
    public void Code_AResolvedSubjectPronounIsAnActorButAPronounInsideAQuoteIsNot()
    {
        var d = Build("Putin met Zelensky. He criticized Japan. “We condemn China,” Putin said.");
        int he = d.Text.IndexOf("He", StringComparison.Ordinal);
        int we = d.Text.IndexOf("We", StringComparison.Ordinal);
        d.Mentions.Add(new Mention(new TextSpan(he, 2), 1, MentionKind.Person, "RUSGOV", "RUS", "GOV", 0, new Evidence("dyad.quotes.v1", "quotes.pronoun.subject")));
        d.Mentions.Add(new Mention(new TextSpan(we, 2), 2, MentionKind.Group, "RUSGOV", "RUS", "GOV", 0, new Evidence("dyad.quotes.v1", "quotes.first-person-plural")));
        d.Code();
        Assert.Contains(d.Events, e => e.Cameo == "111" && e.Source.Actor == "RUSGOV" && e.Target.Actor == "JPN");
        Assert.DoesNotContain(d.Events, e => e.Target.Actor == "CHN");
    }

    [Fact]
    public void Code_APrepositionBeforeATimeIsNoParticleOfAPhrasalVerb()
    {
        // "agreed on" would be a phrasal verb; before "Thursday" the preposition belongs to the time.
        var d = Build("Japan agreed on Thursday to resume talks with China.").Timex("agreed on", "Thursday", "2020-03-05");
        var e = Assert.Single(d.Code());
        Assert.Equal(("036", "JPN", "CHN"), (e.Cameo, e.Source.Actor, e.Target.Actor));
    }

    [Fact]
    public void Code_AResolvedObjectPronounIsATarget()
    {
        var d = Build("Putin arrived in Japan. Zelensky greeted him at the airport.");
        int him = d.Text.IndexOf("him", StringComparison.Ordinal);
        d.Mentions.Add(new Mention(new TextSpan(him, 3), 1, MentionKind.Person, "RUSGOV", "RUS", "GOV", 0, new Evidence("dyad.quotes.v1", "quotes.pronoun.object")));
        d.Code();
        Assert.Contains(d.Events, e => e.Cameo == "043" && e.Source.Actor == "UKRGOV" && e.Target.Actor == "RUSGOV");
    }

    [Fact]
    public void Code_PressBeforeReleaseIsThePressNotAVerb()
    {
        var d = Build("According to a March 14, 2019 NATO press release, Japan spent an estimated 1.15% of its GDP on military expenditures in 2018.")
            .Actor("NATO", "IGOWSTNAT", "IGO", null, MentionKind.Organization);
        Assert.Empty(d.Code());
    }

    [Fact]
    public void Code_ACommonNounGluedToAHyphenIsNoParty()
    {
        var d = Build("Japan rejected demands for a new judge-led investigation.")
            .Actor("judge", "JPNJUD", "JPN", "JUD", MentionKind.Person);
        Assert.DoesNotContain(d.Code(), e => e.Target.Actor == "JPNJUD");
    }

    [Fact]
    public void Code_UsesThePublicationDateWithoutTimex()
    {
        var d = Build("China criticized Japan.");
        var e = Assert.Single(d.Code());
        Assert.Equal("2020-03-04", e.Date);
        Assert.Equal(DateSource.Publication, e.DateSource);
    }

    [Fact]
    public void Code_AttachesTheLocationAfterIn()
    {
        var d = Build("Japan met China in Geneva.");
        var e = Assert.Single(d.Code());
        Assert.Equal("CHE", e.Location!.Country);
    }

    [Fact]
    public void Code_FollowsRefersToForPronouns()
    {
        var d = TestDocuments.Segmented("Japan spoke. It criticized China.").Actor("Japan", "JPN", "JPN").Actor("China", "CHN", "CHN").Sorted();
        var it = d.Text.IndexOf("It", StringComparison.Ordinal);
        d.Mentions.Insert(1, new Mention(new TextSpan(it, 2), 1, MentionKind.Country, null, null, null, 0, new Evidence("test", "pronoun")));
        var e = Assert.Single(d.Code());
        Assert.Equal("JPN", e.Source.Country);
        Assert.Equal(1, e.Source.Mention);
        Assert.Equal("It", d.TextOf(e.Source.Span));
    }

    [Fact]
    public void Code_CarriesVerbSpanAndPatternAsEvidence()
    {
        var d = Build("South Korea proposed talks with North Korea.");
        var e = Assert.Single(d.Code());
        Assert.Equal("proposed", d.TextOf(e.Verb));
        Assert.Equal("dyad.events.v1", e.Evidence.Stage);
        Assert.Contains("&TALKS", e.Evidence.Rule, StringComparison.Ordinal);
    }
}
