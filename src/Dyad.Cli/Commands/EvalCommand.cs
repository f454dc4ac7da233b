using System.CommandLine;
using Dyad.Cli.Commands.Eval;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval …</c>: accuracy against annotated corpora; each subcommand ends with one figure line.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Measure accuracy against annotated corpora.");

        // One line per evaluation; each lives in Commands/Eval/.
        command.Subcommands.Add(Eval.EvalGoldCommand.Create());
        command.Subcommands.Add(Eval.EvalTimexCommand.Create());
        command.Subcommands.Add(Eval.EvalEntitiesCommand.Create());
        command.Subcommands.Add(EvalQuotesCommand.Create());
        command.Subcommands.Add(Eval.EvalTabariCommand.Create());
        command.Subcommands.Add(Eval.EvalPetrarchCommand.Create());
        command.Subcommands.Add(Eval.EvalPloverCommand.Create());
        return command;
    }
}
