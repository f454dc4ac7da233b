using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Dyad.Queue;
using Dyad.Storage;
using NATS.Client.Core;

namespace Dyad.Cli.Commands.Queue;

/// <summary>
/// <c>dyad status --nats URL [--db …]</c>: queue depth, in-flight and dead-letter counts, one row per worker; ends with
/// <c>queued: N in_flight: F dead_letters: D workers: W stored: S</c>.
/// </summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var nats = NatsOptions.Url();
        var db = new Option<string?>("--db") { Description = "Also count the documents in this store (postgres://… or a DuckDB file)." };
        var format = StoreOptions.Format();
        var command = new Command("status", "Show the work queue: depth, documents in flight, dead letters and each worker's throughput.")
        {
            nats, db, format,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(nats)!, parse.GetValue(db), parse.GetValue(format), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string url, string? db, string? format, CancellationToken cancellationToken)
    {
        await using var queue = await NatsOptions.OpenOrReportAsync(url, new QueueOptions(), $"dyad-status-{Environment.ProcessId}", cancellationToken);
        if (queue is null)
        {
            return ExitCodes.UsageOrIo;
        }

        QueueStatus status;
        try
        {
            status = await queue.StatusAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            Console.Error.WriteLine($"error: {url}: cannot read the queue: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }

        long? stored = null;
        if (db is not null)
        {
            using var store = StoreOptions.OpenOrReport(db);
            if (store is null)
            {
                return ExitCodes.UsageOrIo;
            }

            try
            {
                stored = store.Counts().Documents;
            }
            catch (DbException ex)
            {
                Console.Error.WriteLine($"error: {store.Describe}: {ex.Message}");
                return ExitCodes.UsageOrIo;
            }
        }

        var columns = new[] { "worker", "documents", "events", "already_stored", "redelivered", "retried", "dead", "batches", "coding_s", "writing_s", "documents_per_s", "last_commit", "state" };
        var rows = status.Workers.Select(w => new object?[]
        {
            w.Worker, w.Documents, w.Events, w.AlreadyStored, w.Redelivered, w.Retried, w.Dead, w.Batches, Math.Round(w.CodingSeconds, 2), Math.Round(w.WritingSeconds, 2), Math.Round(w.Throughput, 1),
            w.LastCommit?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), w.Stopped ? "stopped" : "running",
        }).ToList();
        var title = string.Create(CultureInfo.InvariantCulture, $"{url}: {status.Pending} waiting, {status.InFlight} in flight ({status.Redelivered} redelivered), {status.DeadLetters} dead letters");
        if (format is null or "table")
        {
            Console.Error.WriteLine(title);
        }

        StoreOptions.Print(new RowSet(columns, rows), format, title);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"queued: {status.Messages} in_flight: {status.InFlight} dead_letters: {status.DeadLetters} workers: {status.Workers.Count(w => !w.Stopped)} stored: {(stored is { } s ? s.ToString(CultureInfo.InvariantCulture) : "-")}"));
        return ExitCodes.Ok;
    }
}
