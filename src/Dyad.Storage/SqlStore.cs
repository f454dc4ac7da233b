using System.Data.Common;
using System.Globalization;
using Dyad.Core;

namespace Dyad.Storage;

/// <summary>
/// What DuckDB and PostgreSQL share: the schema, batch transactions, document reconstruction and the queries (plain
/// SQL both dialects accept, with positional <c>$n</c> parameters). Backends supply the connection, the column types
/// and the bulk loader.
/// </summary>
public abstract partial class SqlStore : IDocumentStore
{
    private readonly TimeProvider _clock;

    protected SqlStore(DbConnection connection, TimeProvider? clock)
    {
        Connection = connection;
        _clock = clock ?? TimeProvider.System;
    }

    public abstract string Describe { get; }

    protected DbConnection Connection { get; }

    /// <summary>
    /// The connection, opened again first when the server dropped it (a restart, a network cut, a read that timed
    /// out): a long-running worker or server then recovers on its next statement instead of failing on every one.
    /// </summary>
    protected DbConnection Live
    {
        get
        {
            if (Connection.State != System.Data.ConnectionState.Open)
            {
                Connection.Close();
                Connection.Open();
                Reopened();
            }

            return Connection;
        }
    }

    /// <summary>Session settings to apply again after <see cref="Live"/> reopened the connection.</summary>
    protected virtual void Reopened()
    {
    }

    protected abstract string SqlType(ColumnType type);

    protected abstract DbParameter Parameter(object? value);

    protected abstract IRowWriter OpenWriter(Table table);

    /// <summary>Creates missing tables and checks the schema version of an existing store.</summary>
    protected void EnsureSchema()
    {
        using (var tx = Live.BeginTransaction())
        {
            foreach (var table in StoreSchema.All)
            {
                var columns = string.Join(", ", table.Columns.Select(c => $"{c.Name} {SqlType(c.Type)}"));
                var key = table.PrimaryKey is null ? string.Empty : $", PRIMARY KEY ({table.PrimaryKey})";
                Execute($"CREATE TABLE IF NOT EXISTS {table.Name} ({columns}{key})");
            }

            CreateIndexes();
            var version = Scalar("SELECT value FROM dyad_meta WHERE key = 'schema'") as string;
            if (version is null)
            {
                Execute("INSERT INTO dyad_meta (key, value) VALUES ('schema', $1)", StoreSchema.Version);
            }
            else if (version != StoreSchema.Version)
            {
                throw new DyadException(DyadErrors.StageFailed, $"{Describe}: store schema '{version}' is not '{StoreSchema.Version}'; ingest into a new store");
            }

            tx.Commit();
        }
    }

    /// <summary>Secondary indexes, where the backend benefits from them.</summary>
    protected virtual void CreateIndexes()
    {
    }

