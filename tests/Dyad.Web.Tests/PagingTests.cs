using System.Net;
using System.Text;
using System.Text.Json;

namespace Dyad.Web.Tests;

/// <summary>Keyset cursors over the real store: lists end, pages are disjoint and ordered, cursors cannot inject.</summary>
public sealed class PagingTests(DyadServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Json)> Get(string path)
    {
        using var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default);
    }

    private async Task<List<JsonElement>> Walk(string path)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        int pages = 0;
        do
        {
            var (status, json) = await Get(path + (cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(HttpStatusCode.OK, status);
            items.AddRange(json.GetProperty("items").EnumerateArray());
            cursor = json.GetProperty("next_cursor").ValueKind == JsonValueKind.String ? json.GetProperty("next_cursor").GetString() : null;
            pages++;
            Assert.True(pages < 200, "paging ends");
        }
        while (cursor is not null);
        return items;
    }

    [Fact]
    public async Task Documents_AreNewestFirst_AndPageByCursor()
    {
        var documents = await Walk("/api/documents?limit=40");
        Assert.True(documents.Count >= 296, $"the seed and the Wikinews corpus: {documents.Count} documents");
        var ids = documents.Select(d => d.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var dates = documents.Select(d => d.GetProperty("publication_date").GetString()).ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), Assert.Null);
        var seed = documents.Single(d => d.GetProperty("id").GetString() == DyadServer.SeedId);
        Assert.True(seed.GetProperty("events").GetInt32() > 0 && seed.GetProperty("quotes").GetInt32() > 0, "the list carries counts");
    }

    [Fact]
    public async Task Documents_FilterByActorMentioned()
    {
        var all = await Walk("/api/documents?limit=1000");
        var prk = await Walk("/api/documents?actor=PRK&limit=1000");
        Assert.InRange(prk.Count, 1, all.Count - 1);
        Assert.Contains(prk, d => d.GetProperty("id").GetString() == DyadServer.SeedId);
    }

    [Fact]
    public async Task Quotes_CursorPaging_GivesEveryQuoteOnce()
    {
        var one = await Walk("/api/quotes?limit=1000");
        var paged = await Walk("/api/quotes?limit=37");
        string Key(JsonElement q) => $"{q.GetProperty("doc_id").GetString()}|{q.GetProperty("sentence").GetInt32()}|{q.GetProperty("text").GetString()}";
        Assert.True(paged.Count > 37, "more than one page");
        Assert.Equal(one.Select(Key), paged.Select(Key));
    }

    [Theory]
    [InlineData("/api/documents", """["2017-07-19","x"]""", HttpStatusCode.BadRequest)] // an events cursor (2 values) on documents
    [InlineData("/api/events", """["someday","x"]""", HttpStatusCode.BadRequest)] // the day is not a date
    [InlineData("/api/events", """[1,2]""", HttpStatusCode.BadRequest)] // not strings
    [InlineData("/api/documents", """["2019-06-01","x' OR '1'='1","y'); DROP TABLE events; --"]""", HttpStatusCode.OK)] // injection text is only a key value
    public async Task ForgedCursors_Are400OrKeyValues_NeverAServerError(string path, string keyJson, HttpStatusCode expected)
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes(keyJson)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var (status, _) = await Get($"{path}?cursor={cursor}");
        Assert.Equal(expected, status);
        var events = await Get("/api/events?limit=1");
        Assert.NotEmpty(events.Json.GetProperty("items").EnumerateArray());
    }
}
