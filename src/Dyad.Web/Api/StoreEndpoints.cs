using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Dyad.Web.Api;

/// <summary>The endpoints over a store: documents, events, quotes, actors, dyads, and storing new documents.</summary>
internal static class StoreEndpoints
{
    public static void MapStore(this IEndpointRouteBuilder app, StorePool pool, DyadEngine engine, string? token)
    {
        var api = app.MapGroup("/api");

        api.MapGet("/documents", async (HttpRequest request, CancellationToken ct) =>
        {
            var q = new QueryParameters(request.Query);
            var query = new DocumentListQuery(q.Code("actor"), q.Date("from"), q.Date("to"), q.Limit);
            var after = q.After;
            return q.Problem ?? await Keyset(pool, pages => pages.DocumentList(query, after), ct);
        }).WithName("ListDocuments").WithSummary("Stored documents, newest first, with counts of their annotations; filtered by actor mentioned and dates; cursor paging.");

        api.MapGet("/documents/{id}", async (string id, CancellationToken ct) =>
        {
            if (id.Length > 200)
            {
                return Results.Problem("document id too long", statusCode: 400);
            }

            var document = await pool.ReadAsync(store =>
            {
                var hashes = store.FindDocuments(id);
                return hashes.Count == 0 ? null : store.LoadDocuments([hashes[0]]).FirstOrDefault();
            }, ct);
            return document is null ? Results.Problem($"no document '{id}'", statusCode: 404) : CodeEndpoints.DocumentResult(document, includeText: true);
        }).WithName("GetDocument").WithSummary("One document with all its annotations (dyad.document.v1 plus its text).");

        api.MapGet("/events", async (HttpRequest request, CancellationToken ct) =>
        {
            var q = new QueryParameters(request.Query);
            var query = new EventQuery
            {
                Source = q.Code("source"),
                Target = q.Code("target"),
                Actor = q.Code("actor"),
                Code = q.Code("code", 4),
                Root = q.Code("root", 2),
                From = q.Date("from"),
                To = q.Date("to"),
                Quad = q.Int("quad", 1, 4),
                Text = q.Text("text"),
                Clusters = q.Text("clusters") is "true" or "1",
                Limit = q.Limit,
            };
            var after = q.After;
            return q.Problem ?? await Keyset(pool, pages => pages.EventPage(query, after), ct);
        }).WithName("ListEvents").WithSummary("Events filtered by source, target, actor (code prefixes), code, root, dates, quad class and text.");

        api.MapGet("/quotes", async (HttpRequest request, CancellationToken ct) =>
        {
            var q = new QueryParameters(request.Query);
            var speaker = q.Text("speaker");
            var query = new QuoteQuery(speaker, q.Limit);
            var after = q.After;
            return q.Problem ?? await Keyset(pool, pages => pages.QuotePage(query, after), ct);
        }).WithName("ListQuotes").WithSummary("Quotes, filtered by speaker text or actor code.");

        api.MapGet("/actors", async (HttpRequest request, CancellationToken ct) =>
        {
            var q = new QueryParameters(request.Query);
            var prefix = q.Code("prefix");
            int limit = q.Limit, offset = q.Offset;
            return q.Problem ?? await Paged(pool, store => store.Actors(new ActorQuery(prefix, offset + limit + 1)), offset, limit, ct);
        }).WithName("ListActors").WithSummary("Actor codes with their numbers of mentions and events.");

        api.MapGet("/dyads", async (HttpRequest request, CancellationToken ct) =>
        {
            var q = new QueryParameters(request.Query);
            var source = q.Code("source") ?? q.Code("actor");
            var target = q.Code("target");
            var period = q.Text("period", 5) ?? "month";
            if (period is not ("day" or "week" or "month" or "all"))
            {
                q.Problems.Add("'period' must be day, week, month or all");
            }

            if (q.Problem is { } problem)
            {
                return problem;
            }

            var rows = await pool.ReadAsync(store => store.Dyads(new DyadQuery(source, target, period switch
            {
                "day" => Period.Day,
                "week" => Period.Week,
                _ => Period.Month,
            })), ct);
            var items = RowsToObjects(rows);
            if (period == "all")
            {
                items = [.. items
                    .GroupBy(r => (Source: r["source"] as string, Target: r["target"] as string))
                    .Select(g =>
                    {
                        double events = g.Sum(r => Convert.ToDouble(r["events"], System.Globalization.CultureInfo.InvariantCulture));
                        return new Dictionary<string, object?>
                        {
                            ["source"] = g.Key.Source,
                            ["target"] = g.Key.Target,
                            ["period"] = "all",
                            ["events"] = events,
                            ["mean_goldstein"] = events == 0 ? 0 : g.Sum(r => Convert.ToDouble(r["events"], System.Globalization.CultureInfo.InvariantCulture) * Convert.ToDouble(r["mean_goldstein"] ?? 0.0, System.Globalization.CultureInfo.InvariantCulture)) / events,
                        };
                    })];
            }

            return Results.Ok(new Page<Dictionary<string, object?>>(items, null));
        }).WithName("ListDyads").WithSummary("Per source/target pair and period (day, week, month, all): count, mean Goldstein, counts per quad class.");

        api.MapPost("/documents", async (HttpRequest request, CancellationToken ct) =>
        {
            var parsed = await RequestDocuments.ReadAsync(request, ct);
            if (parsed.Problem is { } problem)
            {
                return problem;
            }

            var result = await pool.WriteAsync(
                store => new Ingestor(store, engine, new IngestOptions { Threads = 1 }).Run(parsed.Documents.Select(ReadResult.Ok), cancellationToken: ct),
                ct);
            return Results.Created(
                $"/api/documents/{Uri.EscapeDataString(parsed.Documents[0].Id)}",
                new { documents_added = result.DocumentsAdded, events_added = result.EventsAdded, ids = parsed.Documents.Select(d => d.Id) });
        })
        .RequireToken(token)
        .WithName("StoreDocuments")
        .WithSummary("Code and store documents (JSON {text, id?, date?}, an array of them, or the seed format). Needs the bearer token.")
        .Accepts<CodeRequest>("application/json", "text/plain");
    }

    private static async Task<IResult> Keyset(StorePool pool, Func<IStorePages, KeysetPage> query, CancellationToken ct)
    {
        KeysetPage page;
        try
        {
            page = await pool.PagesAsync(query, ct);
        }
        catch (FormatException)
        {
            // A cursor of another list (or a forged one) decodes but does not fit this list's key.
            return Results.Problem("'cursor' is not a cursor of this list", statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Ok(new Page<Dictionary<string, object?>>(RowsToObjects(page.Rows), QueryParameters.Cursor(page.Next)));
    }

    private static async Task<IResult> Paged(StorePool pool, Func<IDocumentStore, RowSet> query, int offset, int limit, CancellationToken ct)
    {
        var rows = await pool.ReadAsync(query, ct);
        var items = RowsToObjects(rows).Skip(offset).ToList();
        bool more = items.Count > limit;
        return Results.Ok(new Page<Dictionary<string, object?>>(more ? items[..limit] : items, more ? QueryParameters.Cursor(offset + limit) : null));
    }

    private static List<Dictionary<string, object?>> RowsToObjects(RowSet rows) =>
        [.. rows.Rows.Select(row =>
        {
            var item = new Dictionary<string, object?>(rows.Columns.Count, StringComparer.Ordinal);
            for (int i = 0; i < rows.Columns.Count; i++)
            {
                item[rows.Columns[i]] = row[i] is DateOnly d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : row[i];
            }

            return item;
        })];
}

/// <summary>A page of results and the cursor of the next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
