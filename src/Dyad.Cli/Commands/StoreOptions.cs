using System.CommandLine;
using System.Data.Common;
using Dyad.Core;
using Dyad.Storage;
using Spectre.Console;

namespace Dyad.Cli.Commands;

/// <summary>What the store commands share: the <c>--db</c> and <c>--format</c> options, opening the store, printing rows.</summary>
internal static class StoreOptions
{
    public const string DefaultDb = "dyad.duckdb";

    public static Option<string> Db() => new("--db")
    {
        Description = "The store: a DuckDB file, or postgres://user@host:port/db, or an Npgsql connection string (Host=...).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DYAD_DB") is { Length: > 0 } db ? db : DefaultDb,
    };

    public static Option<string?> Format() => new Option<string?>("--format")
    {
        Description = "table (default on a terminal), json or csv (default when standard output is redirected).",
    }.AcceptOnlyFromAmong("table", "json", "csv");

    public static Option<int> Limit(int value = 1000) => new("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => value };

    /// <summary>Opens an existing store for a query; a query never creates a store file.</summary>
    public static IDocumentStore? OpenForQuery(string db)
    {
        if (!DocumentStore.IsPostgres(db) && !File.Exists(db))
        {
            Console.Error.WriteLine($"error: {db}: no such store; create it with 'dyad ingest PATH --db {db}'");
            return null;
        }

        return OpenOrReport(db);
    }

    public static IDocumentStore? OpenOrReport(string db)
    {
        try
        {
            return DocumentStore.Open(db);
        }
        catch (DyadException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message} ({ex.Code})");
            return null;
        }
    }

    /// <summary>
    /// Runs a query, turning store failures into one error line and the I/O exit code. A terminal table shows only
    /// <paramref name="tableColumns"/> when given; json and csv always carry every column.
    /// </summary>
    public static int Query(string db, string? format, Func<IDocumentStore, RowSet> query, IReadOnlyList<string>? tableColumns = null)
    {
        using var store = OpenForQuery(db);
        if (store is null)
        {
            return ExitCodes.UsageOrIo;
        }

        RowSet rows;
        try
        {
            rows = query(store);
        }
        catch (DbException ex)
        {
            Console.Error.WriteLine($"error: {store.Describe}: query failed: {ex.Message}");
            return ExitCodes.UsageOrIo;
        }

        format ??= Console.IsOutputRedirected ? "csv" : "table";
        if (format == "table" && tableColumns is not null)
        {
            var keep = tableColumns.Select(c => rows.Columns.ToList().IndexOf(c)).Where(i => i >= 0).ToArray();
            rows = new RowSet(keep.Select(i => rows.Columns[i]).ToList(), rows.Rows.Select(r => keep.Select(i => r[i]).ToArray()).ToList());
        }

        Print(rows, format);
        return ExitCodes.Ok;
    }

    public static void Print(RowSet rows, string? format, string? title = null)
    {
        format ??= Console.IsOutputRedirected ? "csv" : "table";
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    RowSetWriter.WriteJson(rows, stdout);
                }

                break;
            case "csv":
                RowSetWriter.WriteCsv(rows, Console.Out);
                Console.Out.Flush();
                break;
            default:
                var table = new Spectre.Console.Table();
                if (title is not null)
                {
                    table.Title(Markup.Escape(title));
                }

                foreach (var c in rows.Columns)
                {
                    table.AddColumn(Markup.Escape(c));
                }

                foreach (var row in rows.Rows)
                {
                    table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(Cell(v))).ToArray());
                }

                AnsiConsole.Write(table);
                if (rows.Rows.Count == 0)
                {
                    AnsiConsole.WriteLine("(no rows)");
                }

                break;
        }
    }

    /// <summary>Long sentences would make a terminal table unreadable: shorten them there (json and csv keep them whole).</summary>
    private static string Cell(object? value)
    {
        var text = RowSetWriter.Format(value).ReplaceLineEndings(" ");
        return text.Length > 80 ? string.Concat(text.AsSpan(0, 77), "...") : text;
    }
}
