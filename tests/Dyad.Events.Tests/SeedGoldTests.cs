using System.Text.Json;
using Dyad.Core;

namespace Dyad.Events.Tests;

/// <summary>
/// The seed article's gold events, coded with the default dictionary from hand-made mentions and time expressions
/// (standing in for the actors and time stages until they are merged).
/// </summary>
public sealed class SeedGoldTests
{
    private static Document SeedDocument()
    {
        var shared = TestDocuments.Shared();
        var raw = File.ReadAllText(Path.Combine(shared, "seed", "000_9eeac597d1877c74.txt"));
        int header = raw.IndexOf("date ", StringComparison.Ordinal);
        var date = DateOnly.Parse(raw.AsSpan(header + 5, 10), System.Globalization.CultureInfo.InvariantCulture);
        var body = raw[(header + 16)..];
        var d = TestDocuments.Segmented(body, date)
            .Actor("South Korea’s National Defense Ministry", "KORMIL", "KOR", "MIL", MentionKind.Organization)
            .Actor("South Korean President Moon Jae-in", "KORGOV", "KOR", "GOV", MentionKind.Person)
            .Actor("Japanese Chief Cabinet Secretary Yoshihide Suga", "JPNGOV", "JPN", "GOV", MentionKind.Person)
            .Actor("Prime Minister Shinzo Abe", "JPNGOV", "JPN", "GOV", MentionKind.Person)
            .Actor("South Korean Blue House", "KORGOV", "KOR", "GOV", MentionKind.Organization)
            .Actor("South Korean government", "KORGOV", "KOR", "GOV", MentionKind.Organization)
            .Actor("Japanese government", "JPNGOV", "JPN", "GOV", MentionKind.Organization)
            .Actor("Moon administration", "KORGOV", "KOR", "GOV", MentionKind.Organization)
            .Actor("President Moon", "KORGOV", "KOR", "GOV", MentionKind.Person)
            .Actor("Foreign Ministry", "JPNGOV", "JPN", "GOV", MentionKind.Organization)
            .Actor("Japanese nationals", "JPN", "JPN", null, MentionKind.Group)
            .Actor("Moon", "KORGOV", "KOR", "GOV", MentionKind.Person)
            .Actor("Suga", "JPNGOV", "JPN", "GOV", MentionKind.Person)
            .Actor("Abe", "JPNGOV", "JPN", "GOV", MentionKind.Person)
            .Actor("South Korea", "KOR", "KOR")
            .Actor("North Korea", "PRK", "PRK")
            .Actor("United States", "USA", "USA")
            .Actor("U.S.", "USA", "USA")
            .Actor("Japan", "JPN", "JPN")
            .Actor("Tokyo", "JPN", "JPN")
            .Actor("Seoul", "KOR", "KOR")
            .Actor("Pyongyang", "PRK", "PRK")
            .Actor("the North", "PRK", "PRK")
            .Actor("the South", "KOR", "KOR")
            .Actor("rogue state", "PRK", "PRK")
            .Actor("Germany", "DEU", "DEU")
            .Place("Panmunjom", "KOR")
            .Timex("proposal Monday", "Monday", "2017-07-17")
            .Timex("proposed to North Korea on Monday", "Monday", "2017-07-17")
            .Timex("at Panmunjom on Friday", "Friday", "2017-07-21")
            .Timex("news conference on Tuesday", "Tuesday", "2017-07-18")
            .Timex("held in Germany on July 7", "July 7", "2017-07-07")
            .Timex("colonial rule from 1910", "1910", "1910")
            .Timex("to 1945", "1945", "1945")
            .Timex("mainly in the 1970s", "1970s", "197X")
            .Timex("and 1980s", "1980s", "198X")
            .Sorted();
        d.Code();
        return d;
    }

    private static JsonElement Gold()
    {
        var path = Path.Combine(TestDocuments.Shared(), "gold", "seed-000.gold.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("events").Clone();
    }

    private static string[] Values(JsonElement item, string name) =>
        !item.TryGetProperty(name, out var v) ? [] : v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString()!).ToArray() : [v.GetString()!];

    private static IEnumerable<Event> Matching(Document d, JsonElement item)
    {
        var contains = item.GetProperty("sentence_contains").GetString()!;
        var sources = Values(item, "source_country");
        var targets = Values(item, "target_country");
        var roots = Values(item, "cameo_root");
        return d.Events.Where(e =>
            d.TextOf(d.Sentences[e.Sentence].Span).Contains(contains, StringComparison.Ordinal)
            && !e.Negated
            && sources.Contains(e.Source.Country)
            && targets.Contains(e.Target.Country)
            && roots.Contains(e.CameoRoot));
    }

    [Fact]
    public void Seed_EveryRequiredEventIsFoundWithItsDyadRootAndDate()
    {
        var d = SeedDocument();
        var missing = new List<string>();
        foreach (var item in Gold().GetProperty("required").EnumerateArray())
        {
            var found = Matching(d, item).ToList();
            if (item.TryGetProperty("date", out var date))
            {
                found = found.Where(e => e.Date == date.GetString()).ToList();
            }

            if (found.Count == 0)
            {
                missing.Add(item.GetProperty("sentence_contains").GetString()!);
            }
        }

        Assert.True(missing.Count == 0, "missing: " + string.Join(" | ", missing) + "\nfound: " + Describe(d));
    }

    [Fact]
    public void Seed_NoForbiddenEventAppearsAsPositive()
    {
        var d = SeedDocument();
        foreach (var item in Gold().GetProperty("forbidden").EnumerateArray())
        {
            Assert.Empty(Matching(d, item));
        }
    }

    [Fact]
    public void Seed_RefrainedCriticismIsKeptOnlyAsNegated()
    {
        var d = SeedDocument();
        var criticism = d.Events.Where(e => e.CameoRoot == "11" && d.TextOf(d.Sentences[e.Sentence].Span).Contains("refraining", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(criticism);
        Assert.All(criticism, e => Assert.True(e.Negated));
    }

    [Fact]
    public void Seed_ProposalOfTalksCarriesPlaceDateAndEvidence()
    {
        var d = SeedDocument();
        var e = Assert.Single(d.Events, e => d.TextOf(d.Sentences[e.Sentence].Span).Contains("proposed to North Korea", StringComparison.Ordinal) && e.Source.Actor == "KORMIL");
        Assert.Equal("036", e.Cameo);
        Assert.Equal("PRK", e.Target.Country);
        Assert.Equal("2017-07-17", e.Date);
        Assert.Equal(DateSource.Timex, e.DateSource);
        Assert.Equal("Panmunjom", d.TextOf(e.Location!.Span));
        Assert.Equal("proposed", d.TextOf(e.Verb));
        Assert.Equal("AGREE", e.Plover);
        Assert.Equal(1, e.QuadClass);
        Assert.StartsWith("036", e.Evidence.Rule, StringComparison.Ordinal);
    }

    private static string Describe(Document d) => string.Join("\n", d.Events.Select(e =>
        $"[{e.Sentence}] {e.Source.Actor}->{e.Target.Actor} {e.Cameo} {e.Date} neg={e.Negated} hyp={e.Hypothetical} '{d.TextOf(e.Verb)}' {e.Evidence.Rule}"));
}
