using Dyad.Core;
using Dyad.Core.Serialization;

namespace Dyad.Storage.Tests;

/// <summary>The behaviour every backend must share; each backend's test class opens its own fresh store.</summary>
public abstract partial class StoreContractTests
{
    protected abstract IDocumentStore OpenFresh();

    private static readonly DateOnly July19 = new(2017, 7, 19);

    [Fact]
    public void Roundtrip_keeps_every_field_of_the_output_contract()
    {
        using var store = OpenFresh();
        var korea = TestDocuments.Korea();
        var plain = TestDocuments.Plain("plain", "Nothing happened today.");
        store.Write([TestDocuments.Stored(korea), TestDocuments.Stored(plain)], []);

        var loaded = store.LoadDocuments(store.AllDocuments());

        Assert.Equal(2, loaded.Count);
        Assert.Equal(DocumentJson.ToJson(korea), DocumentJson.ToJson(loaded.Single(d => d.Id == "kor-1")));
        Assert.Equal(DocumentJson.ToJson(plain), DocumentJson.ToJson(loaded.Single(d => d.Id == "plain")));
    }

    [Fact]
    public void A_failing_batch_stores_none_of_its_rows()
    {
        using var store = OpenFresh();
        var first = TestDocuments.Stored(TestDocuments.Korea("first"));
        store.Write([first], []);
        var before = store.Counts();

        // The second document repeats a stored key: the whole batch, including the new document, must be rejected.
        var fresh = TestDocuments.Stored(TestDocuments.Korea("fresh", date: new DateOnly(2017, 7, 20)));
        Assert.ThrowsAny<Exception>(() => store.Write([fresh, first], []));

        Assert.Equal(before, store.Counts());
        Assert.Empty(store.FindDocuments("fresh"));
    }

    public static TheoryData<string, EventQuery, int> EventFilters() => new()
    {
        // Actor codes match as prefixes, case-insensitively.
        { "source country prefix", new EventQuery { Source = "KOR" }, 4 },
        { "source full code", new EventQuery { Source = "kormil" }, 4 },
        { "source code absent", new EventQuery { Source = "KORGOV" }, 0 },
        { "target", new EventQuery { Target = "PRK" }, 4 },
        { "either side", new EventQuery { Actor = "PRK" }, 4 },
        { "cameo prefix", new EventQuery { Code = "03" }, 3 },
        { "cameo root", new EventQuery { Root = "19" }, 1 },
        { "from: inclusive", new EventQuery { From = new DateOnly(2017, 8, 2) }, 1 },
        { "to: inclusive", new EventQuery { To = new DateOnly(2017, 7, 17) }, 1 },
        { "quad class", new EventQuery { Quad = 1 }, 3 },
        { "sentence words, any case", new EventQuery { Text = "DEFENSE ministry" }, 4 },
        { "sentence words absent", new EventQuery { Text = "volcano" }, 0 },
        { "filters combine", new EventQuery { Source = "KOR", Quad = 4, Root = "19" }, 1 },

        // Values are parameters: SQL in a filter is only an odd actor code.
        { "injection attempt", new EventQuery { Source = "'; DROP TABLE events; --" }, 0 },
    };

    [Theory]
    [MemberData(nameof(EventFilters))]
    public void Events_are_filtered(string reason, EventQuery query, int expected)
    {
        using var store = OpenFresh();
        WriteFourEvents(store);

        var rows = store.Events(query);

        Assert.True(expected == rows.Rows.Count, $"{reason}: expected {expected}, got {rows.Rows.Count}");
        Assert.Equal(4, store.Counts().Events);
    }

    [Fact]
    public void Dyads_aggregate_per_month_with_goldstein_and_quad_counts()
    {
        using var store = OpenFresh();
        WriteFourEvents(store);

        var rows = store.Dyads(new DyadQuery("KOR", "PRK", Period.Month)).Rows.Select(r => Values(r)).ToList();

        // July: 036 (4.0) and 031 (3.0), both quad 1; the negated July event is left out; August: 190 (-10), quad 4.
        Assert.Equal(2, rows.Count);
        Assert.Equal(["KORMIL", "PRK", "2017-07", "2", "3.5", "2", "0", "0", "0"], rows[0]);
        Assert.Equal(["KORMIL", "PRK", "2017-08", "1", "-10", "0", "0", "0", "1"], rows[1]);
    }

    [Theory]
    [InlineData(Period.Day, "2017-07-17")] // the event day, not the publication day
    [InlineData(Period.Week, "2017-W29")] // ISO week of Monday 17 July 2017
    [InlineData(Period.Month, "2017-07")]
    public void Dyads_label_their_period(Period period, string first)
    {
        using var store = OpenFresh();
        WriteFourEvents(store);

        var rows = store.Dyads(new DyadQuery(null, null, period));

        Assert.Equal(first, rows.Rows[0][2]);
    }

    [Fact]
    public void Dyads_by_country_merge_actor_codes()
    {
        using var store = OpenFresh();
        WriteFourEvents(store);

        var rows = store.Dyads(new DyadQuery("KOR", null, Period.Month, ByCountry: true)).Rows;

        Assert.Equal("KOR", rows[0][0]);
        Assert.Equal("PRK", rows[0][1]);
    }

