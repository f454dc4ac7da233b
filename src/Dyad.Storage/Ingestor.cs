using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;

namespace Dyad.Storage;

public sealed record IngestOptions
{
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>A batch (one transaction) closes at this many documents…</summary>
    public int BatchDocuments { get; init; } = 500;

    /// <summary>…or at this many UTF-8 bytes of text, whichever comes first.</summary>
    public long BatchBytes { get; init; } = 16_000_000;

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
        foreach (var coded in _engine.CodeAll(Unstored(), _options.Threads, cancellationToken))
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

        sink.Flush();
        long added = sink.Documents;
        long recoded = 0;
        if (_options.Reprocess)
        {
            var stale = _store.StaleDocuments(version);
            for (int i = 0; i < stale.Count; i += _options.BatchDocuments)
            {
                var chunk = stale.GetRange(i, Math.Min(_options.BatchDocuments, stale.Count - i));
                var sources = _store.LoadDocuments(chunk)
                    .Select(d => ReadResult.Ok(new SourceDocument(d.Id, d.Text, d.PublicationDate, d.Title, d.Url, d.Source ?? d.Id)))
                    .ToList();
                foreach (var coded in _engine.CodeAll(sources, _options.Threads, cancellationToken))
                {
                    var document = coded.Document!;
                    var hash = ContentHash.Of(document.Text, document.PublicationDate);
                    sink.Add(new StoredDocument(document, hash, version, Replaces: true));
                }

                sink.Flush();
                recoded += sources.Count;
            }
        }

        return new IngestResult(added, recoded, Interlocked.Read(ref skipped) + sink.SkippedMeanwhile, sink.Events, sink.Errors, sink.Bytes + Interlocked.Read(ref skippedBytes), clock.Elapsed)
        {
            Writing = sink.Writing,
        };
    }

    /// <summary>Collects coded documents into batches and writes each in one transaction.</summary>
    private sealed class BatchSink(IDocumentStore store, IngestOptions options, Action<IngestProgress>? progress, Stopwatch clock, Func<(long Skipped, long Bytes)> skipped)
    {
        private readonly List<StoredDocument> _batch = [];
        private readonly List<StoredReadError> _readErrors = [];
        private long _batchBytes;
        private long _pendingEvents;
        private long _pendingErrors;
        private long _batches;

        public long Documents { get; private set; }

        public long Events { get; private set; }

        public long Errors { get; private set; }

        public long Bytes { get; private set; }

        public TimeSpan Writing { get; private set; }

        /// <summary>Documents another ingest stored between our check and our commit.</summary>
        public long SkippedMeanwhile { get; private set; }

        public void AddReadError(StoredReadError error, bool isNew)
        {
            // Every read error counts in this run's total; it is stored once however often it recurs.
            Errors++;
            if (isNew)
            {
                _readErrors.Add(error);
            }

            Report();
        }

        public void Add(StoredDocument document)
        {
            _batch.Add(document);
            int bytes = Encoding.UTF8.GetByteCount(document.Document.Text);
            _batchBytes += bytes;
            _pendingEvents += document.Document.Events.Count;
            _pendingErrors += document.Document.Errors.Count(e => !DyadErrors.IsWarning(e.Code));
            if (_batch.Count >= options.BatchDocuments || _batchBytes >= options.BatchBytes)
            {
                Flush();
            }
            else
            {
                Report();
            }
        }

        public void Flush()
        {
            if (_batch.Count == 0 && _readErrors.Count == 0)
            {
                return;
            }

            long t0 = Stopwatch.GetTimestamp();
            try
            {
                store.Write(_batch, _readErrors);
            }
            catch (DbException)
            {
                // Another ingest into the same PostgreSQL store may have committed some of these documents first: the
                // batch was rolled back whole, so store it again without them. (Checked here, not in an exception
                // filter: a filter runs before the failed transaction is rolled back.)
                if (!RemoveStoredMeanwhile())
                {
                    throw;
                }

                store.Write(_batch, _readErrors);
            }

            Writing += Stopwatch.GetElapsedTime(t0);
            Documents += _batch.Count(d => !d.Replaces);
            Events += _pendingEvents;
            Errors += _pendingErrors;
            Bytes += _batchBytes;
            _batches++;
            _batch.Clear();
            _readErrors.Clear();
            _batchBytes = 0;
            _pendingEvents = 0;
            _pendingErrors = 0;
            Report();
        }

        /// <summary>Drops the new documents that the store holds by now; true when there were any.</summary>
        private bool RemoveStoredMeanwhile()
        {
            var stored = store.Stored(_batch.Where(d => !d.Replaces).Select(d => d.ContentHash).ToList());
            if (stored.Count == 0)
            {
                return false;
            }

            foreach (var d in _batch.Where(d => !d.Replaces && stored.Contains(d.ContentHash)))
            {
                _batchBytes -= Encoding.UTF8.GetByteCount(d.Document.Text);
                _pendingEvents -= d.Document.Events.Count;
                _pendingErrors -= d.Document.Errors.Count;
            }

            _batch.RemoveAll(d => !d.Replaces && stored.Contains(d.ContentHash));
            SkippedMeanwhile += stored.Count;
            return true;
        }

        private void Report()
        {
            if (progress is null)
            {
                return;
            }

            var (skippedDocs, skippedBytes) = skipped();
            progress(new IngestProgress(
                Documents + _batch.Count,
                skippedDocs,
                Bytes + _batchBytes + skippedBytes,
                Events + _pendingEvents,
                Errors + _pendingErrors,
                _batches,
                clock.Elapsed,
                Documents,
                Events));
        }
    }
}
