using Dyad.Core;

namespace Dyad.Events.Tests;

/// <summary>Classes of news constructions seen in wikinews and the seed, each built by hand as the actors stage marks it.</summary>
public sealed class NewsPatternTests
{
    private static Document Build(string text)
    {
        var d = TestDocuments.Segmented(text, new DateOnly(2020, 3, 4))
            .Actor("Saudi Arabia", "SAU", "SAU")
            .Actor("United States", "USA", "USA")
            .Actor("North Korea", "PRK", "PRK")
            .Actor("South Korea", "KOR", "KOR")
            .Actor("Japan", "JPN", "JPN")
            .Actor("Nigeria", "NGA", "NGA")
            .DemonymGroup("Indian troops", "IND", "MIL")
            .DemonymGroup("Iranian diplomats", "IRN", "GOV")
            .RoleGroup("foreign ministers of Japan", "JPN", "GOV")
            .Actor("Xi Jinping", "CHNGOV", "CHN", "GOV", MentionKind.Person);

        // Bare country adjectives come from the actors stage as place-like mentions with an ".adjective" rule.
        foreach (var (word, country) in new[] { ("Japanese", "JPN"), ("Iranian", "IRN"), ("Chinese", "CHN") })
        {
            int at = d.Text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                d.Mentions.Add(new Mention(new TextSpan(at, word.Length), d.SentenceAt(at), MentionKind.Location, null, country, null, null, new Evidence("test", $"countries.tsv:{country}.adjective")));
            }
        }

        return d.Sorted();
    }

    private static string Code(string text)
    {
        var d = Build(text);
        return string.Join(" ", d.Code().Select(e => $"{e.Source.Actor ?? e.Source.Country}>{e.Target.Actor ?? e.Target.Country}:{e.Cameo}{(e.Negated ? "!neg" : string.Empty)}"));
    }

    [Theory]
    [InlineData("Japan wants to resolve the issue of Japanese nationals abducted to North Korea.", "PRK>JPN:181")] // agentless reduced passive; adjective + people noun is the victim
    [InlineData("Japanese citizens were abducted by North Korea.", "PRK>JPN:181")] // adjective + people noun as passive subject
    [InlineData("Two Chinese citizens were kidnapped in Nigeria.", "")] // no agent: no event rather than a guessed source
    [InlineData("Both Saudi Arabia and the United States have alleged Iranian involvement.", "SAU>IRN:112 USA>IRN:112")] // compound subject with a determiner; adjective + involvement as target
    [InlineData("Iranian-backed militias attacked South Korea.", "")] // an "-backed" adjective is never the source
    [InlineData("Japan expressed concern that South Korea's offer could weaken pressure.", "JPN>KOR:012")] // a comment's target is the subject of its "that" clause
    [InlineData("Japan said that South Korea would benefit.", "")] // only coded comments look into the "that" clause
    [InlineData("Japan understood South Korea's position.", "JPN>KOR:018")] // understanding a position is an empathetic comment
    [InlineData("Japan did not express concern about South Korea.", "JPN>KOR:012!neg")] // negation still flags the comment
    [InlineData("Chinese and Indian troops clashed in the mountains.", "CHNMIL>INDMIL:190 INDMIL>CHNMIL:190")] // a demonym shares the group noun of the next one
    [InlineData("Japanese and Chinese nationals were abducted by North Korea.", "PRK>JPN:181 PRK>CHN:181")] // coordinated demonyms before a people noun
    [InlineData("Talks between Japanese and Iranian diplomats ended on Friday.", "JPNGOV>IRNGOV:040 IRNGOV>JPNGOV:040")] // borrowed agent inside "between"
    [InlineData("The foreign ministers of Japan, Nigeria and South Korea met in Seoul.", "JPNGOV>NGAGOV:040 JPNGOV>KORGOV:040 NGAGOV>JPNGOV:040 NGAGOV>KORGOV:040 KORGOV>JPNGOV:040 KORGOV>NGAGOV:040")] // a plural role of coordinated states is each state's
    [InlineData("The foreign ministers of Japan and South Korea's president met.", "JPNGOV>KOR:040 KOR>JPNGOV:040")] // a state that owns another noun keeps its own code
    [InlineData("North Korea attacked a Japanese fishing boat.", "PRK>JPN:190")] // a demonym before a common noun: the country's property is the target
    [InlineData("Nigeria seized an Iranian oil tanker on Monday.", "NGA>IRN:1711")] // seizing a country's ship confiscates its property
    [InlineData("Iranian media criticized Japan.", "")] // a demonym before a common noun never acts
    [InlineData("Japan struck Iranian targets.", "JPN>IRN:190")] // striking something with an object is an attack, not a labour strike
    [InlineData("Japan welcomed the Chinese decision.", "")] // welcoming a decision is not hosting its country
    [InlineData("South Korea condemned the murder of a journalist by Japanese agents.", "")] // a demonym after "by" is an agent, not the target
    [InlineData("Japan closed the Chinese-Iranian border.", "")] // a border between two states is neither state's property
    [InlineData("Japan praised Chinese paramount leader Xi Jinping.", "JPN>CHNGOV:051")] // a demonym that leads into a named person describes the person
    [InlineData("Nigeria condemned the Iranian strike on Japan.", "NGA>IRN:111 IRN>JPN:190")] // after a demonym "strike" is a noun whose demonym is the striker
    [InlineData("Japan seized a Chinese-flagged tanker.", "JPN>CHN:1711")] // "-flagged": the adjective still names the vessel's state
    [InlineData("The United States raised tariffs on $200 billion worth of Chinese goods.", "USA>CHN:163")] // tariffs raised on a state's goods, after an amount, sanction that state
    [InlineData("Japan imposed tariffs of 25 percent on Chinese imports.", "JPN>CHN:163")] // the rate before "on" does not part the goods from the verb
    [InlineData("The United States banned imports of Iranian oil.", "USA>IRN:163")] // an embargo on a state's goods
    [InlineData("Japan raised concerns about tariffs on Chinese goods.", "")] // "raised" codes tariffs only when they touch it
    public void CodesNewsConstruction(string text, string expected) => Assert.Equal(expected, Code(text));
}
