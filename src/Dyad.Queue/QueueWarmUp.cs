using Dyad.Engine;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Queue;

/// <summary>
/// A worker's warm-up through its whole path: copies of the built-in sample (<see cref="WarmUp"/>) go to a private, temporary stream on the
/// same server, and a rehearsing worker fetches, decodes, codes and writes them (each write rolled back) and
/// acknowledges them, until that stream is drained; then the stream is deleted. Real messages are then handled by
/// code the JIT has already compiled, so the first batches are not slower than the rest.
/// </summary>
public static class QueueWarmUp
{
    public static async Task<WorkerReport> RunAsync(
        string url,
        QueueOptions options,
        IDocumentStore store,
        DyadEngine engine,
        WorkerOptions workerOptions,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workerOptions);
        var sample = WarmUp.SampleSource();
        var id = Guid.NewGuid().ToString("N")[..12];
        var private_ = options with
        {
            Stream = $"DYAD_WARMUP_{id}",
            Subject = $"dyad.warmup.{id}",
            DeadStream = $"DYAD_WARMUP_DEAD_{id}",
            DeadSubject = $"dyad.warmup.dead.{id}",
            Consumer = "warm-up",
        };
        await using var queue = await QueueConnection.OpenAsync(url, private_, $"{workerOptions.Name}-warm-up", cancellationToken).ConfigureAwait(false);
        try
        {
            // Two batches, each copy distinct so the stream's duplicate window keeps it.
            var copies = Enumerable.Range(0, 2 * workerOptions.BatchDocuments)
                .Select(i => ReadResult.Ok(sample with { Id = $"{sample.Id}-{i}", Text = $"{sample.Text}\n\n({i})" }));
            await new Submitter(queue).SubmitAsync(copies, cancellationToken: cancellationToken).ConfigureAwait(false);
            var worker = new Worker(queue, store, engine, workerOptions with { ExitWhenDrained = true, Rehearsal = true });
            return await worker.RunAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await queue.DeleteStreamsAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
