namespace Dyad.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL URL or connection string, otherwise a DuckDB file.</summary>
public static class DocumentStore
{
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || db.Contains("Host=", StringComparison.OrdinalIgnoreCase);
    }

    public static IDocumentStore Open(string db, TimeProvider? clock = null) =>
        IsPostgres(db) ? PostgresStore.Open(db, clock) : DuckDbStore.Open(db, clock);
}