    [Theory]
    [InlineData("JPN", 4)] // speaker actor code prefix
    [InlineData("senior OFFICIAL", 4)] // words of the speaker's text
    [InlineData("KOR", 0)] // no Korean speaker
    public void Quotes_are_found_by_speaker(string speaker, int expected)
    {
        using var store = OpenFresh();
        WriteFourEvents(store);

        Assert.Equal(expected, store.Quotes(new QuoteQuery(speaker)).Rows.Count);
    }

    [Fact]
    public void Actors_count_mentions_and_event_roles()
    {
        using var store = OpenFresh();
        WriteFourEvents(store);

        var rows = store.Actors(new ActorQuery("KOR")).Rows;

        var kormil = Assert.Single(rows);
        Assert.Equal(["KORMIL", "4", "4", "0"], Values(kormil));
    }

    [Fact]
    public void Replacing_a_document_drops_its_old_rows()
    {
        using var store = OpenFresh();
        var original = TestDocuments.Korea();
        store.Write([TestDocuments.Stored(original, "v1")], []);
        var recoded = TestDocuments.Plain(original.Id, original.Text, original.PublicationDate);

        store.Write([TestDocuments.Stored(recoded, "v2") with { Replaces = true }], []);

        var counts = store.Counts();
        Assert.Equal(new StoreCounts(1, 0, 0, 0, 0), counts);
        Assert.Empty(store.StaleDocuments("v2"));
        Assert.Single(store.StaleDocuments("v3"));
    }

    [Fact]
    public void Read_errors_are_stored_with_their_key()
    {
        using var store = OpenFresh();
        var error = new StoredReadError("bad.txt", DyadErrors.InvalidUtf8, "invalid UTF-8 at byte 3");

        store.Write([], [error]);

        Assert.Contains(error.Key, store.ReadErrorKeys());
        Assert.Equal(1, store.Counts().Errors);
    }

    [Fact]
    public void Show_finds_documents_by_id_or_hash_prefix()
    {
        using var store = OpenFresh();
        var stored = TestDocuments.Stored(TestDocuments.Korea());
        store.Write([stored], []);

        Assert.Equal([stored.ContentHash], store.FindDocuments("kor-1"));
        Assert.Equal([stored.ContentHash], store.FindDocuments(stored.ContentHash[..10]));
        Assert.Empty(store.FindDocuments(stored.ContentHash[..4]));
    }

    [Fact]
    public void Reports_of_one_event_form_one_cluster()
    {
        using var store = OpenFresh();

        // Two outlets report the same proposal a day apart; a third document reports an unrelated event of the dyad.
        var a = TestDocuments.Korea("outlet-a", date: July19, eventDate: "2017-07-17");
        var b = TestDocuments.Korea("outlet-b", date: new DateOnly(2017, 7, 20), eventDate: "2017-07-18");
        var c = TestDocuments.Korea("other", date: new DateOnly(2017, 9, 1), eventDate: "2017-09-01");
        store.Write([TestDocuments.Stored(a), TestDocuments.Stored(b), TestDocuments.Stored(c)], []);

        int clusters = EventClusters.Rebuild(store);

        Assert.Equal(2, clusters);
        var rows = store.Events(new EventQuery { Clusters = true });
        Assert.Equal(2, rows.Rows.Count);
        int reports = rows.Columns.ToList().IndexOf("reports");
        Assert.Equal([2, 1], rows.Rows.Select(r => Convert.ToInt32(r[reports], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Export_rows_carry_document_and_cluster_columns()
    {
        using var store = OpenFresh();
        store.Write([TestDocuments.Stored(TestDocuments.Korea())], []);

        var rows = store.ExportEvents();

        var row = Assert.Single(rows.Rows);
        var get = (string name) => RowSetWriter.Format(row[rows.Columns.ToList().IndexOf(name)]);
        Assert.Equal("kor-1", get("doc_id"));
        Assert.Equal("036", get("cameo"));
        Assert.Equal("2017-07-17", get("event_day"));
        Assert.Equal("0", get("paragraph"));
        Assert.Equal(get("event_id"), get("cluster_id"));
    }

    /// <summary>KORMIL→PRK: 036 on 17 July, 031 on 20 July, 190 on 2 August, and a negated 036 on 24 July.</summary>
    private static void WriteFourEvents(IDocumentStore store)
    {
        store.Write(
        [
            TestDocuments.Stored(TestDocuments.Korea("a", date: July19, cameo: "036", goldstein: 4.0, quad: 1, eventDate: "2017-07-17")),
            TestDocuments.Stored(TestDocuments.Korea("b", date: new DateOnly(2017, 7, 21), cameo: "031", goldstein: 3.0, quad: 1, eventDate: "2017-07-20")),
            TestDocuments.Stored(TestDocuments.Korea("c", date: new DateOnly(2017, 8, 3), cameo: "190", goldstein: -10.0, quad: 4, eventDate: "2017-08-02")),
            TestDocuments.Stored(TestDocuments.Korea("negated", date: new DateOnly(2017, 7, 25), cameo: "036", goldstein: 4.0, quad: 1, eventDate: "2017-07-24", negated: true)),
        ],
        []);
    }

    private static string[] Values(object?[] row) => row.Select(RowSetWriter.Format).ToArray();
}
