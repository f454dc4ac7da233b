using System.CommandLine;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Evaluation.Events;
using Dyad.Events;

namespace Dyad.Cli.Commands.Eval;

/// <summary>
/// <c>dyad eval plover FILE</c>: event types and actor countries on the PLOVER gold standard with the default dictionaries.
/// Uses the default pipeline when it finds actors; until the actors stage is merged, the gold actor texts stand in.
/// </summary>
internal static class EvalPloverCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "PLOVER_GSR_CAMEO.txt (a JSON array of records)." };
        var verbose = new Option<bool>("--verbose") { Description = "List every record whose event type is wrong." };
        var command = new Command("plover", "Event type and source/target accuracy on the PLOVER gold standard.") { file, verbose };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"error: {path}: no such file");
                return ExitCodes.UsageOrIo;
            }

            var stages = DyadEngine.DefaultStages().ToList();
            Pipeline? pipeline = null;
            if (stages.Any(s => s.Info.Produces.HasFlag(Annotations.Mentions)))
            {
                if (!stages.Any(s => s.Info.Produces.HasFlag(Annotations.Events)))
                {
                    stages.Add(new EventStage());
                }

                pipeline = Pipeline.Create(stages);
            }

            var s = PloverEvaluation.Run(path, pipeline, parse.GetValue(verbose) ? Console.WriteLine : null);
            Console.WriteLine($"plover_mode: {s.Mode} ({s.Coded}/{s.Records} records coded)");
            Console.WriteLine($"plover_source_country_accuracy: {s.SourceCorrect}/{s.WithSource} ({TabariEvaluation.Percent(s.SourceCorrect, s.WithSource)})");
            Console.WriteLine($"plover_target_country_accuracy: {s.TargetCorrect}/{s.WithTarget} ({TabariEvaluation.Percent(s.TargetCorrect, s.WithTarget)})");
            Console.WriteLine($"plover_event_type_accuracy: {s.TypeCorrect}/{s.Records} ({TabariEvaluation.Percent(s.TypeCorrect, s.Records)})");
            return ExitCodes.Ok;
        });
        return command;
    }
}
