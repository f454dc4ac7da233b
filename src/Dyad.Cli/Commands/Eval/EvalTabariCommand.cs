using System.CommandLine;
using System.Globalization;
using Dyad.Evaluation.Events;

namespace Dyad.Cli.Commands.Eval;

/// <summary><c>dyad eval tabari DIR</c>: codes TABARI's validation records with that folder's dictionaries.</summary>
internal static class EvalTabariCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder with Validate.text, TABARI.Demo.actors, TABARI.Demo.verbs and Validate.agents." };
        var verbose = new Option<bool>("--verbose") { Description = "List every record that is not exactly right, grouped by cause." };
        var record = new Option<string?>("--record") { Description = "Print the mentions and events of one record (by id)." };
        var command = new Command("tabari", "Event coding against TABARI's validation suite (records before FINAL-01).") { folder, verbose, record };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!File.Exists(Path.Combine(path, "Validate.text")))
            {
                Console.Error.WriteLine($"error: {path}: no Validate.text");
                return ExitCodes.UsageOrIo;
            }

            bool loud = parse.GetValue(verbose);
            var explain = parse.GetValue(record);
            var score = TabariEvaluation.Run(path, loud || explain is not null ? Console.Error.WriteLine : null, explain);
            EvalEventsOutput.Print("tabari", score, loud);
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary>The common output of the event evaluations: misses on request, event P/R/F1, then the exact-record figure last.</summary>
internal static class EvalEventsOutput
{
    public static void Print(string name, EventScore score, bool verbose)
    {
        if (verbose)
        {
            // Misses read "cause | record: …": grouped by cause, biggest group first.
            foreach (var group in score.Misses.GroupBy(m => m.Split(" | ", 2)[0]).OrderByDescending(g => g.Count()))
            {
                Console.WriteLine($"== {group.Key}: {group.Count()}");
                foreach (var miss in group)
                {
                    Console.WriteLine("  " + miss.Split(" | ", 2)[^1]);
                }
            }
        }

        var f = score.Events;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}_events: tp={f.TruePositives} fp={f.FalsePositives} fn={f.FalseNegatives} precision={f.Precision:0.000} recall={f.Recall:0.000} f1={f.Score:0.000}"));
        Console.WriteLine($"{name}_exact_records: {score.ExactRecords}/{score.Records} ({TabariEvaluation.Percent(score.ExactRecords, score.Records)})");
    }
}
