using System.CommandLine;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad quotes [--speaker X]</c>: stored quotes, by speaker actor code prefix or words of the speaker's name.</summary>
internal static class QuotesCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = StoreOptions.Format();
        var limit = StoreOptions.Limit();
        var speaker = new Option<string?>("--speaker") { Description = "Speaker actor code prefix (JPNGOV) or words of the speaker's text (Moon)." };
        var command = new Command("quotes", "List stored quotes.") { db, speaker, limit, format };
        command.SetAction(parse => StoreOptions.Query(parse.GetValue(db)!, parse.GetValue(format), store => store.Quotes(new QuoteQuery(parse.GetValue(speaker), parse.GetValue(limit)))));
        return command;
    }
}
