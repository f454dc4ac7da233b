using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Dyad.Web.Tests;

/// <summary>The HTTP API of a real <c>dyad serve</c> process over a real store of the seed and the Wikinews corpus.</summary>
public sealed class ApiTests(DyadServer server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, JsonElement Json, HttpResponseMessage Response)> Get(string path)
    {
        var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var json = body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default;
        return (response.StatusCode, json, response);
    }

    private async Task<HttpStatusCode> Post(string path, string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await server.Client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [Fact]
    public async Task Healthz_AndOpenApi_Answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await Get("/healthz")).Status);
        var openapi = await Get("/openapi.json");
        Assert.Equal(HttpStatusCode.OK, openapi.Status);
        var paths = openapi.Json.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/documents", "/api/quotes", "/api/dyads", "/api/code" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lists {path}");
        }
    }

    [Fact]
    public async Task Events_SourceKor_ReturnsTheSeedsOfferToNorthKorea()
    {
        var (status, json, _) = await Get("/api/events?source=KOR&limit=1000");
        Assert.Equal(HttpStatusCode.OK, status);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, e => e.GetProperty("target").GetString()!.StartsWith("PRK", StringComparison.Ordinal)
            && e.GetProperty("cameo").GetString()!.StartsWith("03", StringComparison.Ordinal)
            && e.GetProperty("doc_id").GetString() == DyadServer.SeedId);
        Assert.All(items, e => Assert.StartsWith("KOR", e.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_CursorPaging_GivesDisjointPagesAndEnds()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        int pages = 0;
        do
        {
            var (status, json, _) = await Get($"/api/events?limit=50{(cursor is null ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor))}");
            Assert.Equal(HttpStatusCode.OK, status);
            foreach (var e in json.GetProperty("items").EnumerateArray())
            {
                Assert.True(seen.Add(e.GetProperty("event_id").GetString()!), "an event appeared on two pages");
            }

            cursor = json.GetProperty("next_cursor").ValueKind == JsonValueKind.Null ? null : json.GetProperty("next_cursor").GetString();
            pages++;
        }
        while (cursor is not null && pages < 100);
        Assert.True(pages > 1, "the corpus has more than one page of 50 events");
        Assert.Null(cursor);
    }

    [Fact]
    public async Task Document_HasItsAnnotationsAndText()
    {
        var (status, json, _) = await Get($"/api/documents/{DyadServer.SeedId}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("dyad.document.v1", json.GetProperty("schema").GetString());
        Assert.StartsWith("The Japanese government", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(json.GetProperty("events").GetArrayLength() > 0);
        Assert.True(json.GetProperty("mentions").GetArrayLength() > 10);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/documents/no-such-document")).Status);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)] // no token
    [InlineData("wrong-token", HttpStatusCode.Unauthorized)] // a wrong token
    [InlineData(DyadServer.Token, HttpStatusCode.Created)] // the server's token
    public async Task PostDocuments_NeedsTheToken(string? token, HttpStatusCode expected)
    {
        var body = JsonSerializer.Serialize(new { id = $"api-test-{token ?? "none"}", date = "2019-05-01", text = "Japan criticized China on Monday." });
        Assert.Equal(expected, await Post("/api/documents", body, token));
    }

    [Fact]
    public async Task PostCode_CodesWithoutStoring()
    {
        using var response = await server.Client.PostAsync(
            new Uri("/api/code", UriKind.Relative),
            new StringContent("""{"text": "South Korea proposed talks with North Korea on Monday.", "date": "2017-07-19", "id": "not-stored"}""", Encoding.UTF8, "application/json"),
            Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("not-stored", json.GetProperty("id").GetString());
        Assert.Contains(json.GetProperty("timex").EnumerateArray(), t => t.GetProperty("value").GetString() == "2017-07-17");
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/documents/not-stored")).Status);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var text = new string('a', (int)DyadServer.MaxRequestBytes + 1000);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await Post("/api/code", JsonSerializer.Serialize(new { text }), null));
    }

    [Theory]
    [InlineData("/api/events?source=KOR'%20OR%201=1--")] // classic injection in a code filter
    [InlineData("/api/events?text='%3B%20DROP%20TABLE%20events%3B--")] // statement injection in free text
    [InlineData("/api/quotes?speaker=x'%20OR%20'1'='1")] // injection in the speaker filter
    [InlineData("/api/actors?prefix=%25'--")] // a LIKE wildcard and a quote
    [InlineData("/api/events?cursor=%27%3B--")] // a forged cursor
    [InlineData("/api/events?from=2017-02-30")] // an impossible date
    [InlineData("/api/dyads?period=year);DROP")] // an unknown period
    public async Task CraftedFilters_Are400OrEmpty_NeverAServerError(string path)
    {
        var (status, json, _) = await Get(path);
        Assert.True(status is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{path} answered {status}");
        if (status == HttpStatusCode.OK)
        {
            Assert.Empty(json.GetProperty("items").EnumerateArray());
        }

        var events = await Get("/api/events?limit=1");
        Assert.Equal(HttpStatusCode.OK, events.Status);
        Assert.NotEmpty(events.Json.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("/../../etc/passwd")] // plain traversal
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")] // encoded traversal
    [InlineData("/assets/..%2f..%2f..%2fappsettings.json")] // encoded slashes
    public async Task StaticFiles_CannotEscapeTheirFolder(string path)
    {
        var response = await server.Client.GetAsync(new Uri(path, UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_IsServedWithSecurityHeaders()
    {
        var response = await server.Client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Dyad</title>", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
