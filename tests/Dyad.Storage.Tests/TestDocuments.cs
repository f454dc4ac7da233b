using Dyad.Core;

namespace Dyad.Storage.Tests;

/// <summary>Documents built by hand, with every annotation layer the extraction stages will produce.</summary>
internal static class TestDocuments
{
    public const string KoreaText =
        "South Korea’s National Defense Ministry proposed talks with North Korea on Monday.\n\n" +
        "“South Korea is out of step with Japan,” a senior official at the Foreign Ministry said.";

    /// <summary>A document about a KOR→PRK proposal, with sentences, mentions, a timex, a quote and one event.</summary>
    public static Document Korea(string id = "kor-1", DateOnly? date = null, string cameo = "036", double goldstein = 4.0, int quad = 1,
        string? eventDate = "2017-07-17", string text = KoreaText, bool negated = false)
    {
        var d = new Document(id, text, date ?? new DateOnly(2017, 7, 19)) { Title = "Talks", Url = "https://example.org/" + id, Source = id + ".txt" };
        int s1End = text.IndexOf('\n', StringComparison.Ordinal);
        int s2Start = text.IndexOf('“', StringComparison.Ordinal);
        d.Sentences.Add(new Sentence(TextSpan.FromBounds(0, s1End), 0, 0, 0));
        d.Sentences.Add(new Sentence(TextSpan.FromBounds(s2Start, text.Length), 0, 0, 1));
        var kor = Find(text, "South Korea’s National Defense Ministry");
        var prk = Find(text, "North Korea");
        var official = Find(text, "a senior official at the Foreign Ministry");
        var ev = new Evidence("test.v1", "rule");
        d.Mentions.Add(new Mention(kor, 0, MentionKind.Organization, "KORMIL", "KOR", "MIL", null, new Evidence("test.actors.v1", "actors.org")));
        d.Mentions.Add(new Mention(prk, 0, MentionKind.Country, "PRK", "PRK", null, null, ev));
        d.Mentions.Add(new Mention(official, 1, MentionKind.Person, "JPNGOV", "JPN", "GOV", null, ev));
        d.Mentions.Add(new Mention(Find(text, "Foreign Ministry"), 1, MentionKind.Organization, "JPNGOV", "JPN", "GOV", 2, ev));
        d.Timexes.Add(new TimeExpression(Find(text, "Monday"), 0, TimexType.Date, "2017-07-17", new Evidence("test.time.v1", "time.weekday.past")));
        d.Quotes.Add(new Quote(
            Find(text, "South Korea is out of step with Japan"), 1, QuoteKind.Direct,
            new Speaker(official, 2, "JPNGOV", "JPN"), "said", new Evidence("test.quotes.v1", "quotes.direct.trailing-cue")));
        d.Events.Add(new Event(
            0,
            new EventActor(kor, 0, "KORMIL", "KOR", "MIL"),
            new EventActor(prk, 1, "PRK", "PRK", null),
            cameo, "CONSULT", goldstein, quad, eventDate, eventDate is null ? DateSource.Publication : DateSource.Timex,
            new EventLocation(Find(text, "Monday"), "KOR"), negated, false,
            Find(text, "proposed"), new Evidence("test.events.v1", $"{cameo}: PROPOSE * TALKS")));
        d.Errors.Add(new DocumentError("test.quotes.v1", DyadErrors.UnbalancedQuote, "an example warning"));
        return d;
    }

    /// <summary>A document with no annotations beyond sentences.</summary>
    public static Document Plain(string id, string text, DateOnly? date = null)
    {
        var d = new Document(id, text, date);
        d.Sentences.Add(new Sentence(new TextSpan(0, text.Length), 0, 0, 0));
        return d;
    }

    public static StoredDocument Stored(Document d, string version = "test-pipeline") =>
        new(d, ContentHash.Of(d.Text, d.PublicationDate), version);

    private static TextSpan Find(string text, string what)
    {
        int at = text.IndexOf(what, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{what}' not in the text");
        }

        return new TextSpan(at, what.Length);
    }
}
