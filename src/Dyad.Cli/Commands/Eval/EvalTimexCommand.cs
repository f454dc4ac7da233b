using System.CommandLine;
using System.Globalization;
using Dyad.Core;
using Dyad.Evaluation.Timex;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Cli.Commands.Eval;

/// <summary>
/// <c>dyad eval timex --corpus meantime|tempeval3 PATH</c>: runs tokens, sentences and time on each corpus document
/// (its creation date as publication date) and prints TempEval-3 figures, ending with <c>value_f1: X</c>.
/// </summary>
internal static class EvalTimexCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A corpus file or folder (MEANTIME .xml, TimeML .tml)." };
        var corpus = new Option<string>("--corpus") { Description = "meantime or tempeval3.", DefaultValueFactory = _ => "meantime" };
        var errors = new Option<bool>("--errors") { Description = "List misses, spurious items and wrong values on stderr." };
        var command = new Command("timex", "Score time expressions against MEANTIME or TempEval-3 (strict/relaxed span F1, type accuracy, value F1).")
        {
            path, corpus, errors,
        };
        command.SetAction(parse => Run(parse.GetValue(path) ?? string.Empty, parse.GetValue(corpus) ?? "meantime", parse.GetValue(errors)));
        return command;
    }

    private static int Run(string path, string corpusName, bool showErrors)
    {
        TimexCorpusFormat format;
        switch (corpusName.ToLowerInvariant())
        {
            case "meantime":
                format = TimexCorpusFormat.Meantime;
                break;
            case "tempeval3":
            case "tempeval-3":
            case "timeml":
                format = TimexCorpusFormat.TempEval3;
                break;
            default:
                Console.Error.WriteLine($"error: unknown corpus '{corpusName}' (meantime or tempeval3)");
                return ExitCodes.UsageOrIo;
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Console.Error.WriteLine($"error: {path}: no such file or folder");
            return ExitCodes.UsageOrIo;
        }

        var pipeline = Pipeline.Create(new TokenizerStage(), new SentenceStage(), new TimeStage());
        var scorer = new TimexScorer();
        int documents = 0;
        int exit = ExitCodes.Ok;
        foreach (var gold in TimexCorpus.Read(path, format))
        {
            var document = new Document(gold.Id, gold.Text, gold.CreationDate);
            pipeline.Run(document);
            foreach (var error in document.Errors)
            {
                Console.Error.WriteLine($"warning: {gold.Id}: {error.Message}");
                exit = ExitCodes.DocumentErrors;
            }

            scorer.Add(gold, document);
            documents++;
        }

        if (showErrors)
        {
            foreach (var d in scorer.Differences)
            {
                Console.Error.WriteLine($"{d.Kind}\t{d.DocumentId}\tgold[{d.GoldText}] {d.GoldValue}\tsys[{d.SystemText}] {d.SystemValue}\t{d.Rule}\t{d.Context}");
            }
        }

        var s = scorer.Scores;
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"documents: {documents}  gold: {s.Relaxed.TruePositives + s.Relaxed.FalseNegatives}  system: {s.Relaxed.TruePositives + s.Relaxed.FalsePositives}"));
        Console.WriteLine(string.Create(c, $"strict:  P {s.Strict.Precision:F3}  R {s.Strict.Recall:F3}  F1 {s.Strict.Score:F3}"));
        Console.WriteLine(string.Create(c, $"relaxed: P {s.Relaxed.Precision:F3}  R {s.Relaxed.Recall:F3}  F1 {s.Relaxed.Score:F3}"));
        Console.WriteLine(string.Create(c, $"type:    accuracy {s.TypeAccuracy:F3}  F1 {s.TypeF1.Score:F3}"));
        Console.WriteLine(string.Create(c, $"value:   accuracy {s.ValueAccuracy:F3}  P {s.ValueF1.Precision:F3}  R {s.ValueF1.Recall:F3}"));
        Console.WriteLine(string.Create(c, $"value_f1: {s.ValueF1.Score:F3}"));
        return exit;
    }
}