    public Dictionary<string, string> DocumentVersions()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT content_hash, pipeline_version FROM documents");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result[r.GetString(0)] = r.IsDBNull(1) ? string.Empty : r.GetString(1);
        }

        return result;
    }

    public HashSet<string> Stored(IReadOnlyCollection<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (hashes.Count == 0)
        {
            return result;
        }

        using var cmd = Command($"SELECT content_hash FROM documents WHERE content_hash IN ({InList(hashes.Count, 1)})", hashes.Cast<object?>().ToArray());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    public HashSet<string> ReadErrorKeys()
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        using var cmd = Command("SELECT error_key FROM errors WHERE error_key IS NOT NULL");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    public void Write(IReadOnlyList<StoredDocument> batch, IReadOnlyList<StoredReadError> readErrors) => Write(batch, readErrors, commit: true);

    public void Rehearse(IReadOnlyList<StoredDocument> batch) => Write(batch, [], commit: false);

    private void Write(IReadOnlyList<StoredDocument> batch, IReadOnlyList<StoredReadError> readErrors, bool commit)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(readErrors);
        if (batch.Count == 0 && readErrors.Count == 0)
        {
            return;
        }

        var now = _clock.GetUtcNow().UtcDateTime;
        now = DateTime.SpecifyKind(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond)), DateTimeKind.Unspecified);
        using var tx = Live.BeginTransaction();
        var replaced = batch.Where(d => d.Replaces).Select(d => d.ContentHash).ToList();
        if (replaced.Count > 0)
        {
            DeleteDocuments(replaced);
        }

        foreach (var table in StoreSchema.DocumentTables)
        {
            using var writer = OpenWriter(table);
            DocumentRows.Write(table, batch, readErrors, now, writer);
            writer.Complete();
        }

        if (commit)
        {
            tx.Commit();
        }
        else
        {
            tx.Rollback();
        }
    }

    private void DeleteDocuments(List<string> hashes)
    {
        var list = InList(hashes.Count, 1);
        var args = hashes.Cast<object?>().ToArray();
        Execute($"DELETE FROM event_clusters WHERE event_id IN (SELECT event_id FROM events WHERE doc_hash IN ({list}))", args);
        foreach (var table in StoreSchema.DocumentTables.Skip(1))
        {
            Execute($"DELETE FROM {table.Name} WHERE doc_hash IN ({list})", args);
        }

        Execute($"DELETE FROM documents WHERE content_hash IN ({list})", args);
    }

    public List<string> StaleDocuments(string currentVersion)
    {
        var result = new List<string>();
        using var cmd = Command("SELECT content_hash FROM documents WHERE pipeline_version <> $1 OR pipeline_version IS NULL ORDER BY id, content_hash", currentVersion);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    public List<string> FindDocuments(string idOrHash)
    {
        ArgumentNullException.ThrowIfNull(idOrHash);
        var result = new List<string>();
        var prefix = idOrHash.Length >= 8 ? idOrHash.ToLowerInvariant() : "\u0001";
        using var cmd = Command("SELECT content_hash FROM documents WHERE id = $1 OR starts_with(content_hash, $2) ORDER BY id, content_hash", idOrHash, prefix);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    public List<string> AllDocuments()
    {
        var result = new List<string>();
        using var cmd = Command("SELECT content_hash FROM documents ORDER BY id, content_hash");
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    public List<Document> LoadDocuments(IReadOnlyCollection<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var result = new List<Document>();
        if (hashes.Count == 0)
        {
            return result;
        }

        var list = InList(hashes.Count, 1);
        var args = hashes.Cast<object?>().ToArray();
        var byHash = new Dictionary<string, Document>(StringComparer.Ordinal);
        using (var cmd = Command($"SELECT content_hash, id, text, publication_date, title, source, url, sentences FROM documents WHERE content_hash IN ({list}) ORDER BY id, content_hash", args))
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                var doc = new Document(r.GetString(1), r.GetString(2), ReadDate(r, 3))
                {
                    Title = NullableString(r, 4),
                    Source = NullableString(r, 5),
                    Url = NullableString(r, 6),
                };
                doc.Sentences.AddRange(DocumentRows.UnpackSentences(NullableString(r, 7)));
                byHash[r.GetString(0)] = doc;
                result.Add(doc);
            }
        }

        ReadRows($"SELECT doc_hash, start_offset, end_offset, sentence, kind, actor, country, agent, refers_to, stage, rule FROM mentions WHERE doc_hash IN ({list}) ORDER BY doc_hash, idx", args, r =>
            byHash[r.GetString(0)].Mentions.Add(new Mention(
                Span(r, 1), r.GetInt32(3), ParseMentionKind(r.GetString(4)), NullableString(r, 5), NullableString(r, 6), NullableString(r, 7),
                NullableInt(r, 8), new Evidence(r.GetString(9), r.GetString(10)))));
        ReadRows($"SELECT doc_hash, start_offset, end_offset, sentence, type, value, stage, rule FROM timex WHERE doc_hash IN ({list}) ORDER BY doc_hash, idx", args, r =>
            byHash[r.GetString(0)].Timexes.Add(new TimeExpression(
                Span(r, 1), r.GetInt32(3), ParseTimexType(r.GetString(4)), r.GetString(5), new Evidence(r.GetString(6), r.GetString(7)))));
        ReadRows(
            $"SELECT doc_hash, start_offset, end_offset, sentence, kind, speaker_start, speaker_end, speaker_mention, speaker_actor, speaker_country, cue, stage, rule FROM quotes WHERE doc_hash IN ({list}) ORDER BY doc_hash, idx",
            args,
            r =>
            {
                var speaker = r.IsDBNull(5) ? null : new Speaker(Span(r, 5), NullableInt(r, 7), NullableString(r, 8), NullableString(r, 9));
                byHash[r.GetString(0)].Quotes.Add(new Quote(
                    Span(r, 1), r.GetInt32(3), ParseQuoteKind(r.GetString(4)), speaker, NullableString(r, 10), new Evidence(r.GetString(11), r.GetString(12))));
            });
        ReadRows(
            $"""
            SELECT doc_hash, sentence,
                   source_start, source_end, source_mention, source_actor, source_country, source_agent,
                   target_start, target_end, target_mention, target_actor, target_country, target_agent,
                   cameo, plover, goldstein, quad_class, date, date_source,
                   location_start, location_end, location_country, negated, hypothetical, verb_start, verb_end, stage, pattern
            FROM events WHERE doc_hash IN ({list}) ORDER BY doc_hash, idx
            """,
            args,
            r =>
            {
                var source = new EventActor(Span(r, 2), NullableInt(r, 4), NullableString(r, 5), NullableString(r, 6), NullableString(r, 7));
                var target = new EventActor(Span(r, 8), NullableInt(r, 10), NullableString(r, 11), NullableString(r, 12), NullableString(r, 13));
                var location = r.IsDBNull(20) ? null : new EventLocation(Span(r, 20), NullableString(r, 22));
                byHash[r.GetString(0)].Events.Add(new Event(
                    r.GetInt32(1), source, target, r.GetString(14), NullableString(r, 15), r.GetDouble(16), r.GetInt32(17), NullableString(r, 18),
                    r.GetString(19) == "timex" ? DateSource.Timex : DateSource.Publication, location, r.GetBoolean(23), r.GetBoolean(24),
                    Span(r, 25), new Evidence(r.GetString(27), r.GetString(28))));
            });
        ReadRows($"SELECT doc_hash, stage, code, message FROM errors WHERE doc_hash IN ({list}) ORDER BY doc_hash", args, r =>
            byHash[r.GetString(0)].Errors.Add(new DocumentError(r.GetString(1), r.GetString(2), r.GetString(3))));
        return result;
    }

    public RowSet Events(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = EventFilter(query);
        var sql = $"""
            SELECT e.event_id, CAST(e.event_day AS TEXT) AS date, d.id AS doc_id, e.source_actor AS source, e.target_actor AS target,
                   e.cameo, e.quad_class AS quad, e.goldstein, e.verb_text AS verb, e.source_text, e.target_text,
                   e.negated, e.hypothetical, COALESCE(c.cluster_id, e.event_id) AS cluster_id, COALESCE(c.reports, 1) AS reports, e.sentence_text
            FROM events e JOIN documents d ON d.content_hash = e.doc_hash
            LEFT JOIN event_clusters c ON c.event_id = e.event_id
            {where.Sql}
            ORDER BY e.event_day, d.id, e.idx
            LIMIT {Math.Max(1, query.Limit)}
            """;
        return Query(sql, where.Args);
    }

    public RowSet Quotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        if (!string.IsNullOrEmpty(query.Speaker))
        {
            where.Add("(starts_with(q.speaker_actor, {0}) OR strpos(lower(q.speaker_text), lower({0})) > 0)", query.Speaker);
        }

        var sql = $"""
            SELECT d.id AS doc_id, CAST(d.publication_date AS TEXT) AS date, q.sentence, q.speaker_actor AS speaker, q.speaker_text, q.kind, q.cue, q.text
            FROM quotes q JOIN documents d ON d.content_hash = q.doc_hash
            {where.Sql}
            ORDER BY d.publication_date, d.id, q.idx
            LIMIT {Math.Max(1, query.Limit)}
            """;
        return Query(sql, where.Args);
    }

    public RowSet Actors(ActorQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        where.Prefix("actor", query.Prefix);
        var sql = $"""
            WITH a AS (
                SELECT actor, 1 AS m, 0 AS s, 0 AS t FROM mentions WHERE actor IS NOT NULL
                UNION ALL SELECT source_actor, 0, 1, 0 FROM events WHERE source_actor IS NOT NULL
                UNION ALL SELECT target_actor, 0, 0, 1 FROM events WHERE target_actor IS NOT NULL)
            SELECT actor, CAST(SUM(m) AS BIGINT) AS mentions, CAST(SUM(s) AS BIGINT) AS as_source, CAST(SUM(t) AS BIGINT) AS as_target
            FROM a {where.Sql}
            GROUP BY actor
            ORDER BY CAST(SUM(m) + SUM(s) + SUM(t) AS BIGINT) DESC, actor
            LIMIT {Math.Max(1, query.Limit)}
            """;
        return Query(sql, where.Args);
    }

    public RowSet Dyads(DyadQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        where.Add("e.event_day IS NOT NULL");
        where.Add("NOT e.negated");
        where.Add("NOT e.hypothetical");
        where.Prefix("e.source_actor", query.Source);
        where.Prefix("e.target_actor", query.Target);
        var unit = query.Period switch
        {
            Period.Day => "day",
            Period.Week => "week",
            _ => "month",
        };
        var (src, tgt) = query.ByCountry ? ("e.source_country", "e.target_country") : ("e.source_actor", "e.target_actor");
        var sql = $"""
            SELECT {src} AS source, {tgt} AS target, CAST(date_trunc('{unit}', e.event_day) AS DATE) AS period_start,
                   COUNT(*) AS events, AVG(e.goldstein) AS mean_goldstein,
                   COUNT(*) FILTER (WHERE e.quad_class = 1) AS quad1, COUNT(*) FILTER (WHERE e.quad_class = 2) AS quad2,
                   COUNT(*) FILTER (WHERE e.quad_class = 3) AS quad3, COUNT(*) FILTER (WHERE e.quad_class = 4) AS quad4
            FROM events e
            {where.Sql}
            GROUP BY 1, 2, 3
            ORDER BY 3, 1, 2
            """;
        var raw = Query(sql, where.Args);
        var columns = new[] { "source", "target", "period", "events", "mean_goldstein", "quad1", "quad2", "quad3", "quad4" };
        var rows = raw.Rows.Select(row =>
        {
            var start = AsDate(row[2]);
            var label = query.Period switch
            {
                Period.Day => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Period.Week => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(start.ToDateTime(TimeOnly.MinValue)):D2}"),
                _ => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            };
            var mean = row[4] is null ? (double?)null : Math.Round(Convert.ToDouble(row[4], CultureInfo.InvariantCulture), 3);
            return new object?[] { row[0], row[1], label, row[3], mean, row[5], row[6], row[7], row[8] };
        }).ToList();
        return new RowSet(columns, rows);
    }

    public RowSet ExportEvents()
    {
        const string sql = """
            SELECT d.id AS doc_id, CAST(d.publication_date AS TEXT) AS publication_date, d.url, d.source AS doc_source,
                   CAST(d.ingested_at AS TEXT) AS ingested_at, e.paragraph,
                   COALESCE(c.cluster_id, e.event_id) AS cluster_id, COALESCE(c.reports, 1) AS reports,
                   e.event_id, e.sentence, CAST(e.event_day AS TEXT) AS event_day, e.date, e.date_source,
                   e.source_text, e.source_start, e.source_end, e.source_mention, e.source_actor, e.source_country, e.source_agent,
                   e.target_text, e.target_start, e.target_end, e.target_mention, e.target_actor, e.target_country, e.target_agent,
                   e.cameo, e.cameo_root, e.plover, e.goldstein, e.quad_class,
                   e.location_text, e.location_start, e.location_end, e.location_country, e.negated, e.hypothetical,
                   e.verb_text, e.verb_start, e.verb_end, e.pattern, e.stage, e.sentence_text
            FROM events e JOIN documents d ON d.content_hash = e.doc_hash
            LEFT JOIN event_clusters c ON c.event_id = e.event_id
            ORDER BY e.event_day, d.id, e.idx
            """;
        return Query(sql, []);
    }

    public RowSet ClusterCandidates()
    {
        const string sql = """
            SELECT e.event_id, e.doc_hash, e.source_actor, e.target_actor, e.cameo_root, CAST(e.event_day AS TEXT) AS event_day, e.sentence_text, e.verb_text
            FROM events e
            WHERE e.event_day IS NOT NULL AND e.source_actor IS NOT NULL AND e.target_actor IS NOT NULL
            ORDER BY e.source_actor, e.target_actor, e.cameo_root, e.event_day, e.event_id
            """;
        return Query(sql, []);
    }

    public void WriteClusters(IReadOnlyList<(string EventId, string ClusterId, int Reports)> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        using var tx = Live.BeginTransaction();
        Execute("DELETE FROM event_clusters");
        using (var w = OpenWriter(StoreSchema.EventClusters))
        {
            foreach (var (eventId, clusterId, reports) in clusters)
            {
                w.StartRow();
                w.Add(eventId);
                w.Add(clusterId);
                w.Add((int?)reports);
                w.EndRow();
            }

            w.Complete();
        }

        tx.Commit();
    }

    public StoreCounts Counts()
    {
        long Count(string table) => Convert.ToInt64(Scalar($"SELECT COUNT(*) FROM {table}"), CultureInfo.InvariantCulture);
        return new StoreCounts(Count("documents"), Count("events"), Count("mentions"), Count("quotes"), Count("errors"));
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Connection.Dispose();
        }
    }

    protected DbCommand Command(string sql, params object?[] args)
    {
        var cmd = Live.CreateCommand();
        cmd.CommandText = sql;
        foreach (var a in args)
        {
            cmd.Parameters.Add(Parameter(a));
        }

        return cmd;
    }

    protected void Execute(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        cmd.ExecuteNonQuery();
    }

    protected object? Scalar(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    internal RowSet Query(string sql, params object?[] args)
    {
        using var cmd = Command(sql, args);
        using var r = cmd.ExecuteReader();
        var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToArray();
        var rows = new List<object?[]>();
        while (r.Read())
        {
            var row = new object?[r.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = r.IsDBNull(i) ? null : Plain(r.GetValue(i));
            }

            rows.Add(row);
        }

        return new RowSet(columns, rows);
    }

    private void ReadRows(string sql, object?[] args, Action<DbDataReader> each)
    {
        using var cmd = Command(sql, args);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            each(r);
        }
    }

    /// <summary>Backend-neutral values: dates as dates, wide integers as long.</summary>
    private static object Plain(object value) => value switch
    {
        DateTime dt => DateOnly.FromDateTime(dt),
        System.Numerics.BigInteger b => (long)b,
        Int128 i => (long)i,
        decimal m => (double)m,
        _ => value,
    };

    private static DateOnly AsDate(object? value) => value switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s => DateOnly.Parse(s, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"not a date: {value}"),
    };

    private static DateOnly? ReadDate(DbDataReader r, int i) => r.IsDBNull(i) ? null : AsDate(r.GetValue(i));

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static int? NullableInt(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static TextSpan Span(DbDataReader r, int i) => TextSpan.FromBounds(r.GetInt32(i), r.GetInt32(i + 1));

    private static string InList(int count, int first) =>
        string.Join(", ", Enumerable.Range(first, count).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)));

    private static MentionKind ParseMentionKind(string value) => value switch
    {
        "country" => MentionKind.Country,
        "person" => MentionKind.Person,
        "organization" => MentionKind.Organization,
        "location" => MentionKind.Location,
        _ => MentionKind.Group,
    };

    private static QuoteKind ParseQuoteKind(string value) => value switch
    {
        "direct" => QuoteKind.Direct,
        "partial" => QuoteKind.Partial,
        _ => QuoteKind.Indirect,
    };

    private static TimexType ParseTimexType(string value) => value switch
    {
        "DATE" => TimexType.Date,
        "TIME" => TimexType.Time,
        "DURATION" => TimexType.Duration,
        _ => TimexType.Set,
    };

    /// <summary>Builds a WHERE clause whose values are always positional parameters, never spliced text.</summary>
    private sealed class Where
    {
        private readonly List<string> _clauses = [];
        private readonly List<object?> _args = [];

        public object?[] Args => [.. _args];

        public string Sql => _clauses.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", _clauses);

        public void Add(string clause, params object?[] values)
        {
            var placeholders = new object[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                _args.Add(values[i]);
                placeholders[i] = "$" + _args.Count.ToString(CultureInfo.InvariantCulture);
            }

            _clauses.Add(string.Format(CultureInfo.InvariantCulture, clause, placeholders));
        }

        public void Prefix(string column, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Add($"starts_with({column}, {{0}})", value.ToUpperInvariant());
            }
        }

        public void Equal(string column, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                Add($"{column} = {{0}}", value);
            }
        }
    }
}
