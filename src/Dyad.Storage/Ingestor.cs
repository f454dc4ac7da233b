using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Text;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;

namespace Dyad.Storage;

public sealed record IngestOptions
{
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// A batch (one transaction) closes at this many documents… Large batches commit far cheaper per document: DuckDB
    /// writes a table's rows straight into the database file, compressed, once a transaction fills a row group
    /// (122,880 rows; about 2,000 news articles of mentions), instead of logging them uncompressed and rewriting them
    /// at the next checkpoint.
    /// </summary>
    public int BatchDocuments { get; init; } = 4000;

    /// <summary>…or at this many UTF-8 bytes of text, whichever comes first.</summary>
    public long BatchBytes { get; init; } = 32_000_000;

    /// <summary>Recode stored documents whose pipeline version is not the engine's.</summary>
    public bool Reprocess { get; init; }
}

/// <summary>Counters so far (coded, including the open batch; and committed); sent after every document and batch.</summary>
public readonly record struct IngestProgress(
    long Documents, long Skipped, long Bytes, long Events, long Errors, long Batches, TimeSpan Elapsed, long CommittedDocuments, long CommittedEvents);

public sealed record IngestResult(long DocumentsAdded, long DocumentsRecoded, long DocumentsSkipped, long EventsAdded, long Errors, long Bytes, TimeSpan Elapsed)
{
    /// <summary>The part of <see cref="Elapsed"/> spent writing batches (while coding threads go on).</summary>
    public TimeSpan Writing { get; init; }
}

/// <summary>
/// Codes documents that the store does not hold yet and stores them in atomic batches. Documents are keyed by
/// content hash and skipped before coding when already stored, so a re-run (also after a crash) codes only what is
/// missing and ends with the same rows as one uninterrupted run.
/// </summary>
public sealed class Ingestor
{
    private readonly IDocumentStore _store;
    private readonly DyadEngine _engine;
    private readonly IngestOptions _options;

    public Ingestor(IDocumentStore store, DyadEngine engine, IngestOptions? options = null)
    {
        _store = store;
        _engine = engine;
        _options = options ?? new IngestOptions();
    }

    public IngestResult Run(IEnumerable<ReadResult> items, Action<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var clock = Stopwatch.StartNew();
        var version = _engine.Pipeline.Version;
        var known = _store.DocumentVersions();
        var errorKeys = _store.ReadErrorKeys();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hashes = new ConcurrentQueue<(string Id, string Hash)>();
        long skipped = 0, skippedBytes = 0;

        // Runs on whichever thread pulls the next input (PLINQ takes a lock), so it needs no locking of its own;
        // the counters are read by the consumer for progress.
        IEnumerable<ReadResult> Unstored()
        {
            foreach (var item in items)
            {
                if (item.Document is { } source)
                {
                    var hash = ContentHash.Of(source.Text, source.PublicationDate);
                    if (known.ContainsKey(hash) || !seen.Add(hash))
                    {
                        Interlocked.Increment(ref skipped);
                        Interlocked.Add(ref skippedBytes, Encoding.UTF8.GetByteCount(source.Text));
                        continue;
                    }

                    hashes.Enqueue((source.Id, hash));
                }

                yield return item;
            }
        }

        var sink = new BatchSink(_store, _options, progress, clock, () => (Interlocked.Read(ref skipped), Interlocked.Read(ref skippedBytes)));
        Pass(sink, token =>
        {
            foreach (var coded in _engine.CodeAll(Unstored(), _options.Threads, token))
            {
                if (coded.Error is { } error)
                {
                    var stored = new StoredReadError(error.Source, error.Code, error.Reason);
                    sink.AddReadError(stored, errorKeys.Add(stored.Key));
                    continue;
                }

                var document = coded.Document!;
                if (!hashes.TryDequeue(out var entry) || entry.Id != document.Id)
                {
                    throw new InvalidOperationException("coded documents arrived out of input order");
                }

                sink.Add(new StoredDocument(document, entry.Hash, version));
            }
        }, cancellationToken);

        long recoded = 0;
        if (_options.Reprocess)
        {
            // The store's connection serves one caller at a time: read a chunk only once every write before it is done.
            var stale = _store.StaleDocuments(version);
            for (int i = 0; i < stale.Count; i += _options.BatchDocuments)
            {
                var chunk = stale.GetRange(i, Math.Min(_options.BatchDocuments, stale.Count - i));
                var sources = _store.LoadDocuments(chunk)
                    .Select(d => ReadResult.Ok(new SourceDocument(d.Id, d.Text, d.PublicationDate, d.Title, d.Url, d.Source ?? d.Id)))
                    .ToList();
                Pass(sink, token =>
                {
                    foreach (var coded in _engine.CodeAll(sources, _options.Threads, token))
                    {
                        var document = coded.Document!;
                        var hash = ContentHash.Of(document.Text, document.PublicationDate);
                        sink.Add(new StoredDocument(document, hash, version, Replaces: true));
                    }
                }, cancellationToken);

                recoded += sources.Count;
            }
        }

        return new IngestResult(sink.Documents, recoded, Interlocked.Read(ref skipped) + sink.SkippedMeanwhile, sink.Events, sink.Errors, sink.Bytes + Interlocked.Read(ref skippedBytes), clock.Elapsed)
        {
            Writing = sink.Writing,
        };
    }

