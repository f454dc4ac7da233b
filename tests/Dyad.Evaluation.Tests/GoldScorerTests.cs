using Dyad.Core;
using Dyad.Evaluation.Gold;

namespace Dyad.Evaluation.Tests;

public sealed class GoldScorerTests
{
    private const string Text = "Tokyo criticized Seoul on Monday. The official said it did not attack Seoul.";

    private static Document Annotated()
    {
        var document = new Document("d", Text, new DateOnly(2017, 7, 19));
        document.Sentences.Add(new Sentence(new TextSpan(0, 33), 0, 0, 0));
        document.Sentences.Add(new Sentence(TextSpan.FromBounds(34, Text.Length), 0, 0, 0));
        var rule = new Evidence("test", "hand");
        document.Mentions.Add(new Mention(new TextSpan(0, 5), 0, MentionKind.Country, "JPNGOV", "JPN", "GOV", null, rule));
        document.Mentions.Add(new Mention(new TextSpan(17, 5), 0, MentionKind.Country, "KORGOV", "KOR", "GOV", null, rule));
        document.Mentions.Add(new Mention(new TextSpan(34, 12), 1, MentionKind.Person, null, null, null, 0, rule));
        document.Timexes.Add(new TimeExpression(new TextSpan(26, 6), 0, TimexType.Date, "2017-07-17", rule));
        var tokyo = new EventActor(new TextSpan(0, 5), 0, "JPNGOV", "JPN", "GOV");
        var seoul = new EventActor(new TextSpan(17, 5), 1, "KORGOV", "KOR", "GOV");
        document.Events.Add(new Event(0, tokyo, seoul, "111", "DISAPPROVE", -2, 3, "2017-07-17", DateSource.Timex, null, false, false, new TextSpan(6, 10), rule));
        document.Events.Add(new Event(1, tokyo, seoul, "190", "ASSAULT", -10, 4, "2017-07-19", DateSource.Publication, null, true, false, new TextSpan(64, 6), rule));
        return document;
    }

    private static GoldItem Item(string json) => GoldItem.From(System.Text.Json.JsonDocument.Parse(json).RootElement);

    private static GoldFile Gold(Action<GoldFile> fill)
    {
        var gold = new GoldFile { Path = "g", DocumentPath = "d" };
        fill(gold);
        return gold;
    }

    private static LayerScore Layer(GoldFile gold, string layer) => GoldScorer.Score(gold, Annotated()).Single(s => s.Layer == layer);

    [Theory]
    [InlineData("""{"text": "Monday", "sentence_contains": "Seoul on Monday", "value": "2017-07-17"}""", 1)] // right value in the right sentence
    [InlineData("""{"text": "Monday", "value": "2017-07-24"}""", 0)] // wrong value
    [InlineData("""{"text": "Monday", "sentence_contains": "did not attack", "value": "2017-07-17"}""", 0)] // wrong sentence
    public void Timex_MatchesTextSentenceAndValue(string json, int found)
    {
        Assert.Equal(found, Layer(Gold(g => g.TimexRequired.Add(Item(json))), "timex_required").Found);
    }

    [Theory]
    [InlineData("""{"text": "Tokyo", "country": "JPN", "agent": ["GOV", "MIL"]}""", 1)] // one of the acceptable agents
    [InlineData("""{"text": "Tokyo", "country": "KOR"}""", 0)] // wrong country
    [InlineData("""{"text": "The official", "country": "JPN", "agent": "GOV"}""", 1)] // codes read through refers_to
    [InlineData("""{"text": "Seoul", "country": "KOR", "kind": "person"}""", 0)] // wrong kind
    public void Actors_MatchCountryAgentAndKind(string json, int found)
    {
        Assert.Equal(found, Layer(Gold(g => g.ActorsRequired.Add(Item(json))), "actors_required").Found);
    }

    [Theory]
    [InlineData("""{"sentence_contains": "criticized Seoul", "source_country": "JPN", "target_country": "KOR", "cameo_root": ["11", "12"], "date": "2017-07-17"}""", 1)] // dyad, root and date
    [InlineData("""{"sentence_contains": "criticized Seoul", "source_country": "KOR", "target_country": "JPN", "cameo_root": ["11"]}""", 0)] // reversed dyad
    [InlineData("""{"sentence_contains": "did not attack", "source_country": "JPN", "target_country": "KOR", "cameo_root": ["19"]}""", 0)] // a negated event does not count
    public void Events_MatchDyadRootAndDate(string json, int found)
    {
        Assert.Equal(found, Layer(Gold(g => g.EventsRequired.Add(Item(json))), "events_required").Found);
    }

    [Fact]
    public void Forbidden_NegatedEventIsNotProduced()
    {
        var score = Layer(Gold(g => g.EventsForbidden.Add(Item("""{"sentence_contains": "did not attack", "source_country": "JPN", "target_country": "KOR", "cameo_root": ["19"]}"""))), "events_forbidden_produced");
        Assert.Equal(0, score.Found);
        Assert.Empty(score.Misses);
    }
}
