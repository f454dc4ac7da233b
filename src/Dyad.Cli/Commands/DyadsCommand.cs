using System.CommandLine;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad dyads</c>: per source/target pair and period, the number of events, their mean Goldstein score and their
/// counts per quad class. Negated and hypothetical events are left out: they did not happen.
/// </summary>
internal static class DyadsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = StoreOptions.Format();
        var source = new Option<string?>("--source") { Description = "Source actor code prefix (KOR)." };
        var target = new Option<string?>("--target") { Description = "Target actor code prefix (PRK)." };
        var period = new Option<string>("--period") { Description = "day, week (ISO) or month.", DefaultValueFactory = _ => "month" }
            .AcceptOnlyFromAmong("day", "week", "month");
        var byCountry = new Option<bool>("--by-country") { Description = "Group by the actors' countries instead of their full codes." };
        var command = new Command("dyads", "Aggregate events per actor pair and period.") { db, source, target, period, byCountry, format };
        command.SetAction(parse => StoreOptions.Query(parse.GetValue(db)!, parse.GetValue(format), store => store.Dyads(new DyadQuery(
            parse.GetValue(source),
            parse.GetValue(target),
            parse.GetValue(period) switch { "day" => Period.Day, "week" => Period.Week, _ => Period.Month },
            parse.GetValue(byCountry)))));
        return command;
    }
}