    /// <summary>One pass of coding into the sink, with its own writer thread; returns once every batch is committed.</summary>
    private static void Pass(BatchSink sink, Action<CancellationToken> code, CancellationToken cancellationToken)
    {
        using var writer = new BatchWriter(sink, cancellationToken);
        try
        {
            code(writer.Token);
        }
        catch (OperationCanceledException) when (writer.Failed)
        {
            // The coding stopped because a write failed: report that failure, not the cancellation it caused.
            writer.Finish();
            throw;
        }

        sink.Finish();
    }

    /// <summary>A closed batch: what one transaction stores, with the counts it adds once committed.</summary>
    private sealed record Batch(List<StoredDocument> Documents, List<StoredReadError> ReadErrors, long Bytes, long Events, long Errors);

    /// <summary>
    /// Collects coded documents into batches (on the caller's thread) and commits each in one transaction on a writer
    /// thread, in order, so that coding goes on while a batch is written and synced to disk.
    /// </summary>
    private sealed class BatchSink(IDocumentStore store, IngestOptions options, Action<IngestProgress>? progress, Stopwatch clock, Func<(long Skipped, long Bytes)> skipped)
    {
        private readonly Lock _report = new();
        private List<StoredDocument> _batch = [];
        private List<StoredReadError> _readErrors = [];
        private long _batchBytes;
        private long _batchEvents;
        private long _batchErrors;
        private BatchWriter? _writer;

        // Coded but not committed yet: the open batch and those queued for the writer.
        private long _pendingDocuments;
        private long _pendingBytes;
        private long _pendingEvents;
        private long _pendingErrors;

        // Committed, written by the writer thread only.
        private long _documents;
        private long _events;
        private long _errors;
        private long _bytes;
        private long _batches;
        private long _skippedMeanwhile;
        private long _writingTicks;

        public long Documents => Interlocked.Read(ref _documents);

        public long Events => Interlocked.Read(ref _events);

        /// <summary>Every read error of this run, and the errors of committed documents.</summary>
        public long Errors => Interlocked.Read(ref _errors);

        public long Bytes => Interlocked.Read(ref _bytes);

