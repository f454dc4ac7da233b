using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;
using DuckDB.NET.Data;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad bench-serve PATH...</c>: builds a DuckDB store of at least a million events by coding a corpus once and
/// replicating its rows in SQL, starts <c>dyad serve</c> on it, measures filtered event queries one at a time
/// (p50/p95/p99), then runs concurrent clients for a while and counts errors. Ends with one summary line on stdout.
/// </summary>
internal static class BenchServeCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Corpus files or folders, coded once and then repeated.", Arity = ArgumentArity.OneOrMore };
        var events = new Option<long>("--events") { Description = "Replicate the coded rows until the store holds at least this many events.", DefaultValueFactory = _ => 1_000_000 };
        var queries = new Option<int>("--queries") { Description = "Filtered event queries timed one at a time.", DefaultValueFactory = _ => 1000 };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients of the load phase.", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Length of the load phase (0 skips it).", DefaultValueFactory = _ => 60 };
        var db = new Option<string?>("--db") { Description = "Keep the store in this file (reused when it already holds enough events) instead of a temporary one." };
        var command = new Command("bench-serve", "Measure `dyad serve`: filtered event query latency on a store of a million events, and errors under concurrent clients.")
        {
            paths, events, queries, clients, seconds, db,
        };
        command.SetAction((parse, cancellationToken) => Run(
            parse.GetValue(paths) ?? [],
            Math.Max(1, parse.GetValue(events)),
            Math.Max(1, parse.GetValue(queries)),
            Math.Max(1, parse.GetValue(clients)),
            Math.Max(0, parse.GetValue(seconds)),
            parse.GetValue(db),
            cancellationToken));
        return command;
    }

    private static async Task<int> Run(string[] paths, long targetEvents, int queries, int clients, int seconds, string? keep, CancellationToken cancellationToken)
    {
        var folder = keep is null ? Directory.CreateTempSubdirectory("dyad-bench-serve-").FullName : null;
        var db = keep ?? Path.Combine(folder!, "bench.duckdb");
        try
        {
            var clock = Stopwatch.StartNew();
            long stored = File.Exists(db) ? CountEvents(db) : 0;
            if (stored < targetEvents)
            {
                if (File.Exists(db))
                {
                    Console.Error.WriteLine($"error: {db} holds {stored} events, fewer than {targetEvents}: give a new file");
                    return ExitCodes.UsageOrIo;
                }

                if (!BenchStore.Build(db, paths, targetEvents, cancellationToken))
                {
                    return ExitCodes.UsageOrIo;
                }

                stored = CountEvents(db);
            }

            Console.Error.WriteLine($"bench-serve: store {db}: {stored} events ({clock.Elapsed.TotalSeconds:F1} s)");
            var mix = QueryMix.From(db);
            await using var server = await ServerProcess.Start(db, cancellationToken);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + 1, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = server.BaseAddress,
                Timeout = TimeSpan.FromSeconds(30),
            };

            // Other work on the machine moves these figures: say how busy it was.
            Console.Error.WriteLine($"bench-serve: load average {LoadAverage()} before timing");
            var latencies = await TimeOneAtATime(http, mix, queries, cancellationToken);
            latencies.Sort();
            double p50 = Percentile(latencies, 0.50), p95 = Percentile(latencies, 0.95), p99 = Percentile(latencies, 0.99);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-serve: {latencies.Count} queries one at a time: p50 {p50:F1} ms, p95 {p95:F1} ms, p99 {p99:F1} ms, max {latencies[^1]:F1} ms"));

            var load = seconds > 0 ? await Load(http, mix, clients, TimeSpan.FromSeconds(seconds), cancellationToken) : new LoadResult(0, 0, 0);
            if (seconds > 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench-serve: {clients} clients for {seconds} s: {load.Requests} requests ({load.Requests / (double)seconds:F0}/s), {load.Errors} errors, p95 under load {load.P95:F1} ms"));
            }

            Console.Error.WriteLine($"bench-serve: load average {LoadAverage()} after");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"events: {stored} p50_ms: {p50:F1} p95_ms: {p95:F1} p99_ms: {p99:F1} clients: {clients} seconds: {seconds} load_p95_ms: {load.P95:F1} errors: {load.Errors} requests: {load.Requests}"));
            return ExitCodes.Ok;
        }
        finally
        {
            if (folder is not null)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                    // Left for the system's temporary-folder cleaning.
                }
            }
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "unknown";

    private static long CountEvents(string db)
    {
        using var store = DuckDbStore.Open(db);
        return store.Counts().Events;
    }

    private static async Task<List<double>> TimeOneAtATime(HttpClient http, QueryMix mix, int queries, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        for (int i = 0; i < 50; i++)
        {
            // Warm-up: JIT, connection pool and DuckDB's caches; not measured.
            await Get(http, mix.Next(random), cancellationToken);
        }

        var latencies = new List<double>(queries);
        var byKind = new SortedDictionary<string, List<double>>(StringComparer.Ordinal);
        while (latencies.Count < queries)
        {
            var (kind, url) = mix.NextWithKind(random);
            var started = Stopwatch.GetTimestamp();
            var (ok, cursor) = await Get(http, url, cancellationToken);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add(latencies[^1]);
            if (!ok)
            {
                throw new InvalidOperationException($"GET {url} failed one at a time");
            }

            if (cursor is not null && random.Next(4) == 0 && latencies.Count < queries)
            {
                // A quarter of the queries also fetch their second page.
                var next = url + "&cursor=" + Uri.EscapeDataString(cursor);
                started = Stopwatch.GetTimestamp();
                (ok, _) = await Get(http, next, cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                (byKind.TryGetValue("second page", out var pages) ? pages : byKind["second page"] = []).Add(latencies[^1]);
                if (!ok)
                {
                    throw new InvalidOperationException($"GET {next} failed one at a time");
                }
            }
        }

        foreach (var (kind, times) in byKind)
        {
            times.Sort();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {kind,-18} n {times.Count,5}  min {times[0],7:F1} ms  p50 {Percentile(times, 0.5),7:F1} ms  p95 {Percentile(times, 0.95),7:F1} ms"));
        }

        return latencies;
    }

    private sealed record LoadResult(long Requests, long Errors, double P95);

    private static async Task<LoadResult> Load(HttpClient http, QueryMix mix, int clients, TimeSpan length, CancellationToken cancellationToken)
    {
        long requests = 0, errors = 0;
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var latencies = new List<double>[clients];
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var random = new Random(1000 + c);
            var mine = latencies[c] = [];
            while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
            {
                var url = mix.Next(random);
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    (ok, _) = await Get(http, url, cancellationToken);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                {
                    ok = false;
                    Console.Error.WriteLine($"bench-serve: GET {url}: {ex.Message}");
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                Interlocked.Increment(ref requests);
                if (!ok)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(tasks);
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new LoadResult(requests, errors, all.Count == 0 ? 0 : Percentile(all, 0.95));
    }

    /// <summary>GETs a URL and reads the whole body; true on 200, with the next page's cursor if any.</summary>
    private static async Task<(bool Ok, string? Cursor)> Get(HttpClient http, string url, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(url, UriKind.Relative), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            Console.Error.WriteLine($"bench-serve: GET {url}: {(int)response.StatusCode}");
            return (false, null);
        }

        using var json = System.Text.Json.JsonDocument.Parse(body);
        var cursor = json.RootElement.TryGetProperty("next_cursor", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String ? c.GetString() : null;
        return (true, cursor);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Builds the store: the corpus coded once, then its rows copied with new keys until it holds enough events.</summary>
    private static class BenchStore
    {
        public static bool Build(string db, string[] paths, long targetEvents, CancellationToken cancellationToken)
        {
            var clock = Stopwatch.StartNew();
            var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"error: no such file or folder: {string.Join(", ", missing)}");
                return false;
            }

            long baseEvents;
            using (var store = DuckDbStore.Open(db))
            {
                var result = new Ingestor(store, DyadEngine.CreateDefault(), new IngestOptions { Threads = Environment.ProcessorCount })
                    .Run(DocumentReader.ReadAll(paths), cancellationToken: cancellationToken);
                baseEvents = store.Counts().Events;
                Console.Error.WriteLine($"bench-serve: coded {result.DocumentsAdded} documents, {baseEvents} events in {clock.Elapsed.TotalSeconds:F1} s");
            }

            if (baseEvents == 0)
            {
                Console.Error.WriteLine("error: the corpus gave no events to repeat");
                return false;
            }

            int copies = (int)Math.Max(0, (targetEvents + baseEvents - 1) / baseEvents - 1);
            clock.Restart();
            using (var connection = new DuckDBConnection($"Data Source={db}"))
            {
                connection.Open();
                using var tx = connection.BeginTransaction();

                // Only documents and events are copied: event queries read nothing else, and a corpus of few events
                // per document is copied thousands of times. Copied documents keep no text, for the same reason.
                foreach (var table in new[] { StoreSchema.Documents, StoreSchema.Events })
                {
                    using var cmd = connection.CreateCommand();
                    cmd.CommandText = ReplicateSql(table, copies);
                    cmd.ExecuteNonQuery();
                }

                // A store filled as news arrives lies roughly in date order; DuckDB's zone maps (min/max per row group)
                // then let date windows and the day-ordered pages skip most row groups. Copies are made in that order.
                foreach (var statement in new[]
                {
                    "CREATE TABLE events_by_day AS SELECT * FROM events ORDER BY event_day NULLS LAST, event_id",
                    "DROP TABLE events",
                    "ALTER TABLE events_by_day RENAME TO events",
                })
                {
                    using var cmd = connection.CreateCommand();
                    cmd.CommandText = statement;
                    cmd.ExecuteNonQuery();
                }

                tx.Commit();
                using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "CHECKPOINT";
                checkpoint.ExecuteNonQuery();
            }

            Console.Error.WriteLine($"bench-serve: replicated the rows {copies} times in {clock.Elapsed.TotalSeconds:F1} s");
            return true;
        }

        /// <summary>
        /// <c>INSERT … SELECT</c> of every row once per copy n: keys get a <c>-rN</c> suffix, dates move n days.
        /// Only schema names and the copy count enter the text; no outside value does.
        /// </summary>
        private static string ReplicateSql(Table table, int copies)
        {
            var columns = table.Columns.Select(c => c.Name switch
            {
                "content_hash" or "doc_hash" or "event_id" or "id" => $"{c.Name} || '-r' || CAST(n AS VARCHAR)",
                _ when c.Type == ColumnType.Date => $"{c.Name} + CAST(n AS INTEGER)",
                "text" when table == StoreSchema.Documents => "''",
                _ => c.Name,
            });
            var names = string.Join(", ", table.Columns.Select(c => c.Name));
            return $"INSERT INTO {table.Name} ({names}) SELECT {string.Join(", ", columns)} FROM {table.Name} CROSS JOIN range(1, {copies + 1}) AS copies(n)";
        }
    }

    /// <summary>Filtered event queries built from the values the store holds: actors, dyads, roots and date windows.</summary>
    private sealed class QueryMix
    {
        private readonly string[] _sources;
        private readonly string[] _targets;
        private readonly (string Source, string Target)[] _dyads;
        private readonly string[] _roots;
        private readonly DateOnly _first;
        private readonly int _days;

        private QueryMix(string[] sources, string[] targets, (string, string)[] dyads, string[] roots, DateOnly first, int days)
        {
            (_sources, _targets, _dyads, _roots, _first, _days) = (sources, targets, dyads, roots, first, days);
        }

        public static QueryMix From(string db)
        {
            using var connection = new DuckDBConnection($"Data Source={db}");
            connection.Open();
            List<object?[]> Rows(string sql)
            {
                using var cmd = connection.CreateCommand();
                cmd.CommandText = sql;
                using var r = cmd.ExecuteReader();
                var rows = new List<object?[]>();
                while (r.Read())
                {
                    var row = new object[r.FieldCount];
                    r.GetValues(row);
                    rows.Add([.. row.Select(v => v is DBNull ? null : v)]);
                }

                return rows;
            }

            // Values from the coded corpus only (rows without the copy suffix); copies repeat them.
            const string Base = "FROM events WHERE NOT contains(event_id, '-r')";
            var sources = Rows($"SELECT source_actor {Base} AND source_actor IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 30").Select(r => (string)r[0]!).ToArray();
            var targets = Rows($"SELECT target_actor {Base} AND target_actor IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 30").Select(r => (string)r[0]!).ToArray();
            var dyads = Rows($"SELECT source_actor, target_actor {Base} AND source_actor IS NOT NULL AND target_actor IS NOT NULL GROUP BY 1, 2 ORDER BY COUNT(*) DESC, 1, 2 LIMIT 30")
                .Select(r => ((string)r[0]!, (string)r[1]!)).ToArray();
            var roots = Rows($"SELECT cameo_root {Base} AND cameo_root IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 12").Select(r => (string)r[0]!).ToArray();
            var span = Rows("SELECT MIN(event_day), MAX(event_day) FROM events WHERE event_day IS NOT NULL")[0];
            var first = AsDate(span[0]);
            var last = AsDate(span[1]);
            if (sources.Length == 0 || targets.Length == 0 || dyads.Length == 0 || roots.Length == 0)
            {
                throw new InvalidOperationException("the store has too few coded events to build queries from");
            }

            return new QueryMix(sources, targets, dyads, roots, first, Math.Max(1, last.DayNumber - first.DayNumber));
        }

        private static DateOnly AsDate(object? value) => value switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            _ => throw new InvalidOperationException($"the store has no event days ({value})"),
        };

        /// <summary>One query of the mix: source, target, dyad, either side, dates, root, and combinations.</summary>
        public string Next(Random random) => NextWithKind(random).Url;

        public (string Kind, string Url) NextWithKind(Random random)
        {
            string Pick(string[] values) => Uri.EscapeDataString(values[random.Next(values.Length)]);
            string Window()
            {
                var from = _first.AddDays(random.Next(_days));
                var to = from.AddDays(random.Next(7, 90));
                return string.Create(CultureInfo.InvariantCulture, $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
            }

            var (source, target) = _dyads[random.Next(_dyads.Length)];
            return random.Next(8) switch
            {
                0 => ("source", $"/api/events?source={Pick(_sources)}"),
                1 => ("target", $"/api/events?target={Pick(_targets)}"),
                2 => ("dyad", $"/api/events?source={Uri.EscapeDataString(source)}&target={Uri.EscapeDataString(target)}"),
                3 => ("actor", $"/api/events?actor={Pick(_sources)}"),
                4 => ("dates", $"/api/events?{Window()}"),
                5 => ("root", $"/api/events?root={Pick(_roots)}"),
                6 => ("source+root+dates", $"/api/events?source={Pick(_sources)}&root={Pick(_roots)}&{Window()}"),
                _ => ("actor+quad+dates", $"/api/events?actor={Pick(_targets)}&quad={random.Next(1, 5)}&{Window()}&limit=50"),
            };
        }
    }

    /// <summary>A <c>dyad serve</c> child process on a free loopback port, stopped on dispose.</summary>
    private sealed class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, Uri baseAddress) => (_process, BaseAddress) = (process, baseAddress);

        public Uri BaseAddress { get; }

        public static async Task<ServerProcess> Start(string db, CancellationToken cancellationToken)
        {
            int port;
            using (var listener = new TcpListener(IPAddress.Loopback, 0))
            {
                listener.Start();
                port = ((IPEndPoint)listener.LocalEndpoint).Port;
            }

            var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");

            // The same program this command runs in: the apphost, or `dotnet dyad.dll`.
            var self = Environment.ProcessPath ?? "dotnet";
            var info = new ProcessStartInfo(self) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.ArgumentList.Add(typeof(BenchServeCommand).Assembly.Location);
            }

            foreach (var a in new[] { "serve", "--db", db, "--urls", url })
            {
                info.ArgumentList.Add(a);
            }

            var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dyad serve");
            process.OutputDataReceived += (_, e) => Forward(e.Data);
            process.ErrorDataReceived += (_, e) => Forward(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var server = new ServerProcess(process, new Uri(url));
            using var probe = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.GetTimestamp() + 60 * Stopwatch.Frequency;
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"dyad serve exited with {process.ExitCode}");
                }

                try
                {
                    using var response = await probe.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                    if (response.IsSuccessStatusCode)
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                if (Stopwatch.GetTimestamp() > deadline)
                {
                    await server.DisposeAsync();
                    throw new TimeoutException("dyad serve did not answer /healthz in 60 s");
                }

                await Task.Delay(200, cancellationToken);
            }
        }

        private static void Forward(string? line)
        {
            if (line is not null)
            {
                Console.Error.WriteLine($"  serve: {line}");
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }
    }
}
