using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;
using Npgsql;

namespace Dyad.Queue.Tests;

/// <summary>
/// Workers on separate connections to one PostgreSQL database, when <c>DYAD_TEST_POSTGRES</c> names a server
/// (scripts/pg-start.sh prints one; CI sets it).
/// </summary>
public sealed class PostgresWorkerTests(NatsServer server) : IClassFixture<NatsServer>, IDisposable
{
    private readonly List<string> _databases = [];

    private static string? ServerUrl => Environment.GetEnvironmentVariable("DYAD_TEST_POSTGRES") is { Length: > 0 } url ? url : null;

    [Fact]
    public async Task Three_workers_on_a_new_database_store_each_document_once()
    {
        var url = server.RequireUrl();
        var db = NewDatabase();
        var token = TestContext.Current.CancellationToken;
        var options = NewQueue();
        var engine = DyadEngine.CreateDefault();
        await using (var submitQueue = await QueueConnection.OpenAsync(url, options, "submit", token))
        {
            await SubmitAsync(submitQueue, 30, token);
        }

        // Each worker opens the new database itself, as separate processes would: the schema is created once.
        async Task<WorkerReport> Run(string name)
        {
            await using var queue = await QueueConnection.OpenAsync(url, options, name, token);
            using var store = PostgresStore.Open(db);
            var worker = new Worker(queue, store, engine, new WorkerOptions { Name = name, BatchDocuments = 4, ExitWhenDrained = true });
            return await worker.RunAsync(cancellationToken: token);
        }

        var reports = await Task.WhenAll(Task.Run(() => Run("a"), token), Task.Run(() => Run("b"), token), Task.Run(() => Run("c"), token));
        using var check = PostgresStore.Open(db);

        Assert.Equal(30, check.Counts().Documents);
        Assert.Equal(30, reports.Sum(r => r.Documents));
        Assert.All(reports, r => Assert.Equal(0, r.Dead));
    }

    [Fact]
    public async Task A_worker_whose_store_connection_was_ended_reconnects_and_loses_nothing()
    {
        var url = server.RequireUrl();
        var db = NewDatabase();
        var token = TestContext.Current.CancellationToken;
        await using var queue = await QueueConnection.OpenAsync(url, NewQueue(), "reconnect", token);
        await SubmitAsync(queue, 6, token);
        using var store = PostgresStore.Open(db);

        // The server ends the worker's session before its first batch (a restart, a dropped connection).
        var admin = new NpgsqlConnectionStringBuilder(db) { Database = "postgres" };
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand("SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1) t", connection);
            cmd.Parameters.AddWithValue(new NpgsqlConnectionStringBuilder(db).Database!);
            Assert.Equal(1L, cmd.ExecuteScalar());
        }

        var retries = new List<string>();
        var worker = new Worker(queue, store, DyadEngine.CreateDefault(), new WorkerOptions { Name = "reconnect", BatchDocuments = 3, ExitWhenDrained = true, StoreRetry = retries.Add });
        var report = await worker.RunAsync(cancellationToken: token);

        Assert.Equal((6, 0, 0), (report.Documents, report.Dead, report.AlreadyStored));
        Assert.Equal(6, store.Counts().Documents);
        Assert.Contains(retries, r => r.Contains("store failed", StringComparison.Ordinal) && r.Contains("attempt 2 of", StringComparison.Ordinal));
    }

    /// <summary>A stream, consumer and buckets of their own, so tests do not share messages.</summary>
    private static QueueOptions NewQueue()
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        return new QueueOptions
        {
            Stream = $"DOCS_{id}", Subject = $"docs.{id}", DeadStream = $"DEAD_{id}", DeadSubject = $"dead.{id}",
            Consumer = $"workers_{id}", WorkersBucket = $"workers_{id}", LargeBucket = $"large_{id}",
        };
    }

    private static Task<SubmitResult> SubmitAsync(QueueConnection queue, int count, CancellationToken token) =>
        new Submitter(queue).SubmitAsync(
            Enumerable.Range(0, count).Select(i => ReadResult.Ok(new SourceDocument(
                $"pg-{i}", $"Officials in Kenya said the police arrested {i + 2} protesters in Nairobi on Friday.", new DateOnly(2020, 6, 5), null, null, $"pg-{i}"))),
            cancellationToken: token);

    private string NewDatabase()
    {
        var url = ServerUrl;
        if (url is null)
        {
            Assert.Skip("DYAD_TEST_POSTGRES is not set: start a server with scripts/pg-start.sh and export the URL it prints");
        }

        var name = $"dyad_queue_{Guid.NewGuid():N}";
        var admin = new NpgsqlConnectionStringBuilder(PostgresStore.ToConnectionString(url));
        using (var connection = new NpgsqlConnection(admin.ConnectionString))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            cmd.ExecuteNonQuery();
        }

        _databases.Add(name);
        admin.Database = name;
        return admin.ConnectionString;
    }

    public void Dispose()
    {
        if (ServerUrl is not { } url || _databases.Count == 0)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(PostgresStore.ToConnectionString(url));
        using var connection = new NpgsqlConnection(admin.ConnectionString);
        connection.Open();
        foreach (var name in _databases)
        {
            using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            cmd.ExecuteNonQuery();
        }
    }
}
