using System.Text.Json;
using System.Text.Json.Serialization;
using Dyad.Ingest;
using Dyad.Storage;

namespace Dyad.Queue;

/// <summary>
/// The wire form of a document: UTF-8 JSON of the source fields, keyed by the content hash the store uses, so the
/// stream's duplicate window and the store's primary key agree on what "the same document" is.
/// </summary>
public static class DocumentMessage
{
    /// <summary>The content hash (also sent as <c>Nats-Msg-Id</c>), readable before the body is decoded.</summary>
    public const string HashHeader = "Dyad-Hash";

    /// <summary>Present when the body is empty and the document lies in the object store under this name.</summary>
    public const string ReferenceHeader = "Dyad-Ref";

    public const string ErrorHeader = "Dyad-Error";

    public const string DeliveriesHeader = "Dyad-Deliveries";

    public const string WorkerHeader = "Dyad-Worker";

    public const string SequenceHeader = "Dyad-Stream-Seq";

    public static string HashOf(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ContentHash.Of(document.Text, document.PublicationDate);
    }

    public static byte[] Encode(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var wire = new WireDocument(document.Id, document.Text, document.PublicationDate, document.Title, document.Url, document.Source);
        return JsonSerializer.SerializeToUtf8Bytes(wire, QueueJson.Default.WireDocument);
    }

    /// <exception cref="FormatException">The bytes are not a document message.</exception>
    public static SourceDocument Decode(ReadOnlySpan<byte> bytes)
    {
        WireDocument? wire;
        try
        {
            wire = JsonSerializer.Deserialize(bytes, QueueJson.Default.WireDocument);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not a document message: {ex.Message}", ex);
        }

        if (wire is null || wire.Id is null || wire.Text is null)
        {
            throw new FormatException("not a document message: id or text missing");
        }

        return new SourceDocument(wire.Id, wire.Text, wire.Date, wire.Title, wire.Url, wire.Source ?? wire.Id);
    }
}

internal sealed record WireDocument(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("date")] DateOnly? Date,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("source")] string? Source);

/// <summary>What a worker reports in the workers bucket after every batch.</summary>
public sealed record WorkerReport
{
    [JsonPropertyName("worker")]
    public string Worker { get; init; } = string.Empty;

    [JsonPropertyName("documents")]
    public long Documents { get; init; }

    [JsonPropertyName("events")]
    public long Events { get; init; }

    /// <summary>Delivered again after another worker had already stored them (it died before acknowledging).</summary>
    [JsonPropertyName("already_stored")]
    public long AlreadyStored { get; init; }

    /// <summary>Messages received again after an earlier delivery ended without an acknowledgement.</summary>
    [JsonPropertyName("redelivered")]
    public long Redelivered { get; init; }

    [JsonPropertyName("retried")]
    public long Retried { get; init; }

    [JsonPropertyName("dead")]
    public long Dead { get; init; }

    /// <summary>The latest document failure (retried or dead): its document id, delivery and reason.</summary>
    [JsonPropertyName("last_error")]
    public string? LastError { get; init; }

    /// <summary>Seconds spent coding, and writing to the store (the rest is waiting for messages and the network).</summary>
    [JsonPropertyName("coding_s")]
    public double CodingSeconds { get; init; }

    [JsonPropertyName("writing_s")]
    public double WritingSeconds { get; init; }

    /// <summary>The worker process's CPU time (all its threads) from the first message to the last commit.</summary>
    [JsonPropertyName("cpu_s")]
    public double CpuSeconds { get; init; }

    [JsonPropertyName("batches")]
    public long Batches { get; init; }

    [JsonPropertyName("started")]
    public DateTimeOffset Started { get; init; }

    /// <summary>When the first message arrived; throughput counts from here, not from the (dictionary-loading) start.</summary>
    [JsonPropertyName("first_message")]
    public DateTimeOffset? FirstMessage { get; init; }

    [JsonPropertyName("last_commit")]
    public DateTimeOffset? LastCommit { get; init; }

    [JsonPropertyName("updated")]
    public DateTimeOffset Updated { get; init; }

    [JsonPropertyName("stopped")]
    public bool Stopped { get; init; }

    /// <summary>Documents per second between the first message and the last commit.</summary>
    public double Throughput =>
        FirstMessage is { } first && LastCommit is { } last && last > first ? (Documents + AlreadyStored) / (last - first).TotalSeconds : 0;
}

[JsonSerializable(typeof(WireDocument))]
[JsonSerializable(typeof(WorkerReport))]
internal sealed partial class QueueJson : JsonSerializerContext;
