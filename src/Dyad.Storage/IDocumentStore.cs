using Dyad.Core;

namespace Dyad.Storage;

/// <summary>
/// Where coded documents live: DuckDB for one analyst, PostgreSQL for many. Every write is one atomic batch keyed by
/// content hash; every query takes its filter values as parameters.
/// </summary>
public interface IDocumentStore : IDisposable
{
    /// <summary>The backend and location, without credentials, for messages.</summary>
    string Describe { get; }

    /// <summary>The content hash of every stored document with the pipeline version that coded it.</summary>
    Dictionary<string, string> DocumentVersions();

    /// <summary>Which of <paramref name="hashes"/> are stored (another ingest may have added them meanwhile).</summary>
    HashSet<string> Stored(IReadOnlyCollection<string> hashes);

    /// <summary>The keys of the read errors already stored.</summary>
    HashSet<string> ReadErrorKeys();

    /// <summary>Stores a batch in one transaction: all of its rows or none. Documents marked as replacing lose their old rows first.</summary>
    void Write(IReadOnlyList<StoredDocument> batch, IReadOnlyList<StoredReadError> readErrors);

    /// <summary>
    /// Writes a batch as <see cref="Write"/> does, then rolls the transaction back: nothing is stored. A long-running
    /// writer rehearses at start-up so that its load path is compiled before real batches arrive.
    /// </summary>
    void Rehearse(IReadOnlyList<StoredDocument> batch)
    {
    }

    /// <summary>The hashes of documents coded by a pipeline version other than <paramref name="currentVersion"/>.</summary>
    List<string> StaleDocuments(string currentVersion);

    /// <summary>Stored documents with their annotations, rebuilt from the tables (tokens are not stored).</summary>
    List<Document> LoadDocuments(IReadOnlyCollection<string> hashes);

    /// <summary>Documents whose id equals <paramref name="idOrHash"/> or whose content hash starts with it (at least 8 characters).</summary>
    List<string> FindDocuments(string idOrHash);

    /// <summary>Every stored content hash, in id order.</summary>
    List<string> AllDocuments();

    RowSet Events(EventQuery query);

    RowSet Quotes(QuoteQuery query);

    RowSet Actors(ActorQuery query);

    RowSet Dyads(DyadQuery query);

    /// <summary>Every event with its document's id, dates and URL, its paragraph, and its cluster (for exports).</summary>
    RowSet ExportEvents();

    /// <summary>The events that cluster linking compares: id, document, dyad, root, day and sentence.</summary>
    RowSet ClusterCandidates();

    /// <summary>Replaces the event clusters in one transaction.</summary>
    void WriteClusters(IReadOnlyList<(string EventId, string ClusterId, int Reports)> clusters);

    StoreCounts Counts();
}

public sealed record StoreCounts(long Documents, long Events, long Mentions, long Quotes, long Errors);

public sealed record EventQuery
{
    public string? Source { get; init; }

    public string? Target { get; init; }

    /// <summary>Either side.</summary>
    public string? Actor { get; init; }

    /// <summary>A CAMEO code prefix: <c>03</c>, <c>036</c>.</summary>
    public string? Code { get; init; }

    public string? Root { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int? Quad { get; init; }

    /// <summary>A case-insensitive substring of the event's sentence.</summary>
    public string? Text { get; init; }

    /// <summary>One row per cluster (its first report) with the number of reports.</summary>
    public bool Clusters { get; init; }

    public int Limit { get; init; } = 1000;
}

public sealed record QuoteQuery(string? Speaker, int Limit = 1000);

public sealed record ActorQuery(string? Prefix, int Limit = 1000);

public enum Period
{
    Day,
    Week,
    Month,
}

public sealed record DyadQuery(string? Source, string? Target, Period Period = Period.Month, bool ByCountry = false);

/// <summary>A query result: column names and rows of plain values (string, long, int, double, bool, null).</summary>
public sealed record RowSet(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
