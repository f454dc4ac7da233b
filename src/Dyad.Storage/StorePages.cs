using System.Globalization;

namespace Dyad.Storage;

/// <summary>
/// Pages of a store for browsing (the HTTP API): keyset paging in SQL, so a page costs the same wherever it lies,
/// and a document list that reads no text or annotations.
/// </summary>
public interface IStorePages
{
    /// <summary>Documents, newest publication date first (undated last), then by id: id, date, title and counts.</summary>
    KeysetPage DocumentList(DocumentListQuery query, PageKey? after);

    /// <summary>Events matching <paramref name="query"/> by day (undated last), then event id; <see cref="EventQuery.Limit"/> rows at most.</summary>
    KeysetPage EventPage(EventQuery query, PageKey? after);

    /// <summary>Quotes by their document's publication date (undated last), document and position.</summary>
    KeysetPage QuotePage(QuoteQuery query, PageKey? after);
}

/// <summary>Filters of the document list: documents mentioning an actor (code prefix), published within dates.</summary>
public sealed record DocumentListQuery(string? Actor = null, DateOnly? From = null, DateOnly? To = null, int Limit = 100);

/// <summary>
/// Where a page ends: the sort values of its last row, as text (dates as YYYY-MM-DD, null for an undated row).
/// Callers treat it as opaque; the store checks its shape before using it as query parameters.
/// </summary>
public sealed record PageKey(IReadOnlyList<string?> Values);

/// <summary>A page of rows and the key after its last row (null on the last page).</summary>
public sealed record KeysetPage(RowSet Rows, PageKey? Next);

public abstract partial class SqlStore : IStorePages
{
    /// <summary>The backend's physical row id, when a page is faster chosen by id and then read (null: one query).</summary>
    protected virtual string? RowIdColumn => null;

    /// <summary>A parameter holding an array of row ids, cast to the backend's array type.</summary>
    protected virtual string RowIdListParameter => "$1";

    public KeysetPage DocumentList(DocumentListQuery query, PageKey? after)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        if (!string.IsNullOrEmpty(query.Actor))
        {
            where.Add("d.content_hash IN (SELECT m.doc_hash FROM mentions m WHERE starts_with(m.actor, {0}))", query.Actor.ToUpperInvariant());
        }

        if (query.From is { } from)
        {
            where.Add("d.publication_date >= {0}", from);
        }

        if (query.To is { } to)
        {
            where.Add("d.publication_date <= {0}", to);
        }

        if (after is not null)
        {
            var (day, rest) = Key(after, 3);
            AddKeyset(where, "d.publication_date", descending: true, day, "(d.id > {1} OR (d.id = {1} AND d.content_hash > {2}))", rest[0], rest[1]);
        }

        int limit = Math.Max(1, query.Limit);

