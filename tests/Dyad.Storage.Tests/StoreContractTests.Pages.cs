using Dyad.Core;

namespace Dyad.Storage.Tests;

/// <summary>Keyset pages (<see cref="IStorePages"/>): walking them visits every row once, in order, and ends.</summary>
public abstract partial class StoreContractTests
{
    /// <summary>Documents with distinct texts (so distinct hashes), publication days and event days; two undated plain ones.</summary>
    private static IDocumentStore StoreForPages(Func<IDocumentStore> open)
    {
        var store = open();
        var batch = new List<StoredDocument>();
        for (int i = 0; i < 7; i++)
        {
            // Days repeat (i % 3) so that ties are broken by the later sort columns.
            var day = new DateOnly(2017, 7, 10 + (i % 3));
            var text = TestDocuments.KoreaText + " " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            batch.Add(TestDocuments.Stored(TestDocuments.Korea($"kor-{i}", date: day, eventDate: day.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text: text)));
        }

        batch.Add(TestDocuments.Stored(TestDocuments.Plain("undated-b", "Nothing happened.")));
        batch.Add(TestDocuments.Stored(TestDocuments.Plain("undated-a", "Nothing happened again.")));
        store.Write(batch, []);
        return store;
    }

    private static List<object?[]> Walk(Func<PageKey?, KeysetPage> page, out int pages)
    {
        var rows = new List<object?[]>();
        PageKey? after = null;
        pages = 0;
        do
        {
            var p = page(after);
            rows.AddRange(p.Rows.Rows);
            after = p.Next;
            pages++;
            Assert.True(pages < 100, "paging ends");
        }
        while (after is not null);
        return rows;
    }

    [Theory]
    [InlineData(1)] // every row its own page: each key is exercised
    [InlineData(2)] // pages split ties of one day
    [InlineData(100)] // one page, no next key
    public void Event_pages_visit_every_event_once_in_day_order(int limit)
    {
        using var store = StoreForPages(OpenFresh);
        var pages = (IStorePages)store;
        var rows = Walk(after => pages.EventPage(new EventQuery { Source = "KOR", Limit = limit }, after), out int count);
        AssertPagesOfSeven(rows, count, limit);

        // Either side (the target here), with another filter: the same walk.
        rows = Walk(after => pages.EventPage(new EventQuery { Actor = "prk", Quad = 1, Limit = limit }, after), out count);
        AssertPagesOfSeven(rows, count, limit);
        Assert.Empty(pages.EventPage(new EventQuery { Actor = "PRK", Quad = 2 }, null).Rows.Rows);
    }

    private static void AssertPagesOfSeven(List<object?[]> rows, int count, int limit)
    {
        var ids = rows.Select(r => (string)r[0]!).ToList();
        Assert.Equal(7, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal((7 + limit - 1) / limit, count);
        var keys = rows.Select(r => ((string)r[1]!, (string)r[0]!)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
    }

    [Fact]
    public void Event_pages_past_the_last_dated_row_hold_only_undated_events()
    {
        using var store = StoreForPages(OpenFresh);
        var page = ((IStorePages)store).EventPage(new EventQuery(), new PageKey([null, ""]));
        Assert.Empty(page.Rows.Rows);
        Assert.Null(page.Next);
    }

    [Theory]
    [InlineData(1)] // crosses from dated to undated documents on a page boundary
    [InlineData(4)] // a page holds dated and undated documents
    public void Document_list_is_newest_first_then_by_id_with_undated_last(int limit)
    {
        using var store = StoreForPages(OpenFresh);
        var rows = Walk(after => ((IStorePages)store).DocumentList(new DocumentListQuery(Limit: limit), after), out _);

        var ids = rows.Select(r => (string)r[0]!).ToList();
        Assert.Equal(["kor-2", "kor-5", "kor-1", "kor-4", "kor-0", "kor-3", "kor-6", "undated-a", "undated-b"], ids);
        var korea = rows[0];
        Assert.Equal("2017-07-12", korea[1]);
        Assert.Equal("Talks", korea[2]);
        Assert.Equal(2L, Convert.ToInt64(korea[5], System.Globalization.CultureInfo.InvariantCulture)); // sentences
        Assert.Equal(1L, Convert.ToInt64(korea[6], System.Globalization.CultureInfo.InvariantCulture)); // events
        Assert.Equal(1L, Convert.ToInt64(korea[7], System.Globalization.CultureInfo.InvariantCulture)); // quotes
        Assert.Equal(4L, Convert.ToInt64(korea[8], System.Globalization.CultureInfo.InvariantCulture)); // mentions
        Assert.DoesNotContain("content_hash", ((IStorePages)store).DocumentList(new DocumentListQuery(), null).Rows.Columns);
    }

    public static TheoryData<string, DocumentListQuery, int> DocumentListFilters() => new()
    {
        // Actor filters match a mention's code as a prefix.
        { "actor mentioned", new DocumentListQuery(Actor: "JPN"), 7 },
        { "actor absent", new DocumentListQuery(Actor: "USA"), 0 },
        { "from: inclusive, undated excluded", new DocumentListQuery(From: new DateOnly(2017, 7, 12)), 2 },
        { "to: inclusive", new DocumentListQuery(To: new DateOnly(2017, 7, 10)), 3 },
        { "injection text is a value", new DocumentListQuery(Actor: "X') OR 1=1 --"), 0 },
    };

    [Theory]
    [MemberData(nameof(DocumentListFilters))]
    public void Document_list_filters(string reason, DocumentListQuery query, int expected)
    {
        using var store = StoreForPages(OpenFresh);
        Assert.True(expected == ((IStorePages)store).DocumentList(query, null).Rows.Rows.Count, reason);
    }

    [Fact]
    public void Quote_pages_visit_every_quote_once()
    {
        using var store = StoreForPages(OpenFresh);
        var rows = Walk(after => ((IStorePages)store).QuotePage(new QuoteQuery("JPN", 2), after), out int pages);
        Assert.Equal(7, rows.Count);
        Assert.Equal(4, pages);
        Assert.Equal(7, rows.Select(r => r[0]).Distinct().Count());
        Assert.DoesNotContain("doc_hash", ((IStorePages)store).QuotePage(new QuoteQuery(null), null).Rows.Columns);
    }

    [Theory]
    [InlineData("2017-07-10", null)] // too few values
    [InlineData("not a day", "x")] // the day is not a date
    public void Malformed_page_keys_are_format_errors_not_database_errors(string day, string? id)
    {
        using var store = StoreForPages(OpenFresh);
        string?[] values = id is null ? [day] : [day, id];
        Assert.Throws<FormatException>(() => ((IStorePages)store).EventPage(new EventQuery(), new PageKey(values)));
    }
}
