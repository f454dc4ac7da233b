using Dyad.Ingest;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Dyad.Queue;

/// <summary>Counts of one submit; read errors are reported, not queued (there is nothing to code).</summary>
public sealed record SubmitResult(long Published, long Duplicates, long ByReference, long ReadErrors, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Publishes documents to the work queue, each with its content hash as <c>Nats-Msg-Id</c> so that the stream drops a
/// re-submit within its duplicate window. Documents over the size threshold go to the object store and the message
/// carries a reference.
/// </summary>
public sealed class Submitter(QueueConnection queue)
{
    /// <summary>Acknowledgements awaited together: publishing one by one would wait a round trip per document.</summary>
    private const int Window = 64;

    public async Task<SubmitResult> SubmitAsync(IEnumerable<ReadResult> items, Action<ReadError>? onReadError = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        long published = 0, duplicates = 0, byReference = 0, readErrors = 0, bytes = 0;
        var pending = new List<Task<bool>>(Window);

        async Task Drain()
        {
            foreach (var t in pending)
            {
                if (await t.ConfigureAwait(false))
                {
                    duplicates++;
                }
                else
                {
                    published++;
                }
            }

            pending.Clear();
        }

        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Document is not { } document)
            {
                readErrors++;
                onReadError?.Invoke(item.Error!);
                continue;
            }

            var body = DocumentMessage.Encode(document);
            bytes += body.Length;
            var hash = DocumentMessage.HashOf(document);
            var headers = new NatsHeaders { [DocumentMessage.HashHeader] = hash };
            if (body.Length > queue.Options.LargeThreshold)
            {
                // The object is named by content hash, so a re-submit overwrites it with the same bytes.
                await queue.Large.PutAsync(hash, body, cancellationToken).ConfigureAwait(false);
                headers[DocumentMessage.ReferenceHeader] = hash;
                body = [];
                byReference++;
            }

            pending.Add(PublishAsync(hash, body, headers, cancellationToken));
            if (pending.Count >= Window)
            {
                await Drain().ConfigureAwait(false);
            }
        }

        await Drain().ConfigureAwait(false);
        return new SubmitResult(published, duplicates, byReference, readErrors, bytes, clock.Elapsed);
    }

    /// <summary>Publishes one message; true when the stream had seen its id already.</summary>
    private async Task<bool> PublishAsync(string hash, byte[] body, NatsHeaders headers, CancellationToken cancellationToken)
    {
        var ack = await queue.JetStream.PublishAsync(
            queue.Options.Subject,
            body,
            QueueSerializers.Bytes,
            new NatsJSPubOpts { MsgId = hash },
            headers,
            cancellationToken).ConfigureAwait(false);
        if (ack.Duplicate)
        {
            return true;
        }

        ack.EnsureSuccess();
        return false;
    }
}
