using System.CommandLine;
using Dyad.Cli.Commands;

// The table of contents of the CLI: one command per file under Commands/.
var root = new RootCommand("Dyad: political event data from dated news text.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(EvalCommand.Create());

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
