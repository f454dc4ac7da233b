using System.CommandLine;
using Dyad.Cli.Commands;
using Dyad.Cli.Commands.Queue;

// The table of contents of the CLI: one command per file under Commands/.
var root = new RootCommand("Dyad: political event data from dated news text.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(EventsCommand.Create());
root.Subcommands.Add(QuotesCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(DyadsCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchServeCommand.Create());
root.Subcommands.Add(DictCommand.Create());
root.Subcommands.Add(SubmitCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(StatusCommand.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"error: {error.Message}");
    }

    Console.Error.WriteLine("Run 'dyad --help' for usage.");
    return ExitCodes.UsageOrIo;
}

return parse.Invoke();
