using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad ingest PATH... [--db FILE|URL]</c>: codes the documents the store lacks and stores them in atomic batches;
/// ends with <c>documents_added: N events_added: M errors: K</c> on standard output.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .jsonl, .csv, optionally .gz), folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var db = StoreOptions.Db();
        var threads = new Option<int>("--threads") { Description = "Coding threads.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction.", DefaultValueFactory = _ => new IngestOptions().BatchDocuments };
        var reprocess = new Option<bool>("--reprocess") { Description = "Also recode stored documents coded by another pipeline version (from their stored text)." };
        var noClusters = new Option<bool>("--no-clusters") { Description = "Do not relink the reports of one event across documents afterwards." };
        var command = new Command("ingest", "Code documents into a store (DuckDB file or PostgreSQL); documents already stored are skipped.")
        {
            paths, db, threads, batch, reprocess, noClusters,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(paths) ?? [],
            parse.GetValue(db)!,
            Math.Max(1, parse.GetValue(threads)),
            Math.Max(1, parse.GetValue(batch)),
            parse.GetValue(reprocess),
            !parse.GetValue(noClusters),
            cancellationToken)));
        return command;
    }

    private static int Run(string[] paths, string db, int threads, int batch, bool reprocess, bool clusters, CancellationToken cancellationToken)
    {
        int exit = ExitCodes.Ok;
        var existing = InputPaths.Existing(paths, ref exit);

        if (existing.Count == 0 && !reprocess)
        {
            Console.Error.WriteLine("error: nothing to ingest; give files or folders (or --reprocess)");
            return ExitCodes.UsageOrIo;
        }

        using var store = StoreOptions.OpenOrReport(db);
        if (store is null)
        {
            return ExitCodes.UsageOrIo;
        }

        var engine = DyadEngine.CreateDefault();
        var ingestor = new Ingestor(store, engine, new IngestOptions { Threads = threads, BatchDocuments = batch, Reprocess = reprocess });
        var items = DocumentReader.ReadAll(existing).Select(item =>
        {
            if (item.Error is { } error)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            return item;
        });

        IngestResult? result = null;
        string? failure = null;
        var last = default(IngestProgress);
        try
        {
            if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
            {
                result = WithProgressBar(ingestor, items, TotalBytes(existing), p => last = p, cancellationToken);
            }
            else
            {
                result = WithLogLines(ingestor, items, p => last = p, cancellationToken);
            }

            if (clusters && result.EventsAdded + result.DocumentsRecoded > 0)
            {
                int count = EventClusters.Rebuild(store);
                Console.Error.WriteLine($"ingest: {count} event clusters");
            }
        }
        catch (OperationCanceledException)
        {
            failure = "interrupted";
        }
        catch (Exception ex) when (ex is DbException or IOException or DyadException)
        {
            failure = $"{store.Describe}: a batch could not be stored: {ex.Message}";
        }

        if (failure is not null)
        {
            Console.Error.WriteLine($"error: {failure}. Every batch committed before is kept and nothing of the failed batch was stored; run the same command again to finish.");
            Console.Out.WriteLine($"documents_added: {last.CommittedDocuments} events_added: {last.CommittedEvents} errors: {last.Errors}");
            return ExitCodes.UsageOrIo;
        }

        var r = result!;
        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"ingest: {r.DocumentsAdded} added, {r.DocumentsSkipped} already stored, {r.DocumentsRecoded} recoded, {r.Bytes / 1e6:F1} MB in {r.Elapsed.TotalSeconds:F1} s ({Rate(r.DocumentsAdded + r.DocumentsSkipped + r.DocumentsRecoded, r.Elapsed):F0} documents/s, {Rate(r.Bytes / 1e6, r.Elapsed):F1} MB/s) into {store.Describe}"));
        Console.Out.WriteLine($"documents_added: {r.DocumentsAdded} events_added: {r.EventsAdded} errors: {r.Errors}");
        return r.Errors > 0 ? Math.Max(exit, ExitCodes.DocumentErrors) : exit;
    }

    private static IngestResult WithLogLines(Ingestor ingestor, IEnumerable<ReadResult> items, Action<IngestProgress> remember, CancellationToken cancellationToken)
    {
        long lastBatches = 0;
        return ingestor.Run(
            items,
            p =>
            {
                remember(p);
                if (p.Batches != lastBatches)
                {
                    lastBatches = p.Batches;
                    Console.Error.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"ingest: batch {p.Batches} committed: {p.Documents} documents ({p.Skipped} already stored), {p.Events} events, {p.Bytes / 1e6:F1} MB, {Rate(p.Documents + p.Skipped, p.Elapsed):F0} documents/s, {Rate(p.Bytes / 1e6, p.Elapsed):F1} MB/s"));
                }
            },
            cancellationToken);
    }

    private static IngestResult WithProgressBar(Ingestor ingestor, IEnumerable<ReadResult> items, long totalBytes, Action<IngestProgress> remember, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestResult? result = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("ingest", maxValue: Math.Max(1, totalBytes));
                result = ingestor.Run(
                    items,
                    p =>
                    {
                        remember(p);
                        task.Value = Math.Min(p.Bytes, task.MaxValue);
                        task.Description = string.Create(
                            CultureInfo.InvariantCulture,
                            $"{p.Documents + p.Skipped} docs  {Rate(p.Documents + p.Skipped, p.Elapsed):F0} docs/s  {Rate(p.Bytes / 1e6, p.Elapsed):F1} MB/s");
                    },
                    cancellationToken);
                task.Value = task.MaxValue;
            });
        return result!;
    }

    /// <summary>The size of the input files, for the progress bar's percentage and time left.</summary>
    private static long TotalBytes(List<string> paths)
    {
        long total = 0;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                total += new FileInfo(path).Length;
            }
            else if (Directory.Exists(path))
            {
                total += DocumentReader.EnumerateFolder(path).Sum(f => new FileInfo(f).Length);
            }
        }

        return total;
    }

    private static double Rate(double amount, TimeSpan elapsed) => elapsed.TotalSeconds > 0 ? amount / elapsed.TotalSeconds : 0;
}
