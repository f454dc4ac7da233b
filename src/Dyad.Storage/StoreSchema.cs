namespace Dyad.Storage;

/// <summary>The column types the stores use; each backend maps them to its own SQL type and bulk-load call.</summary>
public enum ColumnType : byte
{
    Text,
    Int,
    Double,
    Bool,
    Date,
    Timestamp,
}

public sealed record Column(string Name, ColumnType Type);

public sealed record Table(string Name, IReadOnlyList<Column> Columns, string? PrimaryKey = null);

/// <summary>
/// The tables of a Dyad store, shared by every backend so that rows, queries and exports stay the same. Annotation
/// tables hold every field of the dyad.document.v1 contract (shared/OUTPUT.md) plus the document's content hash.
/// </summary>
public static class StoreSchema
{
    /// <summary>Bumped when a table changes; a store with another version is refused rather than misread.</summary>
    public const string Version = "dyad.store.v1";

    public static readonly Table Documents = new("documents",
    [
        new("content_hash", ColumnType.Text),
        new("id", ColumnType.Text),
        new("source", ColumnType.Text),
        new("url", ColumnType.Text),
        new("title", ColumnType.Text),
        new("publication_date", ColumnType.Date),
        new("text", ColumnType.Text),
        new("chars", ColumnType.Int),
        new("sentences", ColumnType.Text),
        new("pipeline_version", ColumnType.Text),
        new("ingested_at", ColumnType.Timestamp),
    ], "content_hash");

    public static readonly Table Mentions = new("mentions",
    [
        new("doc_hash", ColumnType.Text),
        new("idx", ColumnType.Int),
        new("sentence", ColumnType.Int),
        new("start_offset", ColumnType.Int),
        new("end_offset", ColumnType.Int),
        new("text", ColumnType.Text),
        new("kind", ColumnType.Text),
        new("actor", ColumnType.Text),
        new("country", ColumnType.Text),
        new("agent", ColumnType.Text),
        new("refers_to", ColumnType.Int),
        new("stage", ColumnType.Text),
        new("rule", ColumnType.Text),
    ]);

    public static readonly Table Timex = new("timex",
    [
        new("doc_hash", ColumnType.Text),
        new("idx", ColumnType.Int),
        new("sentence", ColumnType.Int),
        new("start_offset", ColumnType.Int),
        new("end_offset", ColumnType.Int),
        new("text", ColumnType.Text),
        new("type", ColumnType.Text),
        new("value", ColumnType.Text),
        new("stage", ColumnType.Text),
        new("rule", ColumnType.Text),
    ]);

    public static readonly Table Quotes = new("quotes",
    [
        new("doc_hash", ColumnType.Text),
        new("idx", ColumnType.Int),
        new("sentence", ColumnType.Int),
        new("start_offset", ColumnType.Int),
        new("end_offset", ColumnType.Int),
        new("text", ColumnType.Text),
        new("kind", ColumnType.Text),
        new("speaker_start", ColumnType.Int),
        new("speaker_end", ColumnType.Int),
        new("speaker_text", ColumnType.Text),
        new("speaker_mention", ColumnType.Int),
        new("speaker_actor", ColumnType.Text),
        new("speaker_country", ColumnType.Text),
        new("cue", ColumnType.Text),
        new("stage", ColumnType.Text),
        new("rule", ColumnType.Text),
    ]);

    public static readonly Table Events = new("events",
    [
        new("event_id", ColumnType.Text),
        new("doc_hash", ColumnType.Text),
        new("idx", ColumnType.Int),
        new("sentence", ColumnType.Int),
        new("sentence_text", ColumnType.Text),
        new("paragraph", ColumnType.Int),
        new("source_text", ColumnType.Text),
        new("source_start", ColumnType.Int),
        new("source_end", ColumnType.Int),
        new("source_mention", ColumnType.Int),
        new("source_actor", ColumnType.Text),
        new("source_country", ColumnType.Text),
        new("source_agent", ColumnType.Text),
        new("target_text", ColumnType.Text),
        new("target_start", ColumnType.Int),
        new("target_end", ColumnType.Int),
        new("target_mention", ColumnType.Int),
        new("target_actor", ColumnType.Text),
        new("target_country", ColumnType.Text),
        new("target_agent", ColumnType.Text),
        new("cameo", ColumnType.Text),
        new("cameo_root", ColumnType.Text),
        new("plover", ColumnType.Text),
        new("goldstein", ColumnType.Double),
        new("quad_class", ColumnType.Int),
        new("date", ColumnType.Text),
        new("event_day", ColumnType.Date),
        new("date_source", ColumnType.Text),
        new("location_text", ColumnType.Text),
        new("location_start", ColumnType.Int),
        new("location_end", ColumnType.Int),
        new("location_country", ColumnType.Text),
        new("negated", ColumnType.Bool),
        new("hypothetical", ColumnType.Bool),
        new("verb_text", ColumnType.Text),
        new("verb_start", ColumnType.Int),
        new("verb_end", ColumnType.Int),
        new("pattern", ColumnType.Text),
        new("stage", ColumnType.Text),
    ]);

    /// <summary>Per-document errors (with the document's hash) and read errors (hash null, keyed so a re-read adds nothing).</summary>
    public static readonly Table Errors = new("errors",
    [
        new("error_key", ColumnType.Text),
        new("doc_hash", ColumnType.Text),
        new("source", ColumnType.Text),
        new("stage", ColumnType.Text),
        new("code", ColumnType.Text),
        new("message", ColumnType.Text),
    ]);

    /// <summary>Reports of one event linked across documents: each event of a cluster, and the cluster's report count.</summary>
    public static readonly Table EventClusters = new("event_clusters",
    [
        new("event_id", ColumnType.Text),
        new("cluster_id", ColumnType.Text),
        new("reports", ColumnType.Int),
    ]);

    public static readonly Table Meta = new("dyad_meta",
    [
        new("key", ColumnType.Text),
        new("value", ColumnType.Text),
    ], "key");

    /// <summary>
    /// The tables holding one document's rows, in write order. Sentences are a column of <see cref="Documents"/>
    /// (<c>start:end:paragraph</c> per sentence): one row each cost as much to store as coding them.
    /// </summary>
    public static IReadOnlyList<Table> DocumentTables { get; } = [Documents, Mentions, Timex, Quotes, Events, Errors];

    public static IReadOnlyList<Table> All { get; } = [Meta, .. DocumentTables, EventClusters];
}
