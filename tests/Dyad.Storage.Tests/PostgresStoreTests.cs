using Npgsql;

namespace Dyad.Storage.Tests;

/// <summary>
/// The store contract against PostgreSQL, when <c>DYAD_TEST_POSTGRES</c> names a server (scripts/pg-start.sh prints
/// one). Each test gets its own database, dropped afterwards.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests, IDisposable
{
    public const string Variable = "DYAD_TEST_POSTGRES";

    private readonly List<string> _databases = [];

    public static string? ServerUrl => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } url ? url : null;

    protected override IDocumentStore OpenFresh()
    {
        var url = ServerUrl;
        if (url is null)
        {
            Assert.Skip($"{Variable} is not set: start a server with scripts/pg-start.sh and export the URL it prints");
        }

        var name = $"dyad_test_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(PostgresStore.ToConnectionString(url));
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            cmd.ExecuteNonQuery();
        }

        _databases.Add(name);
        admin.Database = name;
        return PostgresStore.Open(admin.ConnectionString);
    }

    [Fact]
    public void Postgres_urls_become_connection_strings()
    {
        var cs = new NpgsqlConnectionStringBuilder(PostgresStore.ToConnectionString("postgres://alice:s%40cret@127.0.0.1:5433/events?Timeout=5"));

        Assert.Equal(("127.0.0.1", 5433, "events", "alice", "s@cret", 5), (cs.Host, cs.Port, cs.Database, cs.Username, cs.Password, cs.Timeout));
    }

    [Fact]
    public void An_unreachable_server_is_a_clear_error()
    {
        var ex = Assert.Throws<Dyad.Core.DyadException>(() => PostgresStore.Open("postgres://nobody@127.0.0.1:1/none?Timeout=2"));

        Assert.Contains("cannot connect", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_the_server_ended_is_opened_again_for_the_next_statement()
    {
        using var store = OpenFresh();
        store.Write([TestDocuments.Stored(TestDocuments.Korea())], []);
        var database = _databases[^1];

        // What a server restart or an administrator does to every session of the database.
        using (var admin = new NpgsqlConnection(PostgresStore.ToConnectionString(ServerUrl!)))
        {
            admin.Open();
            using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) t", admin);
            cmd.Parameters.AddWithValue(database);
            Assert.Equal(1L, cmd.ExecuteScalar());
        }

        // The statement in flight when the session ended fails; the store is usable again right after.
        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.Counts());
        store.Write([TestDocuments.Stored(TestDocuments.Plain("after", "Kenya's police arrested protesters on Friday."))], []);
        Assert.Equal(2, store.Counts().Documents);
    }

    public void Dispose()
    {
        if (ServerUrl is not { } url || _databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresStore.ToConnectionString(url));
        connection.Open();
        foreach (var name in _databases)
        {
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            cmd.ExecuteNonQuery();
        }
    }
}