        // The page is chosen first; only its documents' annotations are counted.
        var sql = $"""
            WITH page AS (
                SELECT d.content_hash, d.id, d.publication_date, d.title, d.url, d.chars, d.sentences
                FROM documents d
                {where.Sql}
                ORDER BY d.publication_date DESC NULLS LAST, d.id, d.content_hash
                LIMIT {limit + 1})
            SELECT p.id, CAST(p.publication_date AS TEXT) AS publication_date, p.title, p.url, p.chars,
                   CASE WHEN p.sentences IS NULL OR p.sentences = '' THEN 0 ELSE length(p.sentences) - length(replace(p.sentences, ' ', '')) + 1 END AS sentences,
                   COALESCE(ev.n, 0) AS events, COALESCE(qu.n, 0) AS quotes, COALESCE(me.n, 0) AS mentions, p.content_hash
            FROM page p
            LEFT JOIN (SELECT doc_hash, COUNT(*) AS n FROM events WHERE doc_hash IN (SELECT content_hash FROM page) GROUP BY doc_hash) ev ON ev.doc_hash = p.content_hash
            LEFT JOIN (SELECT doc_hash, COUNT(*) AS n FROM quotes WHERE doc_hash IN (SELECT content_hash FROM page) GROUP BY doc_hash) qu ON qu.doc_hash = p.content_hash
            LEFT JOIN (SELECT doc_hash, COUNT(*) AS n FROM mentions WHERE doc_hash IN (SELECT content_hash FROM page) GROUP BY doc_hash) me ON me.doc_hash = p.content_hash
            ORDER BY p.publication_date DESC NULLS LAST, p.id, p.content_hash
            """;
        return Trim(Query(sql, where.Args), limit, row => [Text(row[1]), Text(row[0]), Text(row[9])], drop: ["content_hash"]);
    }

    public KeysetPage EventPage(EventQuery query, PageKey? after)
    {
        ArgumentNullException.ThrowIfNull(query);
        Where Filter(EventQuery q)
        {
            var w = EventFilter(q);
            if (after is not null)
            {
                var (day, rest) = Key(after, 2);
                AddKeyset(w, "e.event_day", descending: false, day, "e.event_id > {1}", rest[0]);
            }

            return w;
        }

        var where = Filter(query);

        int limit = Math.Max(1, query.Limit);

        // Filter and cut the page on the events table alone, then look up the page's documents and clusters by key:
        // joining the documents table costs a scan of it (hundreds of ms at a million events), a key list is a
        // primary-key lookup.
        var clusterJoin = query.Clusters ? "LEFT JOIN event_clusters c ON c.event_id = e.event_id" : string.Empty;
        const string Columns = """
            e.event_id, CAST(e.event_day AS TEXT) AS date, e.doc_hash, e.source_actor AS source, e.target_actor AS target,
            e.cameo, e.quad_class AS quad, e.goldstein, e.verb_text AS verb, e.source_text, e.target_text,
            e.negated, e.hypothetical, e.sentence_text
            """;
        const string Order = "ORDER BY e.event_day NULLS LAST, e.event_id";
        RowSet page;
        if (RowIdColumn is { } rowid)
        {
            // Sorting whole rows to keep a hundred costs more than finding them: choose the page by row id on the
            // sort columns alone, then read those rows. One transaction, so both steps see the same rows.
            using var tx = Live.BeginTransaction();
            var choose = $"SELECT e.{rowid} FROM events e {clusterJoin} {where.Sql} {Order} LIMIT {limit + 1}";
            if (query is { Actor.Length: > 0, Source: null, Target: null })
            {
                // Either side: an OR of two columns defeats the range filters and min/max skipping, so take the best
                // page of each side and merge them. Both branches number their parameters alike (the side's prefix
                // is $1, the same filters follow in the same order), so one argument list serves both.
                var asSource = Filter(query with { Actor = null, Source = query.Actor });
                var asTarget = Filter(query with { Actor = null, Target = query.Actor });
                where = asSource;
                choose = $"""
                    SELECT u.row_key FROM (
                        (SELECT e.{rowid} AS row_key, e.event_day, e.event_id FROM events e {clusterJoin} {asSource.Sql} {Order} LIMIT {limit + 1})
                        UNION ALL
                        (SELECT e.{rowid} AS row_key, e.event_day, e.event_id FROM events e {clusterJoin} {asTarget.Sql}
                            AND (e.source_actor IS NULL OR NOT starts_with(e.source_actor, $1)) {Order} LIMIT {limit + 1})) u
                    ORDER BY u.event_day NULLS LAST, u.event_id
                    LIMIT {limit + 1}
                    """;
            }

            var chosen = Query(choose, where.Args).Rows
                .Select(r => Convert.ToInt64(r[0], CultureInfo.InvariantCulture)).ToArray();
            page = Query($"SELECT {Columns} FROM events e WHERE e.{rowid} IN (SELECT UNNEST({RowIdListParameter})) {Order}", [chosen]);
            tx.Commit();
        }
        else
        {
            page = Query($"SELECT {Columns} FROM events e {clusterJoin} {where.Sql} {Order} LIMIT {limit + 1}", where.Args);
        }

        var rows = page.Rows;
        var docIds = Lookup("SELECT content_hash, id FROM documents WHERE content_hash IN ({0})", rows.Select(r => r[2]));
        var clusters = Lookup("SELECT event_id, cluster_id, reports FROM event_clusters WHERE event_id IN ({0})", rows.Select(r => r[0]));
        string[] columns = ["event_id", "date", "doc_id", "source", "target", "cameo", "quad", "goldstein", "verb", "source_text", "target_text",
            "negated", "hypothetical", "cluster_id", "reports", "sentence_text"];
        var joined = rows.Select(r =>
        {
            var id = (string)r[0]!;
            var cluster = clusters.GetValueOrDefault(id);
            return new object?[]
            {
                id, r[1], docIds.GetValueOrDefault((string)r[2]!)?[1], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                cluster?[1] ?? id, cluster?[2] ?? 1, r[13],
            };
        }).ToList();
        return Trim(new RowSet(columns, joined), limit, row => [Text(row[1]), Text(row[0])]);
    }

    /// <summary>Rows keyed by their first column, for a set of keys given as parameters (<c>{0}</c> in <paramref name="sql"/> is the list).</summary>
    private Dictionary<string, object?[]> Lookup(string sql, IEnumerable<object?> keys)
    {
        var distinct = keys.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var result = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        if (distinct.Length == 0)
        {
            return result;
        }

        var list = string.Join(", ", Enumerable.Range(1, distinct.Length).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)));
        foreach (var row in Query(string.Format(CultureInfo.InvariantCulture, sql, list), [.. distinct.Cast<object?>()]).Rows)
        {
            result[(string)row[0]!] = row;
        }

        return result;
    }

    public KeysetPage QuotePage(QuoteQuery query, PageKey? after)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new Where();
        if (!string.IsNullOrEmpty(query.Speaker))
        {
            where.Add("(starts_with(q.speaker_actor, {0}) OR strpos(lower(q.speaker_text), lower({0})) > 0)", query.Speaker);
        }

        if (after is not null)
        {
            var (day, rest) = Key(after, 3);
            if (!int.TryParse(rest[1], NumberStyles.None, CultureInfo.InvariantCulture, out int idx))
            {
                throw new FormatException("page key: the quote position is not a number");
            }

            AddKeyset(where, "d.publication_date", descending: false, day, "(q.doc_hash > {1} OR (q.doc_hash = {1} AND q.idx > {2}))", rest[0], idx);
        }

        int limit = Math.Max(1, query.Limit);
        var sql = $"""
            SELECT d.id AS doc_id, CAST(d.publication_date AS TEXT) AS date, q.sentence, q.speaker_actor AS speaker, q.speaker_text, q.kind, q.cue, q.text,
                   q.doc_hash, q.idx
            FROM quotes q JOIN documents d ON d.content_hash = q.doc_hash
            {where.Sql}
            ORDER BY d.publication_date NULLS LAST, q.doc_hash, q.idx
            LIMIT {limit + 1}
            """;
        return Trim(Query(sql, where.Args), limit, row => [Text(row[1]), Text(row[8]), Text(row[9])], drop: ["doc_hash", "idx"]);
    }

    /// <summary>The filters of an event query as a parameterized WHERE clause (shared by the list and the pages).</summary>
    private static Where EventFilter(EventQuery query)
    {
        var where = new Where();
        PrefixRange(where, "e.source_actor", query.Source);
        PrefixRange(where, "e.target_actor", query.Target);
        if (!string.IsNullOrEmpty(query.Actor))
        {
            where.Add("(starts_with(e.source_actor, {0}) OR starts_with(e.target_actor, {0}))", query.Actor.ToUpperInvariant());
        }

        where.Prefix("e.cameo", query.Code);
        where.Equal("e.cameo_root", query.Root);
        if (query.From is { } from)
        {
            where.Add("e.event_day >= {0}", from);
        }

        if (query.To is { } to)
        {
            where.Add("e.event_day <= {0}", to);
        }

        if (query.Quad is { } quad)
        {
            where.Add("e.quad_class = {0}", quad);
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            where.Add("strpos(lower(e.sentence_text), lower({0})) > 0", query.Text);
        }

        if (query.Clusters)
        {
            where.Add("(c.cluster_id IS NULL OR c.cluster_id = e.event_id)");
        }

        return where;
    }

    /// <summary>
    /// Rows after a key whose first column is a nullable day sorted with nulls last; <paramref name="tieBreak"/>
    /// compares the remaining columns, its values numbered from {1} ({0} is the day).
    /// </summary>
    private static void AddKeyset(Where where, string dayColumn, bool descending, DateOnly? day, string tieBreak, params object?[] rest)
    {
        if (day is { } d)
        {
            string beyond = descending ? "<" : ">";
            where.Add($"({dayColumn} {beyond} {{0}} OR ({dayColumn} = {{0}} AND {tieBreak}) OR {dayColumn} IS NULL)", [d, .. rest]);
        }
        else
        {
            // Past the last dated row only undated rows remain; renumber the tie-break's values from {0}.
            var renumbered = string.Format(CultureInfo.InvariantCulture, tieBreak, [string.Empty, .. Enumerable.Range(0, rest.Length).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}")]);
            where.Add($"({dayColumn} IS NULL AND {renumbered})", rest);
        }
    }

    /// <summary>
    /// A code prefix as a range as well as a prefix test: the scan evaluates plain comparisons on compressed data and
    /// against each row group's min/max, several times faster than the function over a million rows; the prefix test
    /// keeps the result exact whatever the collation.
    /// </summary>
    private static void PrefixRange(Where where, string column, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var prefix = value.ToUpperInvariant();
        char last = prefix[^1];
        if (last is >= '0' and < 'Z')
        {
            var next = string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(last + 1)).ToString());
            where.Add($"{column} >= {{0}} AND {column} < {{1}} AND starts_with({column}, {{0}})", prefix, next);
        }
        else
        {
            where.Add($"starts_with({column}, {{0}})", prefix);
        }
    }

    /// <summary>Checks a page key's shape: a day (or null) then <paramref name="count"/> − 1 non-null values.</summary>
    private static (DateOnly? Day, string[] Others) Key(PageKey key, int count)
    {
        if (key.Values.Count != count || key.Values.Skip(1).Any(v => v is null))
        {
            throw new FormatException($"page key: expected {count} values");
        }

        DateOnly? day = null;
        if (key.Values[0] is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                throw new FormatException("page key: the day is not YYYY-MM-DD");
            }

            day = d;
        }

        return (day, [.. key.Values.Skip(1).Select(v => v!)]);
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>Keeps <paramref name="limit"/> rows (the query asked for one more to learn whether a next page exists) and drops key-only columns.</summary>
    private static KeysetPage Trim(RowSet rows, int limit, Func<object?[], string?[]> key, string[]? drop = null)
    {
        bool more = rows.Rows.Count > limit;
        var kept = more ? rows.Rows.Take(limit).ToList() : rows.Rows.ToList();
        var next = more ? new PageKey(key(kept[^1])) : null;
        if (drop is { Length: > 0 })
        {
            var keep = Enumerable.Range(0, rows.Columns.Count).Where(i => !drop.Contains(rows.Columns[i], StringComparer.Ordinal)).ToArray();
            kept = [.. kept.Select(row => keep.Select(i => row[i]).ToArray())];
            return new KeysetPage(new RowSet([.. keep.Select(i => rows.Columns[i])], kept), next);
        }

        return new KeysetPage(new RowSet(rows.Columns, kept), next);
    }
}
