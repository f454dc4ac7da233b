using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.ObjectStore;

namespace Dyad.Queue;

public sealed record WorkerOptions
{
    /// <summary>The worker's name in status reports and dead-letter headers; unique per process.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Documents per fetch, and so per store transaction.</summary>
    public int BatchDocuments { get; init; } = 100;

    /// <summary>Coding threads; one per worker process lets several workers share the cores without contention.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Stop once no message waits and none is in flight (for tests and one-off back-fills).</summary>
    public bool ExitWhenDrained { get; init; }

    /// <summary>How long one fetch waits for a first message (at least a second).</summary>
    public TimeSpan FetchWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Every batch's write is rolled back (<see cref="IDocumentStore.Rehearse"/>): the warm-up's run over a private
    /// stream of sample documents, which takes a worker's whole path without storing anything.
    /// </summary>
    public bool Rehearsal { get; init; }

    /// <summary>Told, as a line of text, each time a store step failed and is about to be tried again.</summary>
    public Action<string>? StoreRetry { get; init; }
}

/// <summary>
/// Pulls documents from the work queue, codes them and stores each batch in one transaction; a message is
/// acknowledged only after the transaction that holds its document committed (or when the store already held it),
/// so a worker that dies leaves its batch to be redelivered and nothing is stored twice. A document that fails
/// (cannot be decoded, a stage threw, the store rejects it) is delivered again, and after
/// <see cref="QueueOptions.MaxDeliver"/> deliveries moved to the dead-letter subject with its error.
/// </summary>
public sealed class Worker
{
    private readonly QueueConnection _queue;
    private readonly IDocumentStore _store;
    private readonly DyadEngine _engine;
    private readonly WorkerOptions _options;
    private readonly TimeProvider _clock;
    private WorkerReport _report;
    private TimeSpan _cpuAtFirstMessage;

    /// <summary>The error of each message this worker handed back for another try, by stream sequence.</summary>
    private readonly Dictionary<ulong, string> _failures = [];

    /// <summary>Messages retried by this worker and then settled elsewhere are forgotten in bulk past this many.</summary>
    private const int MaxRememberedFailures = 10_000;

    public Worker(QueueConnection queue, IDocumentStore store, DyadEngine engine, WorkerOptions? options = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(engine);
        _queue = queue;
        _store = store;
        _engine = engine;
        _options = options ?? new WorkerOptions();
        _clock = clock ?? TimeProvider.System;
        var now = _clock.GetUtcNow();
        _report = new WorkerReport { Worker = _options.Name, Started = now, Updated = now };
    }

    public WorkerReport Report => _report;

    /// <summary>The client refuses fetch expiries under a second.</summary>
    private TimeSpan FetchWait => _options.FetchWait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : _options.FetchWait;

