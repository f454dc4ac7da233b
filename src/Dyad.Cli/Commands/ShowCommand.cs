using System.CommandLine;
using Dyad.Core;
using Dyad.Core.Serialization;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad show DOCID</c>: a stored document with its annotations (by id, or by a prefix of its content hash).</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The document id, or at least 8 characters of its content hash." };
        var db = StoreOptions.Db();
        var format = new Option<string?>("--format") { Description = "text (default on a terminal) or json (dyad.document.v1)." }.AcceptOnlyFromAmong("text", "json");
        var command = new Command("show", "Print a stored document with its annotations.") { id, db, format };
        command.SetAction(parse => Run(parse.GetValue(id)!, parse.GetValue(db)!, parse.GetValue(format)));
        return command;
    }

    private static int Run(string id, string db, string? format)
    {
        using var store = StoreOptions.OpenForQuery(db);
        if (store is null)
        {
            return ExitCodes.UsageOrIo;
        }

        var hashes = store.FindDocuments(id);
        if (hashes.Count == 0)
        {
            Console.Error.WriteLine($"error: {store.Describe}: no document with id or hash '{id}'");
            return ExitCodes.UsageOrIo;
        }

        if (hashes.Count > 1)
        {
            Console.Error.WriteLine($"note: {hashes.Count} documents match '{id}'; showing all (content hashes: {string.Join(", ", hashes.Select(h => h[..12]))})");
        }

        var documents = store.LoadDocuments(hashes);
        if ((format ?? (Console.IsOutputRedirected ? "json" : "text")) == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            foreach (var d in documents)
            {
                DocumentJson.Write(stdout, d, indented: documents.Count == 1);
                stdout.Write("\n"u8);
            }

            return ExitCodes.Ok;
        }

        for (int i = 0; i < documents.Count; i++)
        {
            PrintText(documents[i], hashes[i]);
        }

        return ExitCodes.Ok;
    }

    private static void PrintText(Document d, string hash)
    {
        Console.Out.WriteLine($"id: {d.Id}");
        Console.Out.WriteLine($"content_hash: {hash}");
        Console.Out.WriteLine($"publication_date: {d.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        Console.Out.WriteLine($"title: {d.Title ?? "-"}");
        Console.Out.WriteLine($"source: {d.Url ?? d.Source ?? "-"}");
        Console.Out.WriteLine();
        Console.Out.WriteLine(d.Text);
        Console.Out.WriteLine();
        StoreOptions.Print(
            new RowSet(["start", "end", "text", "kind", "actor", "country", "rule"], d.Mentions.Select(m => new object?[] { m.Span.Start, m.Span.End, d.TextOf(m.Span), DocumentJson.KindName(m.Kind), m.Actor, m.Country, m.Evidence.Rule }).ToList()),
            "table",
            "mentions");
        StoreOptions.Print(
            new RowSet(["start", "end", "text", "type", "value", "rule"], d.Timexes.Select(t => new object?[] { t.Span.Start, t.Span.End, d.TextOf(t.Span), DocumentJson.TypeName(t.Type), t.Value, t.Evidence.Rule }).ToList()),
            "table",
            "time expressions");
        StoreOptions.Print(
            new RowSet(["speaker", "actor", "kind", "cue", "text"], d.Quotes.Select(q => new object?[] { q.Speaker is { } s ? d.TextOf(s.Span) : null, q.Speaker?.Actor, DocumentJson.KindName(q.Kind), q.Cue, d.TextOf(q.Span) }).ToList()),
            "table",
            "quotes");
        StoreOptions.Print(
            new RowSet(["sentence", "source", "verb", "target", "cameo", "date", "pattern"], d.Events.Select(e => new object?[] { e.Sentence, e.Source.Actor, d.TextOf(e.Verb), e.Target.Actor, e.Cameo, e.Date, e.Evidence.Rule }).ToList()),
            "table",
            "events");
        foreach (var e in d.Errors)
        {
            Console.Out.WriteLine($"error: {e.Stage}: {e.Message} ({e.Code})");
        }
    }
}
