using System.Diagnostics;
using System.Globalization;
using Dyad.Core.Serialization;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad bench --ingest</c>: the same repeated corpus run through what <c>dyad code</c> does (ordered parallel
/// coding, every document serialized to a JSON Lines file) and ingested into a temporary DuckDB store, one after the other
/// in one process, so the ratio compares like with like.
/// </summary>
internal static class IngestBench
{
    public static void Run(DyadEngine engine, List<SourceDocument> corpus, int repeats, int threads)
    {
        // Each repeat gets its own publication date, so its content hash differs and nothing is skipped as stored.
        var items = Enumerable.Range(0, repeats).SelectMany(r => corpus.Select(d => ReadResult.Ok(d with
        {
            Id = $"{d.Id}#{r}",
            PublicationDate = (d.PublicationDate ?? new DateOnly(2000, 1, 1)).AddDays(r),
        })));
        long bytes = corpus.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) * repeats;

        var folder = Directory.CreateTempSubdirectory("dyad-bench-");

        // dyad code's loop, as `dyad code PATH > out.jsonl` runs it: every document serialized to JSON Lines and
        // written to a file, since an ingest's disk writes are in its figure too. The file is deleted afterwards.
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        long jsonBytes;
        using (var output = File.Create(Path.Combine(folder.FullName, "code.jsonl")))
        {
            foreach (var coded in engine.CodeAll(items, threads))
            {
                DocumentJson.Write(output, coded.Document!, indented: false);
                output.Write("\n"u8);
            }

            jsonBytes = output.Length;
        }

        double codeSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double codeCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        double codePause = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
        File.Delete(Path.Combine(folder.FullName, "code.jsonl"));

        try
        {
            // From opening the store to closing it: the close checkpoints what the write-ahead log still holds.
            cpu = process.TotalProcessorTime;
            pause = GC.GetTotalPauseDuration();
            clock.Restart();
            IngestResult result;
            using (var store = DuckDbStore.Open(Path.Combine(folder.FullName, "bench.duckdb")))
            {
                result = new Ingestor(store, engine, new IngestOptions { Threads = threads }).Run(items);
            }

            double ingestSeconds = clock.Elapsed.TotalSeconds;
            process.Refresh();
            double ingestCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
            double ingestPause = (GC.GetTotalPauseDuration() - pause).TotalSeconds;
            double codeRate = bytes / 1e6 / codeSeconds;
            double ingestRate = result.Bytes / 1e6 / ingestSeconds;
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"code, {threads} threads: {bytes / 1e6:F1} MB to {jsonBytes / 1e6:F0} MB of JSON Lines in {codeSeconds:F2} s (CPU {codeCpu:F2} s, GC pauses {codePause:F2} s) = {codeRate:F1} MB/s"));
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest, {threads} threads: {result.DocumentsAdded} documents, {result.Bytes / 1e6:F1} MB in {ingestSeconds:F2} s (CPU {ingestCpu:F2} s, GC pauses {ingestPause:F2} s, writer thread busy {result.Writing.TotalSeconds:F2} s) = {ingestRate:F1} MB/s ({ingestRate / codeRate:P0} of code; by CPU time, which the load of other processes sways less: code/ingest {codeCpu / ingestCpu:F2})"));
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest_mb_per_s: {ingestRate:F2} code_mb_per_s: {codeRate:F2} ingest_vs_code: {ingestRate / codeRate:F2}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
