using System.CommandLine;
using Dyad.Evaluation.Events;

namespace Dyad.Cli.Commands.Eval;

/// <summary><c>dyad eval petrarch DIR</c>: codes the text of PETRARCH's unit-test records with its validation dictionaries.</summary>
internal static class EvalPetrarchCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder with PETR.UnitTest.records.xml and the PETR.Validate.* dictionaries." };
        var verbose = new Option<bool>("--verbose") { Description = "List every record that is not exactly right." };
        var record = new Option<string?>("--record") { Description = "Print the mentions and events of one record (by id)." };
        var command = new Command("petrarch", "Event coding against PETRARCH's unit-test records (text only, parses ignored).") { folder, verbose, record };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(folder)!;
            if (!File.Exists(Path.Combine(path, "PETR.UnitTest.records.xml")))
            {
                Console.Error.WriteLine($"error: {path}: no PETR.UnitTest.records.xml");
                return ExitCodes.UsageOrIo;
            }

            bool loud = parse.GetValue(verbose);
            var explain = parse.GetValue(record);
            var score = PetrarchEvaluation.Run(path, loud || explain is not null ? Console.Error.WriteLine : null, explain);
            EvalEventsOutput.Print("petrarch", score, loud);
            return ExitCodes.Ok;
        });
        return command;
    }
}
