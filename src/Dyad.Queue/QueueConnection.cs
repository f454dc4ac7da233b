using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using NATS.Net;

namespace Dyad.Queue;

/// <summary>
/// A connection to the JetStream work queue and the setup every party needs: the document stream (work-queue
/// retention, duplicate window), the dead-letter stream, the shared pull consumer, the large-document object store
/// and the workers bucket. Setup is idempotent, so every submitter and worker runs it.
/// </summary>
public sealed class QueueConnection : IAsyncDisposable
{
    private readonly NatsConnection _connection;
    private INatsKVStore? _workers;
    private INatsObjStore? _large;

    private QueueConnection(NatsConnection connection, QueueOptions options)
    {
        _connection = connection;
        Options = options;
        JetStream = connection.CreateJetStreamContext();
    }

    public QueueOptions Options { get; }

    public string Url => _connection.Opts.Url;

    internal INatsJSContext JetStream { get; }

    /// <summary>Connects and creates (or updates) the streams, buckets and consumer.</summary>
    /// <exception cref="QueueException">The server cannot be reached or has no JetStream.</exception>
    public static async Task<QueueConnection> OpenAsync(string url, QueueOptions? options = null, string? clientName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var opts = NatsOpts.Default with
        {
            Url = url,
            Name = clientName ?? "dyad",
            ConnectTimeout = TimeSpan.FromSeconds(5),
            RequestTimeout = TimeSpan.FromSeconds(10),
        };
        var connection = new NatsConnection(opts);
        var queue = new QueueConnection(connection, options ?? new QueueOptions());
        try
        {
            await connection.ConnectAsync().ConfigureAwait(false);
            await queue.SetupAsync(cancellationToken).ConfigureAwait(false);
            return queue;
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await queue.DisposeAsync().ConfigureAwait(false);
            throw new QueueException($"{url}: cannot open the work queue: {ex.Message}", ex);
        }
    }

    private async Task SetupAsync(CancellationToken cancellationToken)
    {
        var o = Options;
        await JetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(o.Stream, [o.Subject])
            {
                Retention = StreamConfigRetention.Workqueue,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = o.DuplicateWindow,
                Discard = StreamConfigDiscard.New,
            },
            cancellationToken).ConfigureAwait(false);
        await JetStream.CreateOrUpdateStreamAsync(
            new StreamConfig(o.DeadStream, [o.DeadSubject])
            {
                Retention = StreamConfigRetention.Limits,
                Storage = StreamConfigStorage.File,
            },
            cancellationToken).ConfigureAwait(false);

        // The server never stops redelivering (MaxDeliver -1): the worker counts deliveries itself and moves a
        // message to the dead-letter subject with its error, which the server's own limit would drop silently.
        await JetStream.CreateOrUpdateConsumerAsync(
            o.Stream,
            new ConsumerConfig(o.Consumer)
            {
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = o.AckWait,
                MaxDeliver = -1,
                MaxAckPending = 10_000,
                DeliverPolicy = ConsumerConfigDeliverPolicy.All,
            },
            cancellationToken).ConfigureAwait(false);

        var kv = JetStream.CreateKeyValueStoreContext();
        _workers = await kv.CreateOrUpdateStoreAsync(new NatsKVConfig(o.WorkersBucket) { History = 1, Storage = NatsKVStorageType.File }, cancellationToken).ConfigureAwait(false);
        var obj = JetStream.CreateObjectStoreContext();
        _large = await obj.CreateObjectStoreAsync(new NatsObjConfig(o.LargeBucket) { Storage = NatsObjStorageType.File }, cancellationToken).ConfigureAwait(false);
    }

    internal INatsKVStore Workers => _workers ?? throw new InvalidOperationException("the queue is not set up");

    internal INatsObjStore Large => _large ?? throw new InvalidOperationException("the queue is not set up");

    internal Task<INatsJSConsumer> ConsumerAsync(CancellationToken cancellationToken) =>
        JetStream.GetConsumerAsync(Options.Stream, Options.Consumer, cancellationToken).AsTask();

    /// <summary>Queue depth, in-flight and dead-letter counts, and the reports of every worker.</summary>
    public async Task<QueueStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var stream = await JetStream.GetStreamAsync(Options.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var dead = await JetStream.GetStreamAsync(Options.DeadStream, cancellationToken: cancellationToken).ConfigureAwait(false);
        var consumer = await ConsumerAsync(cancellationToken).ConfigureAwait(false);
        var reports = new List<WorkerReport>();
        await foreach (var key in Workers.GetKeysAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var entry = await Workers.TryGetEntryAsync(key, serializer: QueueSerializers.Report, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (entry.Success && entry.Value.Value is { } report)
            {
                reports.Add(report);
            }
        }

        return new QueueStatus(
            (long)stream.Info.State.Messages,
            (long)consumer.Info.NumPending,
            consumer.Info.NumAckPending,
            consumer.Info.NumRedelivered,
            (long)dead.Info.State.Messages,
            [.. reports.OrderBy(r => r.Worker, StringComparer.Ordinal)]);
    }

    /// <summary>True when no message waits and none is being worked on.</summary>
    public async Task<bool> IsDrainedAsync(CancellationToken cancellationToken = default)
    {
        var consumer = await ConsumerAsync(cancellationToken).ConfigureAwait(false);
        return consumer.Info.NumPending == 0 && consumer.Info.NumAckPending == 0;
    }

    /// <summary>Deletes this connection's stream (with its consumer) and dead-letter stream: for private, temporary queues.</summary>
    public async Task DeleteStreamsAsync(CancellationToken cancellationToken = default)
    {
        await JetStream.DeleteStreamAsync(Options.Stream, cancellationToken).ConfigureAwait(false);
        await JetStream.DeleteStreamAsync(Options.DeadStream, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync().ConfigureAwait(false);
}

/// <summary>What <c>dyad status</c> shows.</summary>
/// <param name="Messages">Documents in the stream: waiting plus in flight.</param>
/// <param name="Pending">Not yet delivered to any worker.</param>
/// <param name="InFlight">Delivered and not yet acknowledged.</param>
/// <param name="Redelivered">In flight after at least one earlier delivery.</param>
/// <param name="DeadLetters">Messages in the dead-letter stream.</param>
/// <param name="Workers">The last report of every worker, by name.</param>
public sealed record QueueStatus(long Messages, long Pending, long InFlight, long Redelivered, long DeadLetters, IReadOnlyList<WorkerReport> Workers);

/// <summary>The work queue cannot be used (unreachable server, no JetStream, a failed request).</summary>
public sealed class QueueException : Exception
{
    public QueueException()
    {
    }

    public QueueException(string message)
        : base(message)
    {
    }

    public QueueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
