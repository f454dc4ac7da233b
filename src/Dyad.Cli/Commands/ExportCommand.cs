using System.CommandLine;
using System.Data.Common;
using System.Text;
using Dyad.Core.Serialization;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad export --format gdelt|jsonl|csv|parquet [--out FILE]</c>: events as GDELT 2.0 event rows, CSV or Parquet,
/// or documents as dyad.document.v1 JSON Lines. A file is written beside its target and renamed into place when
/// complete, so a failed export never leaves a half-written file.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var format = new Option<string>("--format") { Description = "gdelt (tab-separated GDELT 2.0 event columns), jsonl (documents), csv or parquet (events).", Required = true }
            .AcceptOnlyFromAmong("gdelt", "jsonl", "csv", "parquet");
        var output = new Option<string?>("--out") { Description = "Output file (standard output if absent; required for parquet)." };
        var header = new Option<bool>("--header") { Description = "gdelt: write a header row (GDELT's own files have none)." };
        var command = new Command("export", "Export stored events or documents.") { db, format, output, header };
        command.SetAction(parse => Run(parse.GetValue(db)!, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(header)));
        return command;
    }

    private static int Run(string db, string format, string? outPath, bool header)
    {
        if (format == "parquet" && outPath is null)
        {
            Console.Error.WriteLine("error: --format parquet needs --out FILE");
            return ExitCodes.UsageOrIo;
        }

        using var store = StoreOptions.OpenForQuery(db);
        if (store is null)
        {
            return ExitCodes.UsageOrIo;
        }

        var temp = outPath is null ? null : outPath + ".partial";
        try
        {
            if (format == "parquet")
            {
                if (store is not DuckDbStore duck)
                {
                    Console.Error.WriteLine("error: parquet export needs a DuckDB store; export csv from PostgreSQL");
                    return ExitCodes.UsageOrIo;
                }

                File.Delete(temp!);
                duck.CopyEventsToParquet(temp!);
            }
            else
            {
                using var stream = temp is null ? Console.OpenStandardOutput() : File.Create(temp);
                Write(store, format, stream, header);
            }

            if (temp is not null)
            {
                File.Move(temp, outPath!, overwrite: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DbException)
        {
            if (temp is not null)
            {
                TryDelete(temp);
            }

            Console.Error.WriteLine($"error: export failed, nothing written{(outPath is null ? string.Empty : $" to {outPath}")}: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }

        return ExitCodes.Ok;
    }

    private static void Write(IDocumentStore store, string format, Stream stream, bool header)
    {
        if (format == "jsonl")
        {
            var hashes = store.AllDocuments();
            for (int i = 0; i < hashes.Count; i += 200)
            {
                foreach (var d in store.LoadDocuments(hashes.GetRange(i, Math.Min(200, hashes.Count - i))))
                {
                    DocumentJson.Write(stream, d, indented: false);
                    stream.Write("\n"u8);
                }
            }

            return;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        var events = store.ExportEvents();
        if (format == "gdelt")
        {
            GdeltExport.Write(events, writer, header);
        }
        else
        {
            RowSetWriter.WriteCsv(events, writer);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The export already failed; a leftover .partial file is named as such.
        }
    }
}
