using System.Globalization;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;

namespace Dyad.Queue.Tests;

/// <summary>
/// Submit, work and dead-letter against a real JetStream server. Each test has its own stream, consumer and buckets
/// on the class's server, and its own DuckDB store (the worker only sees <see cref="IDocumentStore"/>).
/// </summary>
public sealed class WorkQueueTests(NatsServer server) : IClassFixture<NatsServer>, IDisposable
{
    private static readonly Lazy<DyadEngine> Engine = new(DyadEngine.CreateDefault);

    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-queue-test-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_resubmitted_document_is_dropped_by_the_stream()
    {
        await using var queue = await OpenAsync();
        var submitter = new Submitter(queue);

        var first = await submitter.SubmitAsync(Read(Docs(3)), cancellationToken: Token);
        var again = await submitter.SubmitAsync(Read(Docs(3)), cancellationToken: Token);
        var status = await queue.StatusAsync(Token);

        Assert.Equal((3L, 0L), (first.Published, first.Duplicates));
        Assert.Equal((0L, 3L), (again.Published, again.Duplicates));
        Assert.Equal(3, status.Messages);
    }

    [Fact]
    public async Task A_worker_stores_every_document_and_empties_the_queue()
    {
        await using var queue = await OpenAsync();
        await new Submitter(queue).SubmitAsync(Read(Docs(7)), cancellationToken: Token);
        using var store = OpenStore();

        var report = await RunWorkerAsync(queue, store, batch: 3);
        var status = await queue.StatusAsync(Token);

        Assert.Equal(7, store.Counts().Documents);
        Assert.Equal((7L, 0L, 3L), (report.Documents, report.Dead, report.Batches));
        Assert.Equal((0L, 0L, 0L), (status.Messages, status.InFlight, status.DeadLetters));
        Assert.Contains(status.Workers, w => w.Worker == "test-worker" && w.Documents == 7 && w.Stopped);
    }

    [Fact]
    public async Task The_warm_up_rehearsal_drains_a_private_stream_and_stores_nothing()
    {
        await using var queue = await OpenAsync();
        await new Submitter(queue).SubmitAsync(Read(Docs(2)), cancellationToken: Token);
        using var store = OpenStore();

        var report = await QueueWarmUp.RunAsync(
            queue.Url,
            queue.Options,
            store,
            Engine.Value,
            new WorkerOptions { Name = "warm", BatchDocuments = 4, FetchWait = TimeSpan.FromSeconds(1) },
            Token);
        var streams = new List<string>();
        await foreach (var name in queue.JetStream.ListStreamNamesAsync(cancellationToken: Token))
        {
            streams.Add(name);
        }

        Assert.Equal((8L, 0L), (report.Documents, report.Dead));
        Assert.True(report.Events > 0, "the sample codes to events");
        Assert.Equal(0, store.Counts().Documents);
        Assert.DoesNotContain(streams, s => s.StartsWith("DYAD_WARMUP_", StringComparison.Ordinal));
        Assert.Equal(2, (await queue.StatusAsync(Token)).Pending);
    }

    [Fact]
    public async Task The_stored_document_equals_a_single_process_ingest_of_it()
    {
        await using var queue = await OpenAsync();
        await new Submitter(queue).SubmitAsync(Read(Docs(2)), cancellationToken: Token);
        using var viaQueue = OpenStore("queue.duckdb");
        using var direct = OpenStore("direct.duckdb");

        await RunWorkerAsync(queue, viaQueue);
        new Ingestor(direct, Engine.Value, new IngestOptions { Threads = 1 }).Run(Read(Docs(2)), cancellationToken: Token);

        Assert.Equal(direct.AllDocuments(), viaQueue.AllDocuments());
        Assert.Equal(Rows(direct.ExportEvents()), Rows(viaQueue.ExportEvents()));
    }

    [Fact]
    public async Task A_document_the_store_already_holds_is_acknowledged_without_a_second_copy()
    {
        using var store = OpenStore();
        await using (var earlier = await OpenAsync("earlier"))
        {
            await new Submitter(earlier).SubmitAsync(Read(Docs(2)), cancellationToken: Token);
            await RunWorkerAsync(earlier, store);
        }

        // A re-submit after the duplicate window (here: another stream) reaches a worker again.
        await using var queue = await OpenAsync("later");
        await new Submitter(queue).SubmitAsync(Read(Docs(3)), cancellationToken: Token);
        var report = await RunWorkerAsync(queue, store);

        Assert.Equal((1L, 2L), (report.Documents, report.AlreadyStored));
        Assert.Equal(3, store.Counts().Documents);
        Assert.Equal(0, (await queue.StatusAsync(Token)).Messages);
    }

