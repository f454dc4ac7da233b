using System.Text.Json;
using Dyad.Core;
using Dyad.Core.Serialization;
using Dyad.Engine;
using Dyad.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

/// <summary>A document sent for coding: JSON <c>{text, id?, date?}</c>.</summary>
public sealed record CodeRequest(string? Text, string? Id, string? Date, string? Title, string? Url);

/// <summary><c>POST /api/code</c>: codes a text and returns its dyad.document.v1 JSON without storing it.</summary>
internal static class CodeEndpoints
{
    public static void MapCode(this IEndpointRouteBuilder app, DyadEngine engine)
    {
        app.MapPost("/api/code", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var parsed = await RequestDocuments.ReadAsync(request, cancellationToken);
            if (parsed.Problem is { } problem)
            {
                return problem;
            }

            var document = engine.Code(parsed.Documents[0].ToDocument(), cancellationToken);
            return DocumentResult(document);
        })
        .WithName("CodeText")
        .WithSummary("Code a text (JSON {text, id?, date?} or the seed format) without storing it.")
        .Accepts<CodeRequest>("application/json", "text/plain");
    }

    /// <summary>The document's JSON; with <paramref name="includeText"/> it also carries the body as <c>text</c>, for the page.</summary>
    public static IResult DocumentResult(Document document, bool includeText = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            DocumentJson.Write(writer, document, includeText);
        }

        return Results.Bytes(buffer.ToArray(), "application/json; charset=utf-8");
    }
}

/// <summary>Reads documents from a request body: JSON <c>{text, id?, date?}</c>, a JSON array of those, or the seed format as text.</summary>
internal static class RequestDocuments
{
    public sealed record Parsed(List<SourceDocument> Documents, IResult? Problem);

    public static async Task<Parsed> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        string body = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return Fail("empty request body: send JSON {\"text\": …} or a text in the seed format");
        }

        bool json = request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true || body.TrimStart().StartsWith('{') || body.TrimStart().StartsWith('[');
        if (!json)
        {
            var seed = DocumentReader.ReadSeed("request", "request", body);
            return seed.Document is { } d ? new Parsed([d], null) : Fail(seed.Error!.Reason);
        }

        try
        {
            using var parsed = JsonDocument.Parse(body);
            var items = parsed.RootElement.ValueKind == JsonValueKind.Array ? parsed.RootElement.EnumerateArray().ToList() : [parsed.RootElement];
            var documents = new List<SourceDocument>();
            for (int i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return Fail($"item {i}: expected a JSON object");
                }

                string? text = Get(item, "text");
                if (string.IsNullOrWhiteSpace(text))
                {
                    return Fail($"item {i}: 'text' is missing or empty");
                }

                DateOnly? date = null;
                if ((Get(item, "date") ?? Get(item, "publication_date")) is { Length: > 0 } dateText)
                {
                    if (!DocumentReader.TryParseDate(dateText, out var d, out var why))
                    {
                        return Fail($"item {i}: {why}; expected YYYY-MM-DD");
                    }

                    date = d;
                }

                string id = Get(item, "id") is { Length: > 0 } given ? given : $"api-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16]}";
                documents.Add(new SourceDocument(id, text, date, Get(item, "title"), Get(item, "url"), "api"));
            }

            return documents.Count == 0 ? Fail("no documents in the request") : new Parsed(documents, null);
        }
        catch (JsonException ex)
        {
            return Fail($"invalid JSON: {ex.Message}");
        }
    }

    private static string? Get(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Parsed Fail(string reason) => new([], Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest));
}
