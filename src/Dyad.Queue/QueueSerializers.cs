using NATS.Client.Core;

namespace Dyad.Queue;

/// <summary>Serializers that need no reflection: raw bytes for documents, source-generated JSON for reports.</summary>
internal static class QueueSerializers
{
    public static readonly NatsJsonContextSerializer<WorkerReport> Report = new(QueueJson.Default);

    public static readonly INatsSerializer<byte[]> Bytes = NatsRawSerializer<byte[]>.Default;
}
