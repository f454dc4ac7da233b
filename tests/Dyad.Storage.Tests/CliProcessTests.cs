using System.Diagnostics;
using System.Text;
using Npgsql;

namespace Dyad.Storage.Tests;

/// <summary>
/// Runs the real <c>dyad</c> CLI built beside the tests: SIGKILL in the middle of an ingest, a file-size limit that
/// fills the "disk", unreadable inputs and a corrupt store. Every case must end in a store equal to an uninterrupted
/// run's, or untouched.
/// </summary>
public sealed class CliProcessTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dyad-cli-");
    private readonly List<string> _databases = [];

    [Theory]
    [InlineData("duckdb")]
    [InlineData("postgres")]
    public async Task A_rerun_after_kill_9_ends_with_the_rows_of_an_uninterrupted_run(string backend)
    {
        var corpus = WriteCorpus(3000);
        var reference = Db(backend, "reference");
        var killed = Db(backend, "killed");
        var uninterrupted = await Dyad(["ingest", corpus, "--db", reference, "--batch", "50", "--no-clusters"]);
        Assert.Equal(1, uninterrupted.Exit); // the corpus's malformed line

        // Kill as soon as a few batches are committed, well before the end.
        var run = await Dyad(["ingest", corpus, "--db", killed, "--batch", "50", "--no-clusters"], killWhen: line => line.Contains("batch 3 committed", StringComparison.Ordinal));
        Assert.True(run.Killed, "the ingest finished before it could be killed; make the corpus larger");
        Assert.DoesNotContain("documents_added", run.Stdout, StringComparison.Ordinal);

        var rerun = await Dyad(["ingest", corpus, "--db", killed, "--batch", "50", "--no-clusters"]);

        Assert.Equal(1, rerun.Exit);
        var added = Added(rerun.Stdout);
        Assert.InRange(added, 1, 3000 - 150);
        Assert.Equal(Fingerprint(reference), Fingerprint(killed));
    }

    [Fact]
    public async Task A_full_disk_fails_the_batch_with_a_clear_error_and_a_rerun_completes()
    {
        Assert.SkipUnless(File.Exists("/bin/bash"), "needs bash for ulimit");
        var corpus = WriteCorpus(3000);
        var reference = Db("duckdb", "reference");
        var full = Db("duckdb", "full");
        Assert.Equal(1, (await Dyad(["ingest", corpus, "--db", reference, "--batch", "100", "--no-clusters"])).Exit);

        // A file-size limit stands in for a full disk: writes past it fail with EFBIG once SIGXFSZ is ignored.
        // W^X is off because the runtime's double-mapped code pages are files that the limit would also cap.
        var limited = await Dyad(
            ["ingest", corpus, "--db", full, "--batch", "100", "--no-clusters"],
            wrap: "trap '' XFSZ; ulimit -f 3000; exec \"$0\" \"$@\"",
            environment: new() { ["DOTNET_EnableWriteXorExecute"] = "0" });

        Assert.Equal(2, limited.Exit);
        Assert.Contains("a batch could not be stored", limited.Stderr, StringComparison.Ordinal);
        Assert.Contains("File too large", limited.Stderr, StringComparison.Ordinal);
        var rerun = await Dyad(["ingest", corpus, "--db", full, "--batch", "100", "--no-clusters"]);
        Assert.Equal(1, rerun.Exit);
        Assert.Equal(Fingerprint(reference), Fingerprint(full));
    }

    [Fact]
    public async Task Unreadable_inputs_are_reported_and_the_rest_is_stored()
    {
        var input = _folder.CreateSubdirectory("input");
        File.WriteAllText(Path.Combine(input.FullName, "good.txt"), "date 2019-01-02\nJapan proposed talks with Korea.");
        File.WriteAllBytes(Path.Combine(input.FullName, "broken.txt.gz"), [1, 2, 3, 4, 5]);
        File.WriteAllBytes(Path.Combine(input.FullName, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0xFF, 0xFE, 0]);
        var db = Db("duckdb", "inputs");

        var first = await Dyad(["ingest", input.FullName, "--db", db]);
        var second = await Dyad(["ingest", input.FullName, "--db", db]);

        Assert.Equal(1, first.Exit);
        Assert.Contains("broken.txt.gz", first.Stderr, StringComparison.Ordinal);
        Assert.Contains("binary.txt", first.Stderr, StringComparison.Ordinal);
        Assert.Equal("documents_added: 1 events_added: 1 errors: 2", first.Stdout.Trim()); // "Japan proposed talks with Korea" is one event
        Assert.Equal("documents_added: 0 events_added: 0 errors: 2", second.Stdout.Trim());
        using var store = DuckDbStore.Open(db);
        Assert.Equal((1L, 2L), (store.Counts().Documents, store.Counts().Errors));
    }

    [Fact]
    public async Task A_corrupt_store_is_refused_and_left_untouched()
    {
        var db = Path.Combine(_folder.FullName, "corrupt.duckdb");
        var garbage = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("not a database ", 2000)));
        File.WriteAllBytes(db, garbage);
        var corpus = WriteCorpus(5);

        var ingest = await Dyad(["ingest", corpus, "--db", db]);
        var events = await Dyad(["events", "--db", db]);

        Assert.Equal((2, 2), (ingest.Exit, events.Exit));
        Assert.Contains("cannot open the DuckDB store", ingest.Stderr, StringComparison.Ordinal);
        Assert.Empty(ingest.Stdout);
        Assert.Equal(garbage, File.ReadAllBytes(db));
    }

    [Fact]
    public async Task Queries_print_json_and_csv()
    {
        var db = Db("duckdb", "queries");
        Assert.Equal(1, (await Dyad(["ingest", WriteCorpus(3), "--db", db])).Exit);

        var json = await Dyad(["events", "--db", db, "--format", "json"]);
        var csv = await Dyad(["dyads", "--db", db, "--format", "csv", "--source", "KOR"]);

        Assert.Equal(0, json.Exit);
        Assert.Equal("[]", json.Stdout.Trim());
        Assert.StartsWith("source,target,period,events,mean_goldstein,quad1,quad2,quad3,quad4", csv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_write_complete_files_and_show_prints_the_contract()
    {
        var db = Db("duckdb", "exports");
        Assert.Equal(1, (await Dyad(["ingest", WriteCorpus(4), "--db", db])).Exit);
        var jsonl = Path.Combine(_folder.FullName, "docs.jsonl");
        var parquet = Path.Combine(_folder.FullName, "events.parquet");
        var gdelt = Path.Combine(_folder.FullName, "events.tsv");

        var results = new[]
        {
            await Dyad(["export", "--db", db, "--format", "jsonl", "--out", jsonl]),
            await Dyad(["export", "--db", db, "--format", "parquet", "--out", parquet]),
            await Dyad(["export", "--db", db, "--format", "gdelt", "--header", "--out", gdelt]),
        };
        var show = await Dyad(["show", "doc-2", "--db", db, "--format", "json"]);

        Assert.All(results, r => Assert.Equal(0, r.Exit));
        Assert.Equal(4, File.ReadAllLines(jsonl).Length);
        Assert.True(File.Exists(parquet));
        Assert.StartsWith("GLOBALEVENTID\tSQLDATE\t", File.ReadAllText(gdelt), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.FullName, "*.partial"));
        Assert.Equal(0, show.Exit);
        Assert.Contains("\"id\": \"doc-2\"", show.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        if (PostgresStoreTests.ServerUrl is { } url && _databases.Count > 0)
        {
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

    /// <summary>A JSON Lines corpus of distinct, dated articles of about 2 KB, with one malformed line.</summary>
    private string WriteCorpus(int documents)
    {
        var path = Path.Combine(_folder.FullName, $"corpus-{documents}.jsonl");
        using var w = new StreamWriter(path);
        for (int i = 0; i < documents; i++)
        {
            var body = new StringBuilder();
            for (int s = 0; s < 12; s++)
            {
                body.Append($"Officials in city {i} met on day {s} to discuss trade, security and the harvest with visiting delegates. ");
            }

            w.WriteLine($"{{\"id\": \"doc-{i}\", \"date\": \"2019-{1 + (i % 12):D2}-{1 + (i % 28):D2}\", \"text\": \"{body}\"}}");
            if (i == documents / 2)
            {
                w.WriteLine("{ this line is not JSON");
            }
        }

        return path;
    }

    private string Db(string backend, string name)
    {
        if (backend == "duckdb")
        {
            return Path.Combine(_folder.FullName, name + ".duckdb");
        }

        var url = PostgresStoreTests.ServerUrl;
        if (url is null)
        {
            Assert.Skip($"{PostgresStoreTests.Variable} is not set: start a server with scripts/pg-start.sh and export the URL it prints");
        }

        var database = $"dyad_cli_{name}_{Guid.NewGuid():N}";
        var builder = new NpgsqlConnectionStringBuilder(PostgresStore.ToConnectionString(url));
        using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            cmd.ExecuteNonQuery();
        }

        _databases.Add(database);
        builder.Database = database;
        return builder.ConnectionString;
    }

    /// <summary>What must match between two stores: documents, their versions, sentences, events and errors.</summary>
    private static string Fingerprint(string db)
    {
        using var store = DocumentStore.Open(db);
        var counts = store.Counts();
        var versions = store.DocumentVersions().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}");
        var events = store.ExportEvents().Rows.Select(r => RowSetWriter.Format(r[8])).Order(StringComparer.Ordinal);
        var sentences = store.LoadDocuments(store.AllDocuments()).Sum(d => d.Sentences.Count);
        return $"{counts} sentences={sentences}\n{string.Join('\n', versions)}\n{string.Join('\n', events)}";
    }

    private static int Added(string stdout)
    {
        var line = stdout.Split('\n').Single(l => l.StartsWith("documents_added:", StringComparison.Ordinal));
        return int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Result(int Exit, string Stdout, string Stderr, bool Killed);

    private static async Task<Result> Dyad(string[] args, Func<string, bool>? killWhen = null, string? wrap = null, Dictionary<string, string>? environment = null)
    {
        var dyad = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "dyad.exe" : "dyad");
        var info = wrap is null ? new ProcessStartInfo(dyad) : new ProcessStartInfo("/bin/bash") { ArgumentList = { "-c", wrap, dyad } };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        foreach (var (k, v) in environment ?? [])
        {
            info.Environment[k] = v;
        }

        using var process = Process.Start(info)!;
        var stderr = new StringBuilder();
        bool killed = false;
        var readErr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                stderr.AppendLine(line);
                if (!killed && killWhen is not null && killWhen(line))
                {
                    killed = true;
                    process.Kill(); // SIGKILL on Unix: no handler, no flush, no rollback by the process itself
                }
            }
        });
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await readErr;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, stdout, stderr.ToString(), killed && process.ExitCode != 0);
    }
}
