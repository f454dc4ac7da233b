using Dyad.Core;
using Dyad.Events.Dictionary;

namespace Dyad.Events.Tests;

/// <summary>
/// The TABARI and PETRARCH dictionary semantics the coder implements, each on a small dictionary written here in
/// those formats (invented entries, not taken from the GPL files).
/// </summary>
public sealed class TabariSemanticsTests
{
    private const string TabariVerbs = """
        <SYNSETS>
        &KIND
        +TRADE
        +ARMS
        &KINDPHRASE
        +&KIND_NOTES
        +NOTES_ON_&KIND
        </SYNSETS>
        VOICE [020]
        - LOUDLY RAISED ITS * [042]
        QUARREL [111]
        - NEVER EVER * [113]
        GREET [041]
        - * &KINDPHRASE FROM [911]
        TALK [---]
        - % HAVE RESUMED * [031]
        MEET [031]
        - * IN ^ WITH + [036]
        SAID [023?]
        CONDEMN [122]
        BLAST [223!]
        HELP [070]
        ASSIST [092]
        ATTACK [190]
        RIOT [+++]
        DEPART_ [032]
        BAR= [191]
        """;

    private static readonly VerbLexicon Tabari = Load(TabariVerbs, TabariVerbReader.Read);

    private static VerbLexicon Load(string text, Action<string, VerbLexiconBuilder> read)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            var builder = new VerbLexiconBuilder();
            read(path, builder);
            return builder.Build();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Document Build(string text) =>
        TestDocuments.Segmented(text, new DateOnly(2020, 3, 4))
            .Actor("Gondor", "GON", "GON")
            .Actor("Rohan", "ROH", "ROH")
            .Actor("Arnor", "ARN", "ARN")
            .Actor("Bree", "BRE", "BRE")
            .Actor("Ithilen", "ITH", "ITH")
            .Sorted();

    private static string Code(string text, EventCoderOptions options, VerbLexicon? lexicon = null)
    {
        var document = Build(text);
        var events = new List<Event>();
        new EventCoder(lexicon ?? Tabari, "test", options).Code(document, events);
        return string.Join(" ", events.Where(e => !e.Negated).Select(e => $"{e.Source.Actor}>{e.Target.Actor}:{e.Cameo}"));
    }

    private static readonly EventCoderOptions TabariReading = new() { MaxGap = 40, FirstVerbOnly = true, FirstActorSearch = true, FutureAsIntent = false };