    [Fact]
    public async Task A_message_whose_worker_died_is_redelivered_and_stored_once()
    {
        await using var queue = await OpenAsync(ackWait: TimeSpan.FromSeconds(1));
        await new Submitter(queue).SubmitAsync(Read(Docs(2)), cancellationToken: Token);

        // A worker that fetched a message and died: it never acknowledges.
        var consumer = await queue.JetStream.GetConsumerAsync(queue.Options.Stream, queue.Options.Consumer, Token);
        await foreach (var unused in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1 }, cancellationToken: Token))
        {
            Assert.NotNull(unused.Data);
        }

        using var store = OpenStore();
        var report = await RunWorkerAsync(queue, store);

        Assert.Equal((2L, 1L), (report.Documents, report.Redelivered));
        Assert.Equal(2, store.Counts().Documents);
        Assert.Equal(0, (await queue.StatusAsync(Token)).Messages);
    }

    [Fact]
    public async Task A_batch_longer_than_the_ack_wait_is_kept_alive_and_not_redelivered_meanwhile()
    {
        await using var queue = await OpenAsync(ackWait: TimeSpan.FromSeconds(1));
        var slow = new SourceDocument("slow", "SLOW: the president spoke for a long time.", new DateOnly(2020, 4, 1), null, null, "slow");
        await new Submitter(queue).SubmitAsync([ReadResult.Ok(slow)], cancellationToken: Token);
        using var store = OpenStore();
        var engine = new DyadEngine(Pipeline.Create([.. DyadEngine.DefaultStages(), new SlowOnMarkerStage(TimeSpan.FromSeconds(3))]));

        var working = RunWorkerAsync(queue, store, engine: engine);
        await Task.Delay(500, Token);

        // Another consumer client pulls meanwhile: without in-progress heartbeats it would get the message again
        // once the one-second ack wait expired.
        var consumer = await queue.JetStream.GetConsumerAsync(queue.Options.Stream, queue.Options.Consumer, Token);
        int stolen = 0;
        while (!working.IsCompleted)
        {
            await foreach (var m in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 1, Expires = TimeSpan.FromSeconds(1) }, cancellationToken: Token))
            {
                stolen++;
                await m.NakAsync(cancellationToken: Token);
            }
        }

        var report = await working;

        Assert.Equal(0, stolen);
        Assert.Equal((1L, 0L), (report.Documents, report.Redelivered));
    }

    [Fact]
    public async Task A_poison_document_ends_in_the_dead_letter_subject_and_the_others_are_stored()
    {
        await using var queue = await OpenAsync(maxDeliver: 2);
        var poison = new SourceDocument("poison", "POISON: the stage throws on this text every time.", new DateOnly(2020, 3, 1), null, null, "poison");
        await new Submitter(queue).SubmitAsync([.. Read(Docs(3)), ReadResult.Ok(poison)], cancellationToken: Token);
        using var store = OpenStore();
        var engine = new DyadEngine(Pipeline.Create([.. DyadEngine.DefaultStages(), new ThrowOnMarkerStage()]));

        var report = await RunWorkerAsync(queue, store, engine: engine);
        var status = await queue.StatusAsync(Token);
        var dead = await DeadLettersAsync(queue);

        Assert.Equal(3, store.Counts().Documents);
        // The poison is retried and then dead with its stage's error. The server may hand a delivery that reached no
        // worker back with its count unchanged (the worker then sees delivery 1 twice), so retries have a lower bound.
        Assert.Equal((3L, 1L), (report.Documents, report.Dead));
        Assert.True(report.Retried >= 1, $"retried {report.Retried}; last error: {report.LastError}");
        Assert.Equal((0L, 1L), (status.Messages, status.DeadLetters));
        var letter = Assert.Single(dead);
        Assert.Contains("test.throw.v1", letter.Headers![DocumentMessage.ErrorHeader].ToString(), StringComparison.Ordinal);
        Assert.Contains("poisoned", letter.Headers[DocumentMessage.ErrorHeader].ToString(), StringComparison.Ordinal);
        // At least two deliveries: the server also counts a delivery sent to a fetch that had just expired.
        Assert.True(int.Parse(letter.Headers[DocumentMessage.DeliveriesHeader].ToString(), CultureInfo.InvariantCulture) >= 2);
        Assert.Equal(DocumentMessage.HashOf(poison), letter.Headers[DocumentMessage.HashHeader].ToString());
        Assert.Equal(poison, DocumentMessage.Decode(letter.Data));
    }

    [Fact]
    public async Task A_message_that_is_not_a_document_ends_in_the_dead_letter_subject()
    {
        await using var queue = await OpenAsync(maxDeliver: 1);
        await new Submitter(queue).SubmitAsync(Read(Docs(1)), cancellationToken: Token);
        var ack = await queue.JetStream.PublishAsync(queue.Options.Subject, "\u0001 not json"u8.ToArray(), cancellationToken: Token);
        ack.EnsureSuccess();
        using var store = OpenStore();

        var report = await RunWorkerAsync(queue, store);
        var letter = Assert.Single(await DeadLettersAsync(queue));

        Assert.Equal((1L, 1L), (report.Documents, report.Dead));
        Assert.StartsWith("not a document message", letter.Headers![DocumentMessage.ErrorHeader].ToString(), StringComparison.Ordinal);
        Assert.StartsWith("(undecoded message) delivery 1: not a document message", report.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_document_travels_by_reference_and_is_stored_whole()
    {
        await using var queue = await OpenAsync(largeThreshold: 2_000);
        var text = string.Join("\n\n", Enumerable.Range(1, 60).Select(i => $"Paragraph {i}: the United Nations urged both sides to resume talks."));
        var large = new SourceDocument("large", text, new DateOnly(2020, 5, 5), "Long", null, "large");

        var submitted = await new Submitter(queue).SubmitAsync([ReadResult.Ok(large), .. Read(Docs(1))], cancellationToken: Token);
        using var store = OpenStore();
        var report = await RunWorkerAsync(queue, store);
        var stored = store.LoadDocuments(store.FindDocuments("large"));

        Assert.Equal((2L, 1L), (submitted.Published, submitted.ByReference));
        Assert.Equal(2, report.Documents);
        Assert.Equal(text, Assert.Single(stored).Text);
        await Assert.ThrowsAsync<NATS.Client.ObjectStore.NatsObjNotFoundException>(async () => await queue.Large.GetInfoAsync(DocumentMessage.HashOf(large), cancellationToken: Token));
    }

    [Fact]
    public async Task Two_workers_share_the_queue_and_store_each_document_once()
    {
        await using var queue = await OpenAsync();
        await new Submitter(queue).SubmitAsync(Read(Docs(12)), cancellationToken: Token);
        await using var second = await QueueConnection.OpenAsync(server.RequireUrl(), queue.Options, "second", Token);
        using var store1 = OpenStore("shared.duckdb");

        // DuckDB allows one writer per file, so both workers write through one store object (the worker does not
        // share it across threads: each call is one transaction); PostgreSQL is covered by scripts/scale-test.sh.
        var locked = new LockedStore(store1);
        var a = RunWorkerAsync(queue, locked, batch: 2, name: "a");
        var b = RunWorkerAsync(second, locked, batch: 2, name: "b");
        var reports = await Task.WhenAll(a, b);

        Assert.Equal(12, store1.Counts().Documents);
        Assert.Equal(12, reports.Sum(r => r.Documents + r.AlreadyStored));
        Assert.Equal(0, (await queue.StatusAsync(Token)).Messages);
    }

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<QueueConnection> OpenAsync(string? tag = null, int maxDeliver = 5, TimeSpan? ackWait = null, int largeThreshold = 512 * 1024)
    {
        var id = $"{tag ?? "t"}{Guid.NewGuid():N}"[..20];
        var options = new QueueOptions
        {
            Stream = $"DOCS_{id}",
            Subject = $"docs.{id}",
            DeadStream = $"DEAD_{id}",
            DeadSubject = $"dead.{id}",
            Consumer = $"workers_{id}",
            WorkersBucket = $"workers_{id}",
            LargeBucket = $"large_{id}",
            MaxDeliver = maxDeliver,
            AckWait = ackWait ?? TimeSpan.FromSeconds(30),
            LargeThreshold = largeThreshold,
        };
        return await QueueConnection.OpenAsync(server.RequireUrl(), options, "test", Token);
    }

    private DuckDbStore OpenStore(string name = "store.duckdb") => DuckDbStore.Open(Path.Combine(_dir, name));

    private static async Task<WorkerReport> RunWorkerAsync(QueueConnection queue, IDocumentStore store, int batch = 10, DyadEngine? engine = null, string name = "test-worker")
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var worker = new Worker(queue, store, engine ?? Engine.Value, new WorkerOptions { Name = name, BatchDocuments = batch, ExitWhenDrained = true, FetchWait = TimeSpan.FromSeconds(1) });
        var report = await worker.RunAsync(cancellationToken: timeout.Token);
        Assert.False(timeout.IsCancellationRequested, "the worker did not drain the queue within 60 s");
        return report;
    }

    private static async Task<List<INatsJSMsg<byte[]>>> DeadLettersAsync(QueueConnection queue)
    {
        var consumer = await queue.JetStream.CreateOrderedConsumerAsync(queue.Options.DeadStream, cancellationToken: Token);
        var result = new List<INatsJSMsg<byte[]>>();
        await foreach (var m in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 100 }, cancellationToken: Token))
        {
            result.Add(m);
        }

        return result;
    }

    private static List<SourceDocument> Docs(int count) =>
    [
        .. Enumerable.Range(0, count).Select(i => new SourceDocument(
            $"doc-{i}",
            $"President {Names[i % Names.Length]} met the German chancellor in Berlin on Monday to discuss trade, officials said. Report {i}.",
            new DateOnly(2020, 1, 10),
            null,
            null,
            $"doc-{i}")),
    ];

    private static readonly string[] Names = ["Macron", "Biden", "Putin", "Xi", "Erdogan"];

    private static IEnumerable<ReadResult> Read(IEnumerable<SourceDocument> docs) => docs.Select(ReadResult.Ok);

    private static List<string> Rows(RowSet rows) =>
        [.. rows.Rows.Select(r => string.Join("|", r.Where((_, i) => rows.Columns[i] != "ingested_at").Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture))))];

    /// <summary>A test-only stage that throws for documents containing a marker, as a bug in a stage would.</summary>
    private sealed class ThrowOnMarkerStage : IStage
    {
        public StageInfo Info { get; } = new("test.throw.v1", Annotations.None, Annotations.None);

        public void Run(Document document, CancellationToken cancellationToken)
        {
            if (document.Text.Contains("POISON", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("poisoned");
            }
        }
    }

    /// <summary>A test-only stage that takes long on documents containing a marker, as a huge document would.</summary>
    private sealed class SlowOnMarkerStage(TimeSpan delay) : IStage
    {
        public StageInfo Info { get; } = new("test.slow.v1", Annotations.None, Annotations.None);

        public void Run(Document document, CancellationToken cancellationToken)
        {
            if (document.Text.Contains("SLOW", StringComparison.Ordinal))
            {
                Thread.Sleep(delay);
            }
        }
    }

    /// <summary>Serialises two workers' calls on one DuckDB connection.</summary>
    private sealed class LockedStore(IDocumentStore inner) : IDocumentStore
    {
        private readonly Lock _lock = new();

        public string Describe => inner.Describe;

        public Dictionary<string, string> DocumentVersions() { lock (_lock) { return inner.DocumentVersions(); } }

        public HashSet<string> Stored(IReadOnlyCollection<string> hashes) { lock (_lock) { return inner.Stored(hashes); } }

        public HashSet<string> ReadErrorKeys() { lock (_lock) { return inner.ReadErrorKeys(); } }

        public void Write(IReadOnlyList<StoredDocument> batch, IReadOnlyList<StoredReadError> readErrors) { lock (_lock) { inner.Write(batch, readErrors); } }

        public List<string> StaleDocuments(string currentVersion) => throw new NotSupportedException();

        public List<Document> LoadDocuments(IReadOnlyCollection<string> hashes) => throw new NotSupportedException();

        public List<string> FindDocuments(string idOrHash) => throw new NotSupportedException();

        public List<string> AllDocuments() => throw new NotSupportedException();

        public RowSet Events(EventQuery query) => throw new NotSupportedException();

        public RowSet Quotes(QuoteQuery query) => throw new NotSupportedException();

        public RowSet Actors(ActorQuery query) => throw new NotSupportedException();

        public RowSet Dyads(DyadQuery query) => throw new NotSupportedException();

        public RowSet ExportEvents() => throw new NotSupportedException();

        public RowSet ClusterCandidates() => throw new NotSupportedException();

        public void WriteClusters(IReadOnlyList<(string EventId, string ClusterId, int Reports)> clusters) => throw new NotSupportedException();

        public StoreCounts Counts() { lock (_lock) { return inner.Counts(); } }

        public void Dispose()
        {
        }
    }
}
