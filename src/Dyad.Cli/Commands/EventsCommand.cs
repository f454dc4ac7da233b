using System.CommandLine;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad events</c>: stored events filtered by actors, codes, dates, quad class and sentence text.</summary>
internal static class EventsCommand
{
    /// <summary>What fits a terminal; json and csv carry every column.</summary>
    private static readonly string[] TableColumns = ["date", "doc_id", "source", "verb", "target", "cameo", "quad", "goldstein", "reports"];

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = StoreOptions.Format();
        var limit = StoreOptions.Limit();
        var source = new Option<string?>("--source") { Description = "Source actor code prefix (JPN, KORGOV)." };
        var target = new Option<string?>("--target") { Description = "Target actor code prefix." };
        var actor = new Option<string?>("--actor") { Description = "Actor code prefix on either side." };
        var code = new Option<string?>("--code") { Description = "CAMEO code prefix (036, 03)." };
        var root = new Option<string?>("--root") { Description = "CAMEO root code (two digits)." };
        var from = new Option<DateOnly?>("--from") { Description = "First event date (YYYY-MM-DD)." };
        var to = new Option<DateOnly?>("--to") { Description = "Last event date (YYYY-MM-DD)." };
        var quad = new Option<int?>("--quad") { Description = "Quad class 1-4 (verbal/material cooperation/conflict)." };
        var text = new Option<string?>("--text") { Description = "Words in the event's sentence (case-insensitive)." };
        var clusters = new Option<bool>("--clusters") { Description = "One row per event cluster (its first report) with its number of reports." };
        var command = new Command("events", "List stored events.") { db, source, target, actor, code, root, from, to, quad, text, clusters, limit, format };
        command.SetAction(parse => StoreOptions.Query(parse.GetValue(db)!, parse.GetValue(format), store => store.Events(new EventQuery
        {
            Source = parse.GetValue(source),
            Target = parse.GetValue(target),
            Actor = parse.GetValue(actor),
            Code = parse.GetValue(code),
            Root = parse.GetValue(root),
            From = parse.GetValue(from),
            To = parse.GetValue(to),
            Quad = parse.GetValue(quad),
            Text = parse.GetValue(text),
            Clusters = parse.GetValue(clusters),
            Limit = parse.GetValue(limit),
        }), TableColumns));
        return command;
    }
}
