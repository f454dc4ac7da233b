using System.CommandLine;
using System.Globalization;
using Dyad.Engine;
using Dyad.Evaluation.Gold;
using Dyad.Ingest;

namespace Dyad.Cli.Commands.Eval;

/// <summary>
/// <c>dyad eval gold PATH...</c>: codes the documents of hand-annotated gold files (<c>*.gold.json</c>) and reports,
/// per layer, how many required items were found; forbidden events must not be produced.
/// </summary>
internal static class EvalGoldCommand
{
    private static readonly string[] RequiredLayers = ["timex_required", "actors_required", "quotes_attributed", "events_required"];

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Gold files or folders of *.gold.json.", Arity = ArgumentArity.OneOrMore };
        var verbose = new Option<bool>("--verbose") { Description = "List every missed item." };
        var command = new Command("gold", "Score Dyad against hand-annotated gold files (timex, actors, quotes, events).") { paths, verbose };
        command.SetAction(parse => Run(parse.GetValue(paths) ?? [], parse.GetValue(verbose)));
        return command;
    }

    private static int Run(string[] paths, bool verbose)
    {
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p)
                ? Directory.EnumerateFiles(p, "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                : [p])
            .ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine("error: no *.gold.json files found");
            return ExitCodes.UsageOrIo;
        }

        var engine = DyadEngine.CreateDefault();
        var totals = new Dictionary<string, LayerScore>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            GoldFile gold;
            try
            {
                gold = GoldFile.Load(file);
            }
            catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or InvalidDataException or KeyNotFoundException)
            {
                Console.Error.WriteLine($"error: {file}: {ex.Message}");
                return ExitCodes.UsageOrIo;
            }

            var read = DocumentReader.ReadFile(gold.DocumentPath)
                .FirstOrDefault(r => gold.DocumentId is null || r.Document?.Id == gold.DocumentId);
            if (read.Document is null)
            {
                Console.Error.WriteLine($"error: {file}: its document {gold.DocumentPath} {gold.DocumentId} cannot be read: {read.Error?.ToString() ?? "no such record"}");
                return ExitCodes.UsageOrIo;
            }

            var document = engine.Code(read.Document.ToDocument());
            Console.WriteLine(Path.GetFileName(file));
            foreach (var score in GoldScorer.Score(gold, document))
            {
                totals[score.Layer] = totals.TryGetValue(score.Layer, out var t) ? t + score : score;
                if (score.Total == 0)
                {
                    continue;
                }

                Console.WriteLine($"  {score.Layer}: {score.Found}/{score.Total}");
                if (verbose)
                {
                    foreach (var miss in score.Misses)
                    {
                        Console.WriteLine($"    {(score.Layer.EndsWith("forbidden_produced", StringComparison.Ordinal) ? "produced" : "missed")}: {miss}");
                    }
                }
            }
        }

        Console.WriteLine("total");
        foreach (var score in totals.Values.Where(s => s.Total > 0))
        {
            Console.WriteLine($"  {score.Layer}: {score.Found}/{score.Total}");
        }

        int found = RequiredLayers.Sum(l => totals.TryGetValue(l, out var s) ? s.Found : 0);
        int total = RequiredLayers.Sum(l => totals.TryGetValue(l, out var s) ? s.Total : 0);
        int forbidden = totals.TryGetValue("events_forbidden_produced", out var f) ? f.Found : 0;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"gold_forbidden_produced: {forbidden} gold_required_recall: {(total == 0 ? 0 : (double)found / total):F3}"));
        return ExitCodes.Ok;
    }
}
