using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Queue;
using NATS.Client.Core;

namespace Dyad.Cli.Commands.Queue;

/// <summary>
/// <c>dyad worker --nats URL --db postgres://… [--batch N]</c>: codes documents from the work queue into the store
/// until stopped; ends with <c>documents_stored: N events_stored: M already_stored: A dead_letters: D</c>.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var nats = NatsOptions.Url();
        var db = StoreOptions.Db();
        var batch = new Option<int>("--batch") { Description = "Documents per fetch and per transaction.", DefaultValueFactory = _ => 50 };
        var threads = new Option<int>("--threads") { Description = "Coding threads (1 lets one worker per core share a machine).", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "The worker's name in 'dyad status' (default host-pid)." };
        var drained = new Option<bool>("--exit-when-drained") { Description = "Stop once the queue is empty and nothing is in flight." };
        var maxDeliver = new Option<int>("--max-deliver") { Description = "Deliveries of a failing document before it goes to the dead-letter subject.", DefaultValueFactory = _ => 5 };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds before an unacknowledged message is redelivered (long batches send in-progress heartbeats).", DefaultValueFactory = _ => 30 };
        var command = new Command("worker", "Code documents from the NATS JetStream work queue into a store, one transaction per batch.")
        {
            nats, db, batch, threads, name, drained, maxDeliver, ackWait,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(nats)!,
            parse.GetValue(db)!,
            new WorkerOptions
            {
                BatchDocuments = Math.Max(1, parse.GetValue(batch)),
                Threads = Math.Max(1, parse.GetValue(threads)),
                Name = parse.GetValue(name) is { Length: > 0 } n ? n : new WorkerOptions().Name,
                ExitWhenDrained = parse.GetValue(drained),
            },
            new QueueOptions
            {
                MaxDeliver = Math.Max(1, parse.GetValue(maxDeliver)),
                AckWait = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(ackWait))),
            },
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string url, string db, WorkerOptions options, QueueOptions queueOptions, CancellationToken cancellationToken)
    {
        using var store = StoreOptions.OpenOrReport(db);
        if (store is null)
        {
            return ExitCodes.UsageOrIo;
        }

        await using var queue = await NatsOptions.OpenOrReportAsync(url, queueOptions, options.Name, cancellationToken);
        if (queue is null)
        {
            return ExitCodes.UsageOrIo;
        }

        // Dictionaries load and the coding path compiles before the first fetch, so a fetched batch is not held
        // (and its throughput not measured) while the worker warms up.
        var engine = DyadEngine.CreateDefault();
        engine.Code(new Document("warm-up", "The president met the prime minister in Paris on Monday.", new DateOnly(2020, 1, 6)), cancellationToken);
        Console.Error.WriteLine($"worker {options.Name}: ready, {url} -> {store.Describe}");

        // SIGTERM (systemd stop, Kubernetes pod deletion) stops the worker like Ctrl-C: the open batch is handed back
        // and the final report written, instead of the runtime ending the process at once.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopping.Cancel();
        });
        cancellationToken = stopping.Token;

        var worker = new Worker(queue, store, engine, options);
        WorkerReport report;
        try
        {
            report = await worker.RunAsync(
                r => Console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"worker {r.Worker}: batch {r.Batches} committed: {r.Documents} documents ({r.AlreadyStored} already stored), {r.Events} events, {r.Redelivered} redelivered, {r.Retried} retried, {r.Dead} dead, {r.Throughput:F1} documents/s")),
                cancellationToken);
        }
        catch (Exception ex) when (ex is NatsException or DbException or TimeoutException or DyadException)
        {
            var r = worker.Report;
            Console.Error.WriteLine($"error: worker {options.Name}: {ex.Message}. Unacknowledged documents are redelivered; start the worker again.");
            Console.Out.WriteLine($"documents_stored: {r.Documents} events_stored: {r.Events} already_stored: {r.AlreadyStored} dead_letters: {r.Dead}");
            return ExitCodes.UsageOrIo;
        }

        var seconds = report.FirstMessage is { } f && report.LastCommit is { } l ? (l - f).TotalSeconds : 0;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"worker {report.Worker}: {report.Documents} stored, {report.AlreadyStored} already stored, {report.Redelivered} redelivered, {report.Dead} dead letters in {seconds:F2} s of work ({report.Throughput:F1} documents/s; coding {report.CodingSeconds:F2} s, writing {report.WritingSeconds:F2} s); first message {report.FirstMessage:O}, last commit {report.LastCommit:O}"));
        Console.Out.WriteLine($"documents_stored: {report.Documents} events_stored: {report.Events} already_stored: {report.AlreadyStored} dead_letters: {report.Dead}");
        return report.Dead > 0 ? ExitCodes.DocumentErrors : ExitCodes.Ok;
    }
}
