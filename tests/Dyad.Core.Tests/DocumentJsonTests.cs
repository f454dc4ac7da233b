using System.Text.Json;
using Dyad.Core.Serialization;

namespace Dyad.Core.Tests;

public sealed class DocumentJsonTests
{
    private static JsonElement Parse(Document document) => JsonDocument.Parse(DocumentJson.ToJson(document)).RootElement;

    [Fact]
    public void Write_EmptyDocument_HasEveryListAndTheSchema()
    {
        var json = Parse(new Document("doc-1", "Text.", new DateOnly(2017, 7, 19)));
        Assert.Equal("dyad.document.v1", json.GetProperty("schema").GetString());
        Assert.Equal("doc-1", json.GetProperty("id").GetString());
        Assert.Equal("2017-07-19", json.GetProperty("publication_date").GetString());
        foreach (var list in new[] { "sentences", "mentions", "timex", "quotes", "events", "errors" })
        {
            Assert.Equal(JsonValueKind.Array, json.GetProperty(list).ValueKind);
        }
    }

    [Fact]
    public void Write_NoDate_IsNull()
    {
        var json = Parse(new Document("d", "Text."));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("publication_date").ValueKind);
    }

    [Fact]
    public void Write_AnnotationsRepeatTheirTextAndUseSnakeCase()
    {
        const string text = "“We agree,” Tokyo said on Monday.";
        var document = new Document("d", text, new DateOnly(2017, 7, 19));
        document.Sentences.Add(new Sentence(new TextSpan(0, text.Length), 0, 0, 0));
        document.Mentions.Add(new Mention(new TextSpan(12, 5), 0, MentionKind.Country, "JPNGOV", "JPN", "GOV", null, new Evidence("t", "actors.capital")));
        document.Timexes.Add(new TimeExpression(new TextSpan(26, 6), 0, TimexType.Date, "2017-07-17", new Evidence("t", "time.weekday.past")));
        document.Quotes.Add(new Quote(new TextSpan(1, 8), 0, QuoteKind.Direct, new Speaker(new TextSpan(12, 5), 0, "JPNGOV", "JPN"), "said", new Evidence("t", "quotes.direct")));
        var actor = new EventActor(new TextSpan(12, 5), 0, "JPNGOV", "JPN", "GOV");
        document.Events.Add(new Event(0, actor, actor, "051", "AGREE", 3.4, 1, "2017-07-17", DateSource.Timex, null, false, false, new TextSpan(18, 4), new Evidence("t", "051: AGREE")));
        var json = Parse(document);
        Assert.Equal(text, json.GetProperty("sentences")[0].GetProperty("text").GetString());
        var mention = json.GetProperty("mentions")[0];
        Assert.Equal("Tokyo", mention.GetProperty("text").GetString());
        Assert.Equal("country", mention.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, mention.GetProperty("refers_to").ValueKind);
        Assert.Equal("Monday", json.GetProperty("timex")[0].GetProperty("text").GetString());
        Assert.Equal("DATE", json.GetProperty("timex")[0].GetProperty("type").GetString());
        var quote = json.GetProperty("quotes")[0];
        Assert.Equal("We agree", quote.GetProperty("text").GetString());
        Assert.Equal("Tokyo", quote.GetProperty("speaker").GetProperty("text").GetString());
        var ev = json.GetProperty("events")[0];
        Assert.Equal("051", ev.GetProperty("cameo").GetString());
        Assert.Equal("05", ev.GetProperty("cameo_root").GetString());
        Assert.Equal("timex", ev.GetProperty("date_source").GetString());
        Assert.Equal("said", ev.GetProperty("evidence").GetProperty("verb").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("location").ValueKind);
    }
}
