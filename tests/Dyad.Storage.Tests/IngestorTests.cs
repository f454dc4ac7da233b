using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Text;

namespace Dyad.Storage.Tests;

public sealed class IngestorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dyad-ingest-");

    [Fact]
    public void Ingest_stores_new_documents_once_and_adds_nothing_on_a_rerun()
    {
        using var store = DuckDbStore.Open(Path.Combine(_folder.FullName, "s.duckdb"));
        var engine = Engine("test.events.v1");
        var items = Items(
            ("a", "Japan proposed talks with Korea.", "2019-01-02"),
            ("b", "Nothing to see here.", "2019-01-02"),
            ("a-copy", "Japan proposed talks with Korea.", "2019-01-02"), // same content under another id: stored once
            ("c", "Japan proposed talks with Korea.", "2019-01-03")); // same text, other date: another document

        var first = new Ingestor(store, engine, new IngestOptions { Threads = 2, BatchDocuments = 2 }).Run(items, cancellationToken: TestContext.Current.CancellationToken);
        var second = new Ingestor(store, engine, new IngestOptions { Threads = 2, BatchDocuments = 2 }).Run(items, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((3L, 2L, 1L), (first.DocumentsAdded, first.EventsAdded, first.DocumentsSkipped));
        Assert.Equal((0L, 0L, 4L), (second.DocumentsAdded, second.EventsAdded, second.DocumentsSkipped));
        Assert.Equal(new StoreCounts(3, 2, 4, 0, 0), store.Counts());
    }

    [Fact]
    public void Read_errors_count_every_run_but_are_stored_once()
    {
        using var store = DuckDbStore.Open(Path.Combine(_folder.FullName, "e.duckdb"));
        var items = new[] { ReadResult.Fail("bad.csv:3", DyadErrors.InvalidDate, "impossible date '2019-02-30'") };

        var first = new Ingestor(store, Engine("test.events.v1")).Run(items, cancellationToken: TestContext.Current.CancellationToken);
        var second = new Ingestor(store, Engine("test.events.v1")).Run(items, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1L, 1L), (first.Errors, second.Errors));
        Assert.Equal(1, store.Counts().Errors);
    }

    [Fact]
    public void Reprocess_recodes_documents_of_an_older_pipeline_from_their_stored_text()
    {
        using var store = DuckDbStore.Open(Path.Combine(_folder.FullName, "r.duckdb"));
        var items = Items(("a", "Japan proposed talks with Korea.", "2019-01-02"), ("b", "Nothing here.", null));
        new Ingestor(store, Engine("test.events.v1")).Run(items, cancellationToken: TestContext.Current.CancellationToken);

        var newer = Engine("test.events.v2");
        var withoutFlag = new Ingestor(store, newer).Run([], cancellationToken: TestContext.Current.CancellationToken);
        var recoded = new Ingestor(store, newer, new IngestOptions { Reprocess = true }).Run([], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, withoutFlag.DocumentsRecoded);
        Assert.Equal((0L, 2L, 1L), (recoded.DocumentsAdded, recoded.DocumentsRecoded, recoded.EventsAdded));
        Assert.Empty(store.StaleDocuments(newer.Pipeline.Version));
        Assert.Equal(new StoreCounts(2, 1, 2, 0, 0), store.Counts());
    }

    [Fact]
    public void Coded_documents_keep_every_layer_through_the_store()
    {
        using var store = DuckDbStore.Open(Path.Combine(_folder.FullName, "l.duckdb"));
        new Ingestor(store, Engine("test.events.v1")).Run(Items(("a", "Japan proposed talks with Korea.", "2019-01-02")), cancellationToken: TestContext.Current.CancellationToken);

        var document = Assert.Single(store.LoadDocuments(store.AllDocuments()));

        var e = Assert.Single(document.Events);
        Assert.Equal(("JPN", "KOR", "036", "2019-01-02"), (e.Source.Actor, e.Target.Actor, e.Cameo, e.Date));
        Assert.Equal("proposed", document.TextOf(e.Verb));
        Assert.Single(document.Sentences);
    }

    [Fact]
    public void Documents_another_ingest_stored_meanwhile_are_dropped_from_the_batch_not_failed()
    {
        var path = Path.Combine(_folder.FullName, "m.duckdb");
        using var store = DuckDbStore.Open(path);
        var items = Items(("a", "Japan proposed talks with Korea.", "2019-01-02"), ("b", "Nothing here.", null));

        // The "other ingest" commits document a after this ingest has read the store's hashes.
        bool raced = false;
        var racing = new InterceptingStore(store, () =>
        {
            if (!raced)
            {
                raced = true;
                new Ingestor(store, Engine("test.events.v1")).Run(items.Take(1), cancellationToken: TestContext.Current.CancellationToken);
            }
        });
        var result = new Ingestor(racing, Engine("test.events.v1")).Run(items, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((1L, 1L), (result.DocumentsAdded, result.DocumentsSkipped));
        Assert.Equal(2, store.Counts().Documents);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_failed_batch_stops_the_ingest_with_the_stores_own_error_and_keeps_the_batches_before_it()
    {
        using var store = DuckDbStore.Open(Path.Combine(_folder.FullName, "f.duckdb"));
        var items = Enumerable.Range(0, 40).Select(i => ($"d{i}", $"Japan proposed talks with Korea {i} times.", (string?)"2019-01-02")).ToArray();
        int writes = 0;

        // The second batch fails as a full disk would: batches are written on another thread, yet the caller sees the
        // IOException itself (not a cancellation), and only the first batch is stored.
        var failing = new InterceptingStore(store, () =>
        {
            if (++writes == 2)
            {
                throw new IOException("No space left on device");
            }
        });
        var ingestor = new Ingestor(failing, Engine("test.events.v1"), new IngestOptions { Threads = 2, BatchDocuments = 5 });

        var error = Assert.Throws<IOException>(() => ingestor.Run(Items(items), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("No space left on device", error.Message);
        Assert.Equal(5, store.Counts().Documents);
    }

    /// <summary>Runs an action just before every batch write: another ingest, as a second user would, or a failure.</summary>
    private sealed class InterceptingStore(IDocumentStore inner, Action beforeWrite) : IDocumentStore
    {
        public string Describe => inner.Describe;

        public Dictionary<string, string> DocumentVersions() => inner.DocumentVersions();

        public HashSet<string> Stored(IReadOnlyCollection<string> hashes) => inner.Stored(hashes);

        public HashSet<string> ReadErrorKeys() => inner.ReadErrorKeys();

        public void Write(IReadOnlyList<StoredDocument> batch, IReadOnlyList<StoredReadError> readErrors)
        {
            beforeWrite();
            inner.Write(batch, readErrors);
        }

        public List<string> StaleDocuments(string currentVersion) => inner.StaleDocuments(currentVersion);

        public List<Document> LoadDocuments(IReadOnlyCollection<string> hashes) => inner.LoadDocuments(hashes);

        public List<string> FindDocuments(string idOrHash) => inner.FindDocuments(idOrHash);

        public List<string> AllDocuments() => inner.AllDocuments();

        public RowSet Events(EventQuery query) => inner.Events(query);

        public RowSet Quotes(QuoteQuery query) => inner.Quotes(query);

        public RowSet Actors(ActorQuery query) => inner.Actors(query);

        public RowSet Dyads(DyadQuery query) => inner.Dyads(query);

        public RowSet ExportEvents() => inner.ExportEvents();

        public RowSet ClusterCandidates() => inner.ClusterCandidates();

        public void WriteClusters(IReadOnlyList<(string EventId, string ClusterId, int Reports)> clusters) => inner.WriteClusters(clusters);

        public StoreCounts Counts() => inner.Counts();

        public void Dispose()
        {
        }
    }

    private static DyadEngine Engine(string eventStage) =>
        new(Pipeline.Create(new TokenizerStage(), new SentenceStage(), new ProposeStage(eventStage)));

    private static ReadResult[] Items(params (string Id, string Text, string? Date)[] docs) =>
        docs.Select(d => ReadResult.Ok(new SourceDocument(d.Id, d.Text, d.Date is null ? null : DateOnly.Parse(d.Date, System.Globalization.CultureInfo.InvariantCulture), null, null, d.Id))).ToArray();

    /// <summary>A stand-in for the extraction stages: "Japan proposed talks with Korea" becomes two mentions and a 036 event.</summary>
    private sealed class ProposeStage(string name) : IStage
    {
        public StageInfo Info { get; } = new(name, Annotations.Sentences, Annotations.Mentions | Annotations.Events);

        public void Run(Document document, CancellationToken cancellationToken)
        {
            int verb = document.Text.IndexOf("proposed", StringComparison.Ordinal);
            int jpn = document.Text.IndexOf("Japan", StringComparison.Ordinal);
            int kor = document.Text.IndexOf("Korea", StringComparison.Ordinal);
            if (verb < 0 || jpn < 0 || kor < 0)
            {
                return;
            }

            var evidence = new Evidence(name, "036: PROPOSE * TALKS");
            document.Mentions.Add(new Mention(new TextSpan(jpn, 5), 0, MentionKind.Country, "JPN", "JPN", null, null, evidence));
            document.Mentions.Add(new Mention(new TextSpan(kor, 5), 0, MentionKind.Country, "KOR", "KOR", null, null, evidence));
            document.Events.Add(new Event(
                0, new EventActor(new TextSpan(jpn, 5), 0, "JPN", "JPN", null), new EventActor(new TextSpan(kor, 5), 1, "KOR", "KOR", null),
                "036", "CONSULT", 4.0, 1, document.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateSource.Publication,
                null, false, false, new TextSpan(verb, 8), evidence));
        }
    }
}
