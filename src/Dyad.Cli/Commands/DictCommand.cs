using System.CommandLine;
using System.Globalization;
using Dyad.Actors;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad dict check</c>: validates actor dictionaries (Dyad's own data, or PETRARCH/TABARI files by path).</summary>
internal static class DictCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "A data/actors folder to check instead of the embedded copy." };
        var petrarch = new Option<string[]>("--petrarch-actors") { Description = "PETRARCH .actors.txt files to check instead.", AllowMultipleArgumentsPerToken = true };
        var tabari = new Option<string[]>("--tabari-actors") { Description = "TABARI .actors files to check instead.", AllowMultipleArgumentsPerToken = true };
        var agents = new Option<string?>("--agents") { Description = "The agents file that goes with --petrarch-actors or --tabari-actors." };
        var check = new Command("check", "Validate actor data: unique keys, valid codes, valid date ranges; lists problems as file:line: reason.")
        {
            data, petrarch, tabari, agents,
        };
        check.SetAction(parse => Check(parse.GetValue(data), parse.GetValue(petrarch) ?? [], parse.GetValue(tabari) ?? [], parse.GetValue(agents)));
        var command = new Command("dict", "Actor dictionaries.");
        command.Subcommands.Add(check);
        return command;
    }

    private static int Check(string? data, string[] petrarch, string[] tabari, string? agents)
    {
        ActorLexicon lexicon;
        try
        {
            lexicon = petrarch.Length > 0 ? ActorLexicon.FromPetrarch(petrarch, agents)
                : tabari.Length > 0 ? ActorLexicon.FromTabari(tabari, agents)
                : ActorLexicon.FromDyadData(data);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }

        var problems = DictionaryCheck.Run(lexicon);
        foreach (var problem in problems)
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{lexicon.Name}: {lexicon.Actors.Count} actor phrases, {lexicon.Agents.Count} agent phrases, compiled in {lexicon.CompileTime.TotalMilliseconds:F0} ms; problems: {problems.Count}"));
        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.DocumentErrors;
    }
}
