using Dyad.Core;

namespace Dyad.Events.Tests;

/// <summary>Entries of the coverage verb files (data/verbs/50-*.txt, 51-*.txt), one sentence per category, written for these tests.</summary>
public sealed class CoverageVerbTests
{
    private static string Code(string text)
    {
        var d = TestDocuments.Segmented(text, new DateOnly(2021, 5, 6))
            .CommonActors()
            .Actor("protesters", "IRQOPP", "IRQ", "OPP", MentionKind.Group)
            .Sorted();
        return string.Join(" ", d.Code().Select(e => $"{e.Source.Actor}>{e.Target.Actor}:{e.Cameo}{(e.Negated ? "!neg" : string.Empty)}"));
    }

    [Theory]
    [InlineData("Japan demanded that China release the fishermen.", "JPN>CHN:1053")] // 10: the target is the subject of the that-clause
    [InlineData("The United States demanded that Iran abandon its nuclear program.", "USA>IRN:1042")] // 10: policy change, that-clause
    [InlineData("Japan opened an investigation into China.", "JPN>CHN:090")] // 09: light verb + inquiry noun
    [InlineData("Israel accused Iran of violating the ceasefire.", "ISR>IRN:1123")] // 11: accusation of aggression
    [InlineData("Russia threatened to stop negotiations with Ukraine.", "RUS>UKR:134")] // 13: threat to halt talks
    [InlineData("Iran vowed to retaliate against Israel.", "IRN>ISR:138")] // 13: vow of retaliation is a threat of force
    [InlineData("South Korea staged protests against Japan.", "KOR>JPN:141")] // 14: light verb + protest noun
    [InlineData("China recalled its ambassador from Japan.", "CHN>JPN:161")] // 16: diplomatic downgrade
    [InlineData("Iraqi police placed protesters under house arrest.", "IRQCOP>IRQOPP:173")] // 17: detention phrase
    [InlineData("Russian troops exchanged fire with Ukrainian soldiers.", "RUSMIL>UKRMIL:190")] // 19: exchange of fire
    [InlineData("Japan paid a state visit to China.", "JPN>CHN:042")] // 04: light verb + visit
    [InlineData("China opened talks with Japan.", "CHN>JPN:046")] // 04: opening negotiations needs "with" and an actor
    [InlineData("Israel continued its offensive against Iran.", "ISR>IRN:190")] // 19: light verb + offensive
    public void Code_FindsCoverageEvents(string text, string expected) => Assert.Equal(expected, Code(text));

    [Theory]
    [InlineData("Japan opened a new factory in China.")] // "open" codes only inquiries and talks
    [InlineData("Israel resumed operations at its port near Iran.")] // resumed business operations are not an attack
    [InlineData("China began a new football season with Japan.")] // "begin ... with" without talks
    [InlineData("Russia held a lottery with Ukraine.")] // "hold" alone is not a meeting
    [InlineData("Japan will fire its finance minister on Monday after talks in China.")] // "fire on" needs an actor after "on"
    [InlineData("The cyberattack on Monday hit banks, said Japan and China.")] // a slot of an event noun must hold an actor
    [InlineData("Japan beat China in the semi-final.")] // a match won, not an assault (blocked in context)
    [InlineData("Japan recaptured the lead against China in the second half.")] // recapturing needs a place or control
    public void Code_LeavesOrdinaryUsesAlone(string text) => Assert.Equal(string.Empty, Code(text));
}