    [Theory]
    [InlineData("Gondor has loudly raised its voice for Rohan.", "GON>ROH:042")] // a pattern naming the words before the verb licenses it after "its"
    [InlineData("Gondor will never ever quarrel with Rohan.", "GON>ROH:113")] // ... and where a base form could not otherwise start a verb
    [InlineData("Gondor heard the voice of Rohan.", "")] // after an article the form stays a noun, patterns or not
    public void ContextPatterns_LicenseVerbForms(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading));
    }

    [Theory]
    [InlineData("Gondor greeted trade notes from Rohan.", "GON>ROH:911")] // a synset member built from another synset (&KIND_NOTES)
    [InlineData("Gondor greeted notes on arms from Rohan.", "GON>ROH:911")] // ... with the nested set at its end
    [InlineData("Gondor greeted Rohan.", "GON>ROH:041")] // no phrase: the verb's own code
    public void NestedSynsets_ExpandInsideMembers(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading));
    }

    [Theory]
    [InlineData("Gondor and Rohan have resumed talks.", "GON>ROH:031 ROH>GON:031")] // % : the compound's members act on each other
    [InlineData("Gondor have resumed talks.", "")] // % needs a compound
    [InlineData("Gondor will meet in Arnor with Rohan.", "GON>ROH:036")] // ^ passes over an actor without a role
    public void CompoundAndSkipSlots(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading));
    }

    [Theory]
    [InlineData("Gondor said Rohan condemned Arnor.", "GON>ARN:122")] // a subordinate code (023?) yields to any other event
    [InlineData("Gondor said it welcomed peace with Rohan.", "GON>ROH:023")] // ... and is coded when nothing else is
    [InlineData("Gondor condemned Rohan and blasted Arnor.", "GON>ARN:223")] // a dominant code (223!) is coded alone
    [InlineData("Gondor condemned Rohan and rioted in Arnor.", "")] // +++ makes the whole sentence too complex to code
    public void SubordinateDominantAndComplexCodes(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading));
    }

    [Theory]
    [InlineData("Gondor suggested Rohan should help Arnor.", "GON>ARN:070")] // the source is the sentence's first actor, not the nearest
    [InlineData("Gondor and Rohan will help Ithilen.", "GON>ITH:070 ROH>ITH:070")] // a compound source gives one event per member
    [InlineData("Gondor and Rohan will help soon.", "GON>ROH:070")] // no actor after the verb: the first other actor before it, alone
    [InlineData("Gondor was attacked by Rohan.", "ROH>GON:190")] // WAS … * BY: passive voice swaps source and target
    [InlineData("Gondor condemned Bree but Rohan assisted Arnor.", "GON>BRE:122 ROH>ARN:092")] // a conjoined clause opening with an actor has its own source
    public void FirstActorSearch_FollowsTabari(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading));
    }

    [Theory]
    [InlineData("Gondor plans tos help Rohan.", false, "")] // news reading: "help" after an unknown word is not a verb
    [InlineData("Gondor plans tos help Rohan.", true, "GON>ROH:070")] // TABARI's noun rule: only an article makes it a noun
    [InlineData("Gondor sent the help to Rohan.", true, "")] // ... as here
    public void ArticleNounRule(string text, bool tabari, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading with { ArticleNounRule = tabari }));
    }

    [Theory]
    [InlineData("Gondor departes from Rohan.", "GON>ROH:032")] // an exact verb (DEPART_) still takes TABARI's regular endings
    [InlineData("Gondor departen from Rohan.", "GON>ROH:032")] // ... including -en
    [InlineData("Gondor will bar Rohan.", "GON>ROH:191")] // BAR= matches itself
    [InlineData("Gondor barred Rohan.", "")] // ... and refuses endings
    public void RegularEndings(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading with { ArticleNounRule = true }));
    }

    [Theory]
    [InlineData("Gondor condemned Bree and then assisted Rohan.", "GON>BRE:122 GON>ROH:092")] // a conjoined clause codes its own event and keeps the source
    [InlineData("Gondor condemned Rohan as a cruel or bitter place to help.", "GON>ROH:122")] // OR between adjectives does not open a clause
    [InlineData("Gondor condemned Bree and Rohan assisted Arnor.", "GON>BRE:122 GON>ROH:122")] // AND between actors makes a compound, not a clause
    public void ConjoinedClauses(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading));
    }

    [Theory]
    [InlineData("The peasants will help Rohan soon.", true, false, "SRC>ROH:070")] // PRIOR: no actor before the verb → default source
    [InlineData("Gondor will help the peasants soon.", false, true, "GON>TGT:070")] // AFTER: no actor after the verb → default target
    [InlineData("The peasants will help Rohan soon.", false, false, "ROH>TGT:070")] // without PRIOR the source is found after the verb
    public void DefaultActors(string text, bool prior, bool after, string expected)
    {
        var options = TabariReading with { DefaultSource = "SRC", DefaultSourcePrior = prior, DefaultTarget = "TGT", DefaultTargetAfter = after };
        Assert.Equal(expected, Code(text, options));
    }

    [Theory]
    [InlineData("The peasants will help Rohan soon.", "")] // no actor before the first verb: too complex
    [InlineData("Gondor will help Rohan soon.", "GON>ROH:070")] // an actor first: coded
    public void NoActorPrior_SkipsTheSentence(string text, string expected)
    {
        Assert.Equal(expected, Code(text, TabariReading with { RequireActorBeforeFirstVerb = true }));
    }

    [Theory]
    [InlineData("Gondor will help the peasants, a senior Rohan official said.", false, "GON>ROH:070")] // without elimination the closing clause gives a target
    [InlineData("Gondor will help the peasants, a senior Rohan official said.", true, "")] // a short closing clause is dropped
    [InlineData("Arnor, the old foe of Gondor, will help soon.", false, "ARN>GON:070")] // kept, the inner clause offers a target before the verb
    [InlineData("Arnor, the old foe of Gondor, will help soon.", true, "")] // a short inner clause is dropped
    [InlineData("Gondor, Arnor and Bree will help Rohan.", true, "GON>ROH:070 ARN>ROH:070 BRE>ROH:070")] // commas of a list of actors are kept
    public void CommaClauses_AreEliminated(string text, bool eliminate, string expected)
    {
        var options = TabariReading with { CommaClauses = eliminate ? new CommaClauseLimits() : null };
        Assert.Equal(expected, Code(text, options));
    }

    [Theory]
    [InlineData(false, "GON>ROH:122 ARN>BRE:092")] // by clause: each conjoined clause codes its first event
    [InlineData(true, "GON>ROH:122")] // by sentence: only the first event
    public void FirstEventOnly_StopsAfterTheFirstEvent(bool bySentence, string expected)
    {
        Assert.Equal(expected, Code("Gondor condemned Rohan but Arnor assisted Bree.", TabariReading with { FirstEventOnly = bySentence }));
    }

    [Theory]
    [InlineData("Gondor has cordoned off Rohan.", "GON>ROH:1721")] // +CORDON_OFF: the first word inflects
    [InlineData("Gondor wire tapped Rohan.", "GON>ROH:1711")] // WIRE_+TAP: the second word inflects
    public void PetrarchMultiWordVerbs(string text, string expected)
    {
        var lexicon = Load("""
            --- BLOCK  [1721] ---
            +CORDON_OFF
            --- SPY  [1711] ---
            WIRE_+TAP
            """, PetrarchVerbReader.Read);
        Assert.Empty(lexicon.Problems);
        Assert.Equal(expected, Code(text, TabariReading, lexicon));
    }
}
