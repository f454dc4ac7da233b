using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad bench PATH...</c>: codes a corpus repeated in memory to a target size, single-threaded per stage and
/// for the full pipeline, then with all cores; prints a table on stderr and one summary line on stdout.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders.", Arity = ArgumentArity.OneOrMore };
        var megabytes = new Option<int>("--mb") { Description = "Repeat the corpus in memory to at least this many MB (UTF-8).", DefaultValueFactory = _ => 50 };
        var threads = new Option<int>("--threads") { Description = "Threads for the parallel run.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var ingest = new Option<bool>("--ingest") { Description = "Also ingest the repeated corpus into a temporary DuckDB store and compare with the parallel pipeline." };
        var command = new Command("bench", "Measure throughput (MB/s, sentences/s per core) and peak memory of each stage and of the pipeline.")
        {
            paths, megabytes, threads, ingest,
        };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], Math.Max(1, parse.GetValue(megabytes)), Math.Max(1, parse.GetValue(threads)), parse.GetValue(ingest)));
        return command;
    }

    private static int Run(string[] paths, int megabytes, int threads, bool ingest)
    {
        var corpus = new List<SourceDocument>();
        foreach (var item in DocumentReader.ReadAll(paths))
        {
            if (item.Document is { } d)
            {
                corpus.Add(d);
            }
            else
            {
                Console.Error.WriteLine($"warning: {item.Error}");
            }
        }

        if (corpus.Count == 0)
        {
            Console.Error.WriteLine("error: no documents to benchmark");
            return ExitCodes.UsageOrIo;
        }

        long corpusBytes = corpus.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        int repeats = (int)Math.Max(1, Math.Ceiling(megabytes * 1_000_000.0 / corpusBytes));
        double totalMb = corpusBytes * (double)repeats / 1_000_000.0;
        var engine = DyadEngine.CreateDefault();
        var stages = engine.Pipeline.Stages;

        // Warm up the JIT and the dictionaries on a slice of the corpus.
        foreach (var d in corpus.Take(50))
        {
            engine.Code(d.ToDocument());
        }

        // Per stage, single-threaded: each document runs every stage, each stage timed on its own. After the stages,
        // the floor under any dictionary stage: one word-table probe per word (ActorLexicon.ProbeWords).
        var stageTicks = new long[stages.Count];
        long sentences = 0, floorTicks = 0, known = 0;
        var lexicon = Dyad.Actors.ActorLexicon.Default;
        var wall = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            foreach (var source in corpus)
            {
                var document = source.ToDocument();
                for (int s = 0; s < stages.Count; s++)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    Pipeline.RunStage(stages[s], document);
                    stageTicks[s] += Stopwatch.GetTimestamp() - t0;
                }

                long f0 = Stopwatch.GetTimestamp();
                known += lexicon.ProbeWords(document);
                floorTicks += Stopwatch.GetTimestamp() - f0;

                sentences += document.Sentences.Count;
            }
        }

        double singleSeconds = wall.Elapsed.TotalSeconds - ((double)floorTicks / Stopwatch.Frequency); // the floor probe is no stage

        // The full pipeline on all threads.
        long parallelSentences = 0;
        wall.Restart();
        var work = Enumerable.Range(0, repeats).SelectMany(_ => corpus);
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = threads }, source =>
        {
            var document = engine.Code(source.ToDocument());
            Interlocked.Add(ref parallelSentences, document.Sentences.Count);
        });
        double parallelSeconds = wall.Elapsed.TotalSeconds;
        double peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

        var table = new Table().Title($"dyad bench: {corpus.Count} documents x {repeats} = {totalMb:F1} MB, {sentences:N0} sentences");
        table.AddColumns("stage", "seconds", "MB/s per core", "sentences/s per core");
        double tickSeconds = 1.0 / Stopwatch.Frequency;
        for (int s = 0; s < stages.Count; s++)
        {
            double secs = stageTicks[s] * tickSeconds;
            table.AddRow(stages[s].Info.Name, F(secs, "F3"), F(totalMb / secs, "F1"), F(sentences / secs, "N0"));
        }

        table.AddRow("[bold]pipeline, 1 thread[/]", F(singleSeconds, "F3"), F(totalMb / singleSeconds, "F1"), F(sentences / singleSeconds, "N0"));
        table.AddRow(
            $"[bold]pipeline, {threads} threads[/] (per core)",
            F(parallelSeconds, "F3"),
            F(totalMb / parallelSeconds / threads, "F1"),
            F(parallelSentences / parallelSeconds / threads, "N0"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Write(table);
        console.WriteLine($"peak RSS: {peakMb:F0} MB");

        // The actor stage's cost relative to segmentation (tokens + sentences) in this same run: the budget.
        double segmentationTicks = StageTicks(stages, stageTicks, "dyad.tokens.v1") + StageTicks(stages, stageTicks, "dyad.sentences.v1");
        double actorTicks = StageTicks(stages, stageTicks, "dyad.actors.v1");
        string actorRatio = segmentationTicks > 0 && actorTicks > 0
            ? string.Create(CultureInfo.InvariantCulture, $" actors_vs_segmentation: {actorTicks / segmentationTicks:F2} probe_floor_vs_segmentation: {floorTicks / segmentationTicks:F2}")
            : "";
        GC.KeepAlive(known);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"sentences_per_s_per_core: {sentences / singleSeconds:F0} mb_per_s_per_core: {totalMb / singleSeconds:F2} peak_rss_mb: {peakMb:F0}{actorRatio}"));
        if (ingest)
        {
            IngestBench.Run(engine, corpus, repeats, threads);
        }

        return ExitCodes.Ok;
    }

    private static double StageTicks(IReadOnlyList<IStage> stages, long[] ticks, string name)
    {
        for (int s = 0; s < stages.Count; s++)
        {
            if (stages[s].Info.Name == name)
            {
                return ticks[s];
            }
        }

        return 0;
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
