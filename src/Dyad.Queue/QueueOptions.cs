namespace Dyad.Queue;

/// <summary>
/// The names and limits every submitter, worker and status reader must agree on. Defaults suit one deployment per
/// NATS account; tests use their own names so that runs never share a stream.
/// </summary>
public sealed record QueueOptions
{
    /// <summary>The work-queue stream: a message is removed once a worker acknowledges it.</summary>
    public string Stream { get; init; } = "DYAD_DOCS";

    public string Subject { get; init; } = "dyad.docs";

    /// <summary>Documents that failed <see cref="MaxDeliver"/> times, with their error in the headers.</summary>
    public string DeadStream { get; init; } = "DYAD_DEAD";

    public string DeadSubject { get; init; } = "dyad.dead";

    /// <summary>The durable pull consumer all workers share, so each message goes to one of them.</summary>
    public string Consumer { get; init; } = "dyad-workers";

    /// <summary>Key/value bucket where each worker reports its counters.</summary>
    public string WorkersBucket { get; init; } = "dyad_workers";

    /// <summary>Object store for documents too large for one message; the message carries a reference.</summary>
    public string LargeBucket { get; init; } = "dyad_large";

    /// <summary>Documents whose encoded message is larger go by reference (NATS' default message limit is 1 MB).</summary>
    public int LargeThreshold { get; init; } = 512 * 1024;

    /// <summary>
    /// How long the stream remembers message ids to drop a re-submit. A re-submit after the window is still not
    /// stored twice: the worker skips documents whose content hash the store holds.
    /// </summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>Deliveries of one message before it goes to the dead-letter subject.</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>A message not acknowledged (nor kept alive by an in-progress heartbeat) this long is redelivered.</summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(30);
}
