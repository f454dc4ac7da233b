using System.Data.Common;
using Dyad.Core;
using DuckDB.NET.Data;

namespace Dyad.Storage;

/// <summary>
/// A store in one DuckDB file. Batches load through the appender inside a transaction (the appender joins the
/// connection's open transaction, so a rollback or a crash before commit leaves no rows); DuckDB's write-ahead log
/// makes every committed batch survive a <c>kill -9</c>.
/// </summary>
public sealed class DuckDbStore : SqlStore
{
    private readonly string _path;

    private DuckDbStore(DuckDBConnection connection, string path, TimeProvider? clock)
        : base(connection, clock)
    {
        _path = path;
    }

    public override string Describe => $"duckdb:{_path}";

    /// <summary>Opens (creating if missing) a store file; <c>:memory:</c> for a throwaway in-memory store.</summary>
    /// <exception cref="DyadException">The file is not a DuckDB database, is locked by another process, or cannot be created.</exception>
    public static DuckDbStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder))
            {
                throw new DyadException(DyadErrors.UnreadableFile, $"{path}: folder '{folder}' does not exist");
            }
        }

        var connection = new DuckDBConnection($"Data Source={path}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            throw new DyadException(DyadErrors.UnreadableFile, $"{path}: cannot open the DuckDB store: {FirstLine(ex.Message)}", ex);
        }

        var store = new DuckDbStore(connection, path, clock);
        try
        {
            // FSST string compression costs about a third of a commit's CPU and saves under 2% of the file here
            // (codes, rules and hashes are dictionary-compressed anyway): the writer thread competes with coding.
            store.Execute("SET disabled_compression_methods = 'fsst'");
            store.EnsureSchema();
        }
        catch (DbException ex)
        {
            store.Dispose();
            throw new DyadException(DyadErrors.UnreadableFile, $"{path}: cannot prepare the DuckDB store: {FirstLine(ex.Message)}", ex);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <summary>Writes a query's result as a Parquet file through DuckDB's own writer.</summary>
    public void CopyEventsToParquet(string outPath)
    {
        ArgumentNullException.ThrowIfNull(outPath);

        // COPY takes its target as a literal, not a parameter: quote it as an SQL string.
        var literal = "'" + outPath.Replace("'", "''", StringComparison.Ordinal) + "'";
        Execute($"COPY (SELECT d.id AS doc_id, d.publication_date, d.url, e.* EXCLUDE (doc_hash) FROM events e JOIN documents d ON d.content_hash = e.doc_hash ORDER BY e.event_day, d.id, e.idx) TO {literal} (FORMAT PARQUET)");
    }

    protected override string SqlType(ColumnType type) => type switch
    {
        ColumnType.Text => "VARCHAR",
        ColumnType.Int => "INTEGER",
        ColumnType.Double => "DOUBLE",
        ColumnType.Bool => "BOOLEAN",
        ColumnType.Date => "DATE",
        _ => "TIMESTAMP",
    };

    protected override string? RowIdColumn => "rowid";

    protected override string RowIdListParameter => "$1::BIGINT[]";

    protected override DbParameter Parameter(object? value) => new DuckDBParameter(value ?? DBNull.Value);

    protected override IRowWriter OpenWriter(Table table) => new AppenderWriter(((DuckDBConnection)Connection).CreateAppender(table.Name));

    private static string FirstLine(string message)
    {
        int nl = message.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? message : message[..nl];
    }

    private sealed class AppenderWriter(DuckDBAppender appender) : IRowWriter
    {
        private IDuckDBAppenderRow? _row;

        public void StartRow() => _row = appender.CreateRow();

        public void Add(string? value) => _row = _row!.AppendValue(value);

        public void Add(int? value) => _row = _row!.AppendValue(value);

        public void Add(double? value) => _row = _row!.AppendValue(value);

        public void Add(bool value) => _row = _row!.AppendValue((bool?)value);

        public void Add(DateOnly? value) => _row = _row!.AppendValue(value);

        public void Add(DateTime value) => _row = _row!.AppendValue((DateTime?)value);

        public void EndRow() => _row!.EndRow();

        public void Complete() => appender.Close();

        public void Dispose() => appender.Dispose();
    }
}
