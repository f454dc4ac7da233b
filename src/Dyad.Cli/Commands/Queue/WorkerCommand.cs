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
        var batch = new Option<int>("--batch") { Description = "Documents per fetch and per transaction.", DefaultValueFactory = _ => 100 };
        var threads = new Option<int>("--threads") { Description = "Coding threads (1 lets one worker per core share a machine).", DefaultValueFactory = _ => 1 };
        var name = new Option<string?>("--name") { Description = "The worker's name in 'dyad status' (default host-pid)." };
        var drained = new Option<bool>("--exit-when-drained") { Description = "Stop once the queue is empty and nothing is in flight." };
        var maxDeliver = new Option<int>("--max-deliver") { Description = "Deliveries of a failing document before it goes to the dead-letter subject.", DefaultValueFactory = _ => 5 };
        var ackWait = new Option<double>("--ack-wait") { Description = "Seconds before an unacknowledged message is redelivered (long batches send in-progress heartbeats).", DefaultValueFactory = _ => 30 };
        var warmUp = new Option<double>("--warm-up") { Description = "Seconds after start before the first fetch: a rehearsal through a private stream (writes rolled back), then coding a built-in sample, so the whole path is compiled (0: one pass, no rehearsal).", DefaultValueFactory = _ => 5 };
        var command = new Command("worker", "Code documents from the NATS JetStream work queue into a store, one transaction per batch.")
        {
            nats, db, batch, threads, name, drained, maxDeliver, ackWait, warmUp,
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
                StoreRetry = Console.Error.WriteLine,
            },
            new QueueOptions
            {
                MaxDeliver = Math.Max(1, parse.GetValue(maxDeliver)),
                AckWait = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(ackWait))),
            },
            TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(warmUp))),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string url, string db, WorkerOptions options, QueueOptions queueOptions, TimeSpan warmUp, CancellationToken cancellationToken)
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

        // Dictionaries load, and the whole path is compiled before the first real message, so the first batches
        // are neither held nor slower while the worker warms up: a rehearsing worker drains copies of a built-in
        // sample through a private stream (writes rolled back), then the engine codes the sample until --warm-up
        // seconds after the process started. Ready at a set time after start, workers started together (a pool
        // being deployed) also start fetching together instead of whenever their own start-up happened to end.
        var engine = DyadEngine.CreateDefault();
        if (warmUp > TimeSpan.Zero)
        {
            await QueueWarmUp.RunAsync(url, queueOptions, store, engine, options, cancellationToken);
        }

        var warm = WarmUp.Run(engine, warmUp - (DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime), cancellationToken);
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"worker {options.Name}: ready after a warm-up of {warm.Iterations} passes in {warm.Elapsed.TotalSeconds:F2} s ({warm.MethodsCompiled} methods compiled), {url} -> {store.Describe}"));

        // SIGTERM (systemd stop, Kubernetes pod deletion) stops the worker like Ctrl-C: the open batch is handed back
        // and the final report written, instead of the runtime ending the process at once.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopping.Cancel();
        });
        cancellationToken = stopping.Token;

        long jitAtReady = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTimeAtReady = System.Runtime.JitInfo.GetCompilationTime();
        var worker = new Worker(queue, store, engine, options);
        WorkerReport report;
        try
        {
            report = await worker.RunAsync(
                r => Console.Error.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"worker {r.Worker}: batch {r.Batches} committed: {r.Documents} documents ({r.AlreadyStored} already stored), {r.Events} events, {r.Redelivered} redelivered, {r.Retried} retried, {r.Dead} dead, {r.Throughput:F1} documents/s{(r.LastError is null ? string.Empty : "; last error: " + r.LastError)}")),
                cancellationToken);
        }
        catch (Exception ex) when (ex is NatsException or DbException or TimeoutException or DyadException)
        {
            var r = worker.Report;
            Console.Error.WriteLine($"error: worker {options.Name}: {Worker.Describe(ex)}. Unacknowledged documents are redelivered; start the worker again.");
            Console.Out.WriteLine($"documents_stored: {r.Documents} events_stored: {r.Events} already_stored: {r.AlreadyStored} dead_letters: {r.Dead}");
            return ExitCodes.UsageOrIo;
        }

        var seconds = report.FirstMessage is { } f && report.LastCommit is { } l ? (l - f).TotalSeconds : 0;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"worker {report.Worker}: {report.Documents} stored, {report.AlreadyStored} already stored, {report.Redelivered} redelivered, {report.Dead} dead letters in {seconds:F2} s of work ({report.Throughput:F1} documents/s; coding {report.CodingSeconds:F2} s, writing {report.WritingSeconds:F2} s; cpu {report.CpuSeconds:F2} s; {System.Runtime.JitInfo.GetCompiledMethodCount() - jitAtReady} methods compiled after the warm-up in {(System.Runtime.JitInfo.GetCompilationTime() - jitTimeAtReady).TotalSeconds:F2} s); first message {report.FirstMessage:O}, last commit {report.LastCommit:O}"));
        Console.Out.WriteLine($"documents_stored: {report.Documents} events_stored: {report.Events} already_stored: {report.AlreadyStored} dead_letters: {report.Dead}");
        return report.Dead > 0 ? ExitCodes.DocumentErrors : ExitCodes.Ok;
    }
}