        public TimeSpan Writing => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _writingTicks));

        /// <summary>Documents another ingest stored between our check and our commit.</summary>
        public long SkippedMeanwhile => Interlocked.Read(ref _skippedMeanwhile);

        /// <summary>The writer of the current pass over the input; <see cref="Finish"/> waits for its last commit.</summary>
        public void Attach(BatchWriter writer) => _writer = writer;

        public void AddReadError(StoredReadError error, bool isNew)
        {
            // Every read error counts in this run's total; it is stored once however often it recurs.
            Interlocked.Increment(ref _errors);
            if (isNew)
            {
                _readErrors.Add(error);
            }

            Report();
        }

        public void Add(StoredDocument document)
        {
            // Tokens are not stored and are most of a coded document's memory; up to three batches wait in memory.
            document.Document.Tokens.Clear();
            document.Document.Tokens.TrimExcess();
            _batch.Add(document);
            int bytes = Encoding.UTF8.GetByteCount(document.Document.Text);
            int events = document.Document.Events.Count;
            int errors = document.Document.Errors.Count(e => !DyadErrors.IsWarning(e.Code));
            _batchBytes += bytes;
            _batchEvents += events;
            _batchErrors += errors;
            Interlocked.Increment(ref _pendingDocuments);
            Interlocked.Add(ref _pendingBytes, bytes);
            Interlocked.Add(ref _pendingEvents, events);
            Interlocked.Add(ref _pendingErrors, errors);
            if (_batch.Count >= options.BatchDocuments || _batchBytes >= options.BatchBytes)
            {
                Close();
            }
            else
            {
                Report();
            }
        }

        /// <summary>Hands the open batch to the writer and waits until every batch is committed (or one failed).</summary>
        public void Finish()
        {
            Close();
            _writer!.Finish();
        }

        private void Close()
        {
            if (_batch.Count == 0 && _readErrors.Count == 0)
            {
                return;
            }

            _writer!.Post(new Batch(_batch, _readErrors, _batchBytes, _batchEvents, _batchErrors));
            _batch = [];
            _readErrors = [];
            _batchBytes = 0;
            _batchEvents = 0;
            _batchErrors = 0;
        }

        /// <summary>Runs on the writer thread.</summary>
        public void Write(Batch batch)
        {
            long t0 = Stopwatch.GetTimestamp();
            int queued = batch.Documents.Count;
            long removedBytes = 0, removedEvents = 0, removedErrors = 0;
            try
            {
                store.Write(batch.Documents, batch.ReadErrors);
            }
            catch (DbException)
            {
                // Another ingest into the same PostgreSQL store may have committed some of these documents first: the
                // batch was rolled back whole, so store it again without them. (Checked here, not in an exception
                // filter: a filter runs before the failed transaction is rolled back.)
                if (!RemoveStoredMeanwhile(batch, ref removedBytes, ref removedEvents, ref removedErrors))
                {
                    throw;
                }

                store.Write(batch.Documents, batch.ReadErrors);
            }

            Interlocked.Add(ref _writingTicks, Stopwatch.GetTimestamp() - t0);
            long documents = batch.Documents.Count(d => !d.Replaces);
            long bytes = batch.Bytes - removedBytes, events = batch.Events - removedEvents, errors = batch.Errors - removedErrors;
            lock (_report)
            {
                // Moved from pending to committed together, so a progress report never counts a document twice.
                Interlocked.Add(ref _pendingDocuments, -queued);
                Interlocked.Add(ref _pendingBytes, -batch.Bytes);
                Interlocked.Add(ref _pendingEvents, -batch.Events);
                Interlocked.Add(ref _pendingErrors, -batch.Errors);
                Interlocked.Add(ref _documents, documents);
                Interlocked.Add(ref _events, events);
                Interlocked.Add(ref _errors, errors);
                Interlocked.Add(ref _bytes, bytes);
                Interlocked.Increment(ref _batches);
            }

            Report();
        }

        /// <summary>Drops the new documents that the store holds by now; true when there were any.</summary>
        private bool RemoveStoredMeanwhile(Batch batch, ref long bytes, ref long events, ref long errors)
        {
            var stored = store.Stored(batch.Documents.Where(d => !d.Replaces).Select(d => d.ContentHash).ToList());
            if (stored.Count == 0)
            {
                return false;
            }

            foreach (var d in batch.Documents.Where(d => !d.Replaces && stored.Contains(d.ContentHash)))
            {
                bytes += Encoding.UTF8.GetByteCount(d.Document.Text);
                events += d.Document.Events.Count;
                errors += d.Document.Errors.Count(e => !DyadErrors.IsWarning(e.Code));
            }

            batch.Documents.RemoveAll(d => !d.Replaces && stored.Contains(d.ContentHash));
            Interlocked.Add(ref _skippedMeanwhile, stored.Count);
            return true;
        }

        private void Report()
        {
            if (progress is null)
            {
                return;
            }

            // Both threads report; one at a time, so the callback needs no locking of its own.
            lock (_report)
            {
                var (skippedDocs, skippedBytes) = skipped();
                progress(new IngestProgress(
                    Documents + Interlocked.Read(ref _pendingDocuments),
                    skippedDocs,
                    Bytes + Interlocked.Read(ref _pendingBytes) + skippedBytes,
                    Events + Interlocked.Read(ref _pendingEvents),
                    Errors + Interlocked.Read(ref _pendingErrors),
                    Interlocked.Read(ref _batches),
                    clock.Elapsed,
                    Documents,
                    Events));
            }
        }
    }

    /// <summary>
    /// The writer thread of one pass. It holds at most one batch in waiting, so coding runs at most one batch
    /// ahead of the disk; its first failure stops the coding (through <see cref="Token"/>) and is rethrown to the
    /// caller as it was, so a full disk still reads as a full disk.
    /// </summary>
    private sealed class BatchWriter : IDisposable
    {
        private readonly BatchSink _sink;
        private readonly BlockingCollection<Batch> _queue = new(boundedCapacity: 1);
        private readonly CancellationTokenSource _stop;
        private readonly Thread _thread;
        private ExceptionDispatchInfo? _failure;

        public BatchWriter(BatchSink sink, CancellationToken cancellationToken)
        {
            _sink = sink;
            sink.Attach(this);
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            _thread = new Thread(Loop) { IsBackground = true, Name = "dyad ingest writer" };
            _thread.Start();
        }

        /// <summary>Cancelled when the caller cancels or a write fails: the coding loop stops either way.</summary>
        public CancellationToken Token => _stop.Token;

        public bool Failed => Volatile.Read(ref _failure) is not null;

        public void Post(Batch batch)
        {
            try
            {
                _queue.Add(batch, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                _failure?.Throw();
                throw;
            }
        }

        public void Finish()
        {
            _queue.CompleteAdding();
            _thread.Join();
            _failure?.Throw();
        }

        public void Dispose()
        {
            // Reached with an exception from coding (or a cancellation): batches already handed over are complete
            // documents and are still committed; the open batch is dropped, and a re-run codes it again.
            if (!_queue.IsAddingCompleted)
            {
                _queue.CompleteAdding();
            }

            _thread.Join();
            _queue.Dispose();
            _stop.Dispose();
        }

        private void Loop()
        {
            try
            {
                foreach (var batch in _queue.GetConsumingEnumerable())
                {
                    _sink.Write(batch);
                }
            }
#pragma warning disable CA1031 // Any failure is handed to the caller's thread, which rethrows it unchanged.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                Volatile.Write(ref _failure, ExceptionDispatchInfo.Capture(ex));
                _stop.Cancel();
            }
        }
    }
}
