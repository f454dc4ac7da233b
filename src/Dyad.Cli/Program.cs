using System.CommandLine;
using Dyad.Cli.Commands;

// The table of contents of the CLI: one command per file under Commands/.
var root = new RootCommand("Dyad: political event data from dated news text.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(DictCommand.Create());
return root.Parse(args).Invoke();
