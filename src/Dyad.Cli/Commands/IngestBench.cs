using System.Globalization;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad bench --ingest</c>: the same repeated corpus ingested into a temporary DuckDB store.</summary>
internal static class IngestBench
{
    public static void Run(DyadEngine engine, List<SourceDocument> corpus, int repeats, int threads, double codeMbPerSecond)
    {
        var folder = Directory.CreateTempSubdirectory("dyad-bench-");
        try
        {
            using var store = DuckDbStore.Open(Path.Combine(folder.FullName, "bench.duckdb"));

            // Each repeat gets its own publication date, so its content hash differs and nothing is skipped as stored.
            var items = Enumerable.Range(0, repeats).SelectMany(r => corpus.Select(d => ReadResult.Ok(d with
            {
                Id = $"{d.Id}#{r}",
                PublicationDate = (d.PublicationDate ?? new DateOnly(2000, 1, 1)).AddDays(r),
            })));
            var result = new Ingestor(store, engine, new IngestOptions { Threads = threads }).Run(items);
            double mbPerSecond = result.Bytes / 1e6 / result.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest, {threads} threads: {result.DocumentsAdded} documents, {result.Bytes / 1e6:F1} MB in {result.Elapsed.TotalSeconds:F2} s (writing {result.Writing.TotalSeconds:F2} s) = {mbPerSecond:F1} MB/s ({mbPerSecond / codeMbPerSecond:P0} of the parallel pipeline's {codeMbPerSecond:F1} MB/s)"));
            Console.Out.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingest_mb_per_s: {mbPerSecond:F2} code_mb_per_s: {codeMbPerSecond:F2} ingest_vs_code: {mbPerSecond / codeMbPerSecond:F2}"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
