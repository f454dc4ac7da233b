using System.CommandLine;
using Dyad.Engine;
using Dyad.Evaluation.Quotes;

namespace Dyad.Cli.Commands.Eval;

/// <summary><c>dyad eval quotes --gold DIR</c>: required quotes found and attributed (speaker text and country) over gold files.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Folder of *.gold.json files.", DefaultValueFactory = _ => "../shared/gold" };
        var verbose = new Option<bool>("--verbose") { Description = "List every required quote that was missed or misattributed on stderr." };
        var command = new Command("quotes", "Score quote extraction and speaker attribution against gold files.") { gold, verbose };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(verbose)));
        return command;
    }

    private static int Run(string gold, bool verbose)
    {
        if (!Directory.Exists(gold))
        {
            Console.Error.WriteLine($"error: {gold}: no such folder");
            return ExitCodes.UsageOrIo;
        }

        var evaluation = QuoteScorer.Evaluate(gold, DyadEngine.CreateDefault());
        foreach (var result in evaluation.Results.Where(r => verbose && !r.Match.Attributed))
        {
            var what = !result.Match.Found ? "not found" : !result.Match.Speaker ? "wrong speaker" : "wrong country";
            Console.Error.WriteLine($"{Path.GetFileName(result.Gold)}: {what}: “{result.Item.Contains}” (speaker ~ {result.Item.SpeakerContains})");
        }

        if (evaluation.Required == 0)
        {
            Console.Error.WriteLine($"error: {gold}: no required quotes in any *.gold.json");
            return ExitCodes.UsageOrIo;
        }

        Console.WriteLine(evaluation.Summary);
        return ExitCodes.Ok;
    }
}