    /// <summary>Works until cancelled (or, with <see cref="WorkerOptions.ExitWhenDrained"/>, until the queue is empty).</summary>
    public async Task<WorkerReport> RunAsync(Action<WorkerReport>? progress = null, CancellationToken cancellationToken = default)
    {
        var consumer = await _queue.ConsumerAsync(cancellationToken).ConfigureAwait(false);
        await PublishReportAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = await FetchAsync(consumer, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    if (_options.ExitWhenDrained && await _queue.IsDrainedAsync(cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    continue;
                }

                if (_report.FirstMessage is null)
                {
                    _cpuAtFirstMessage = Environment.CpuUsage.TotalTime;
                    _report = _report with { FirstMessage = _clock.GetUtcNow() };
                }

                await ProcessAsync(batch, cancellationToken).ConfigureAwait(false);
                await PublishReportAsync(cancellationToken).ConfigureAwait(false);
                progress?.Invoke(_report);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unacknowledged messages of the interrupted batch are redelivered to another worker.
        }

        _report = _report with { Stopped = true, Updated = _clock.GetUtcNow() };
        await PublishReportAsync(CancellationToken.None).ConfigureAwait(false);
        return _report;
    }

    /// <summary>
    /// Waits for one message, then takes whatever else is ready up to the batch size: a plain fetch of N would wait
    /// for N messages (or its expiry) at the tail of the queue.
    /// </summary>
    private async Task<List<INatsJSMsg<byte[]>>> FetchAsync(INatsJSConsumer consumer, CancellationToken cancellationToken)
    {
        var batch = new List<INatsJSMsg<byte[]>>(_options.BatchDocuments);
        await foreach (var msg in consumer.FetchNoWaitAsync(new NatsJSFetchOpts { MaxMsgs = _options.BatchDocuments }, QueueSerializers.Bytes, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(msg);
        }

        if (batch.Count > 0)
        {
            return batch;
        }

        await foreach (var msg in consumer.FetchAsync(new NatsJSFetchOpts { MaxMsgs = 1, Expires = FetchWait }, QueueSerializers.Bytes, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(msg);
        }

        if (batch.Count > 0 && _options.BatchDocuments > 1)
        {
            await foreach (var msg in consumer.FetchNoWaitAsync(new NatsJSFetchOpts { MaxMsgs = _options.BatchDocuments - 1 }, QueueSerializers.Bytes, cancellationToken).ConfigureAwait(false))
            {
                batch.Add(msg);
            }
        }

        return batch;
    }

    private async Task ProcessAsync(List<INatsJSMsg<byte[]>> messages, CancellationToken cancellationToken)
    {
        var items = messages.Select(m => new Item(m)).ToList();
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = KeepAliveAsync(messages, heartbeatStop.Token);
        try
        {
            await DecodeAsync(items, cancellationToken).ConfigureAwait(false);
            long t0 = Stopwatch.GetTimestamp();
            await WithStoreAsync(() => MarkStored(items), cancellationToken).ConfigureAwait(false);
            Code(items, cancellationToken);
            long t1 = Stopwatch.GetTimestamp();
            await WithStoreAsync(() => Store(items), cancellationToken).ConfigureAwait(false);
            _report = _report with
            {
                CodingSeconds = _report.CodingSeconds + Stopwatch.GetElapsedTime(t0, t1).TotalSeconds,
                WritingSeconds = _report.WritingSeconds + Stopwatch.GetElapsedTime(t1).TotalSeconds,
            };
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping (SIGTERM): hand the uncommitted batch back at once instead of after the ack wait.
            await heartbeatStop.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
            foreach (var item in items)
            {
                await item.Message.NakAsync(new AckOpts { DoubleAck = true }, CancellationToken.None).ConfigureAwait(false);
            }

            throw;
        }
        finally
        {
            await heartbeatStop.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }

        // Once the batch is committed its acknowledgements go out even when the worker is being stopped.
        await SettleAsync(items, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a step that needs the store, again after a pause when the store failed as a whole (its server restarted,
    /// the connection dropped or a read timed out), while the batch's heartbeats keep its messages with this worker:
    /// a short outage costs neither a delivery of each document nor the coding already done. Past the last attempt
    /// the error ends the worker, and its unacknowledged batch is redelivered.
    /// </summary>
    private async Task WithStoreAsync(Action step, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                step();
                return;
            }
            catch (DbException ex) when (attempt < StoreAttempts)
            {
                var pause = TimeSpan.FromSeconds(Math.Min(30, 1 << (attempt - 1)));
                _options.StoreRetry?.Invoke(string.Create(CultureInfo.InvariantCulture, $"worker {_options.Name}: store failed ({Describe(ex)}); attempt {attempt + 1} of {StoreAttempts} in {pause.TotalSeconds:F0} s"));
                _report = _report with { LastError = $"{_store.Describe}: {Describe(ex)}" };
                await Task.Delay(pause, _clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Attempts of one store step before the worker gives up: pauses of 1, 2, 4, 8, 16 and 30 s, about a minute.</summary>
    private const int StoreAttempts = 7;

    /// <summary>An exception's message with its causes' ("Exception while reading from stream" says little alone).</summary>
    public static string Describe(Exception ex)
    {
        ArgumentNullException.ThrowIfNull(ex);
        var text = ex.Message;
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            text += $": {inner.Message}";
        }

        return text;
    }

    /// <summary>Tells the server the batch is still being worked on, so a long batch is not redelivered meanwhile.</summary>
    private async Task KeepAliveAsync(List<INatsJSMsg<byte[]>> messages, CancellationToken stop)
    {
        var interval = _queue.Options.AckWait / 3;
        try
        {
            while (true)
            {
                await Task.Delay(interval, _clock, stop).ConfigureAwait(false);
                foreach (var m in messages)
                {
                    await m.AckProgressAsync(cancellationToken: stop).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The batch is done (or the worker stops); its messages are settled by the caller.
        }
    }

    private async Task DecodeAsync(List<Item> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            var deliveries = item.Deliveries;
            if (deliveries > _queue.Options.MaxDeliver)
            {
                // The server's count also takes deliveries that never reached a worker (sent to a fetch that had just
                // expired), so a message this worker already failed on keeps that error. Otherwise the earlier
                // deliveries ended without an outcome: a worker died or hung on this message each time.
                item.Fail(_failures.Remove(item.Sequence, out var earlier)
                    ? $"{earlier} (delivered {deliveries} times)"
                    : $"delivered {deliveries} times without an outcome (a worker died or timed out on it each time)");
                item.Terminal = true;
                continue;
            }

            try
            {
                var body = item.Message.Data ?? [];
                if (item.Header(DocumentMessage.ReferenceHeader) is { } reference)
                {
                    body = await _queue.Large.GetBytesAsync(reference, cancellationToken).ConfigureAwait(false);
                }

                item.Source = DocumentMessage.Decode(body);
                item.Hash = DocumentMessage.HashOf(item.Source);
            }
            catch (Exception ex) when (ex is FormatException or NatsObjException or NatsJSException)
            {
                item.Fail(ex.Message);
            }
        }
    }

    /// <summary>
    /// Documents the store already holds (a worker died after its commit but before its acknowledgement, or a
    /// re-submit after the duplicate window) are acknowledged without coding; so are repeats inside the batch.
    /// </summary>
    private void MarkStored(List<Item> items)
    {
        var hashes = items.Where(i => i.Hash is not null && i.Error is null).Select(i => i.Hash!).Distinct(StringComparer.Ordinal).ToList();
        var stored = _store.Stored(hashes);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.Hash is not null && i.Error is null))
        {
            if (stored.Contains(item.Hash!) || !seen.Add(item.Hash!))
            {
                item.AlreadyStored = true;
            }
        }
    }

    private void Code(List<Item> items, CancellationToken cancellationToken)
    {
        var todo = items.Where(i => i.Source is not null && i.Error is null && !i.AlreadyStored).ToList();
        void CodeOne(Item item)
        {
            try
            {
                var document = _engine.Code(item.Source!.ToDocument(), cancellationToken);

                // A stage that threw leaves the document half coded: rather than store that, retry elsewhere and
                // finally hand it to the dead-letter subject, where it waits for a fixed release.
                if (document.Errors.FirstOrDefault(e => e.Code == DyadErrors.StageFailed) is { } failed)
                {
                    item.Fail($"stage {failed.Stage} failed: {failed.Message}");
                    return;
                }

                item.Coded = document;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                item.Fail($"{ex.GetType().Name}: {ex.Message}");
            }
        }

        if (_options.Threads <= 1)
        {
            foreach (var item in todo)
            {
                CodeOne(item);
            }
        }
        else
        {
            Parallel.ForEach(todo, new ParallelOptions { MaxDegreeOfParallelism = _options.Threads, CancellationToken = cancellationToken }, CodeOne);
        }
    }

    /// <summary>One transaction for the batch; if the store rejects it, one per document to isolate the culprit.</summary>
    private void Store(List<Item> items)
    {
        var version = _engine.Pipeline.Version;
        var ready = items.Where(i => i.Coded is not null && i.Error is null && !i.Committed).ToList();
        if (ready.Count == 0)
        {
            return;
        }

        List<StoredDocument> batch = [.. ready.Select(i => new StoredDocument(i.Coded!, i.Hash!, version))];
        if (_options.Rehearsal)
        {
            _store.Rehearse(batch);
            ready.ForEach(i => i.Committed = true);
            return;
        }

        try
        {
            _store.Write(batch, []);
            ready.ForEach(i => i.Committed = true);
            return;
        }
        catch (DbException)
        {
            // Another worker may have committed some of these meanwhile (the batch was rolled back whole), or one
            // document is unstorable: fall through and find out document by document.
        }

        foreach (var item in ready)
        {
            // Outside the try: when the store cannot even answer this, it is down (not the document's fault), and the
            // worker stops with its batch unacknowledged rather than count a delivery against every document.
            if (_store.Stored([item.Hash!]).Count > 0)
            {
                item.AlreadyStored = true;
                continue;
            }

            try
            {
                _store.Write([new StoredDocument(item.Coded!, item.Hash!, version)], []);
                item.Committed = true;
            }
            catch (DbException ex)
            {
                item.Fail($"{_store.Describe}: cannot store: {ex.Message}");
            }
        }
    }

    private async Task SettleAsync(List<Item> items, CancellationToken cancellationToken)
    {
        long documents = 0, events = 0, already = 0, retried = 0, dead = 0;
        string? lastError = null;
        foreach (var item in items)
        {
            if (item.Error is not null)
            {
                lastError = $"{item.Source?.Id ?? "(undecoded message)"} delivery {item.Deliveries}: {item.Error}";
            }

            if (item.Error is null && (item.Committed || item.AlreadyStored))
            {
                _failures.Remove(item.Sequence);
                await item.Message.AckAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                if (item.Committed)
                {
                    documents++;
                    events += item.Coded!.Events.Count;
                }
                else
                {
                    already++;
                }

                await DeleteLargeAsync(item, cancellationToken).ConfigureAwait(false);
            }
            else if (item.Terminal || item.Deliveries >= _queue.Options.MaxDeliver)
            {
                await DeadLetterAsync(item, cancellationToken).ConfigureAwait(false);
                _failures.Remove(item.Sequence);
                dead++;
            }
            else
            {
                // Back off a little more on each delivery so a transient failure (a store restart) can pass.
                var delay = TimeSpan.FromSeconds(Math.Min(30, item.Deliveries));
                await item.Message.NakAsync(new AckOpts { NakDelay = delay }, cancellationToken).ConfigureAwait(false);
                if (_failures.Count >= MaxRememberedFailures)
                {
                    _failures.Clear();
                }

                _failures[item.Sequence] = item.Error!;
                retried++;
            }
        }

        var now = _clock.GetUtcNow();
        _report = _report with
        {
            Documents = _report.Documents + documents,
            Events = _report.Events + events,
            AlreadyStored = _report.AlreadyStored + already,
            Redelivered = _report.Redelivered + items.Count(i => i.Deliveries > 1),
            Retried = _report.Retried + retried,
            Dead = _report.Dead + dead,
            LastError = lastError ?? _report.LastError,
            Batches = _report.Batches + 1,
            LastCommit = documents + already > 0 ? now : _report.LastCommit,
            CpuSeconds = (Environment.CpuUsage.TotalTime - _cpuAtFirstMessage).TotalSeconds,
            Updated = now,
        };
    }

    private async Task DeleteLargeAsync(Item item, CancellationToken cancellationToken)
    {
        if (item.Header(DocumentMessage.ReferenceHeader) is not { } reference)
        {
            return;
        }

        try
        {
            await _queue.Large.DeleteAsync(reference, cancellationToken).ConfigureAwait(false);
        }
        catch (NatsObjException)
        {
            // Already gone (a redelivery after another worker's acknowledgement): nothing to clean.
        }
    }

    /// <summary>
    /// Publishes the original body and headers with the error to the dead-letter subject, then terminates the
    /// original. The dead letter's message id is the stream sequence, so a worker dying between the two steps does
    /// not leave two dead letters.
    /// </summary>
    private async Task DeadLetterAsync(Item item, CancellationToken cancellationToken)
    {
        var headers = new NatsHeaders
        {
            [DocumentMessage.ErrorHeader] = OneLine(item.Error ?? "failed"),
            [DocumentMessage.DeliveriesHeader] = item.Deliveries.ToString(CultureInfo.InvariantCulture),
            [DocumentMessage.WorkerHeader] = _options.Name,
            [DocumentMessage.SequenceHeader] = item.Sequence.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var name in new[] { DocumentMessage.HashHeader, DocumentMessage.ReferenceHeader })
        {
            if (item.Header(name) is { } value)
            {
                headers[name] = value;
            }
        }

        var ack = await _queue.JetStream.PublishAsync(
            _queue.Options.DeadSubject,
            item.Message.Data ?? [],
            QueueSerializers.Bytes,
            new NatsJSPubOpts { MsgId = $"dead-{_queue.Options.Stream}-{item.Sequence}" },
            headers,
            cancellationToken).ConfigureAwait(false);
        if (!ack.Duplicate)
        {
            ack.EnsureSuccess();
        }

        await item.Message.AckTerminateAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task PublishReportAsync(CancellationToken cancellationToken)
    {
        await _queue.Workers.PutAsync(KeyOf(_options.Name), _report, QueueSerializers.Report, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Key/value keys allow letters, digits and <c>-_=.</c>; host names may have more.</summary>
    internal static string KeyOf(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' ? c : '_').ToArray();
        return chars.Length == 0 ? "worker" : new string(chars);
    }

    /// <summary>Header values cannot hold line breaks, and a stack of messages is no use in a header.</summary>
    private static string OneLine(string value)
    {
        var line = value.ReplaceLineEndings(" ");
        return line.Length > 2000 ? line[..2000] : line;
    }

    /// <summary>One message of a batch and what became of it.</summary>
    private sealed class Item(INatsJSMsg<byte[]> message)
    {
        public INatsJSMsg<byte[]> Message { get; } = message;

        public long Deliveries => (long)(Message.Metadata?.NumDelivered ?? 1);

        public ulong Sequence => Message.Metadata?.Sequence.Stream ?? 0;

        public SourceDocument? Source { get; set; }

        public string? Hash { get; set; }

        public Document? Coded { get; set; }

        public bool AlreadyStored { get; set; }

        public bool Committed { get; set; }

        /// <summary>Goes to the dead-letter subject now, whatever the delivery count.</summary>
        public bool Terminal { get; set; }

        public string? Error { get; private set; }

        public void Fail(string error) => Error ??= error;

        public string? Header(string name) =>
            Message.Headers is { } h && h.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrEmpty(v[0]) ? v[0] : null;
    }
}
