using System.CommandLine;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad actors [PREFIX]</c>: actor codes with their numbers of mentions and of events as source and target.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = StoreOptions.Format();
        var limit = StoreOptions.Limit();
        var prefix = new Argument<string?>("prefix") { Description = "Only actor codes starting with this (KOR).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("actors", "List actor codes by frequency.") { prefix, db, limit, format };
        command.SetAction(parse => StoreOptions.Query(parse.GetValue(db)!, parse.GetValue(format), store => store.Actors(new ActorQuery(parse.GetValue(prefix), parse.GetValue(limit)))));
        return command;
    }
}
