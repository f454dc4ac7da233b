using Dyad.Core;

namespace Dyad.Storage.Tests;

public sealed class ExportTests
{
    [Fact]
    public void Gdelt_rows_have_the_61_columns_of_the_event_table_and_keep_code_strings()
    {
        using var store = DuckDbStore.Open(":memory:");
        store.Write([TestDocuments.Stored(TestDocuments.Korea())], []);
        var output = new StringWriter();

        int rows = GdeltExport.Write(store.ExportEvents(), output);

        Assert.Equal(1, rows);
        var fields = output.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(61, fields.Length);
        var col = (string name) => fields[GdeltExport.Columns.ToList().IndexOf(name)];
        Assert.Equal("20170717", col("SQLDATE"));
        Assert.Equal("201707", col("MonthYear"));
        Assert.Equal("KORMIL", col("Actor1Code"));
        Assert.Equal("MIL", col("Actor1Type1Code"));
        Assert.Equal("PRK", col("Actor2Code"));
        Assert.Equal(("036", "036", "03"), (col("EventCode"), col("EventBaseCode"), col("EventRootCode")));
        Assert.Equal("1", col("IsRootEvent"));
        Assert.Equal("1", col("NumArticles"));
        Assert.Equal("https://example.org/kor-1", col("SOURCEURL"));
        Assert.Equal(string.Empty, col("AvgTone")); // Dyad has no tone: left empty, not zero
    }

    [Fact]
    public void Gdelt_column_names_match_the_published_header()
    {
        var header = FindShared("corpora/ontologies/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        var names = File.ReadLines(header).Skip(1).Select(l => l.Split(',')[0]).Where(n => n.Length > 0).ToList();

        Assert.Equal(names, GdeltExport.Columns);
    }

    [Fact]
    public void Csv_quotes_separators_quotes_and_line_breaks()
    {
        var rows = new RowSet(["a", "b"], [["x,y", "say \"hi\"\nthen"], ["036", null]]);
        var output = new StringWriter();

        RowSetWriter.WriteCsv(rows, output);

        Assert.Equal("a,b\n\"x,y\",\"say \"\"hi\"\"\nthen\"\n036,\n", output.ToString());
    }

    [Theory]
    [InlineData("2017-07-17", "2017-07-17")] // a full date is the event day
    [InlineData("2017-07", "2017-07-01")] // a month files under its first day so monthly aggregates count it
    [InlineData("2017", "2017-01-01")] // likewise a year
    [InlineData("197X", "2017-07-19")] // a decade is no day: the publication date stands in
    [InlineData("2017-W29", "2017-07-19")] // an ISO week is not read as a month
    [InlineData("PRESENT_REF", "2017-07-19")] // a reference, not a date
    [InlineData("2017-02-30", "2017-02-01")] // an impossible day keeps its month
    public void Event_days_come_from_the_timex_value(string value, string expected)
    {
        var day = DocumentRows.EventDay(value, new DateOnly(2017, 7, 19));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), day);
    }

    [Fact]
    public void Content_hash_depends_on_text_and_date_only()
    {
        var a = ContentHash.Of("Talks resumed.", new DateOnly(2019, 1, 2));

        Assert.Equal(a, ContentHash.Of("Talks resumed.", new DateOnly(2019, 1, 2)));
        Assert.NotEqual(a, ContentHash.Of("Talks resumed.", new DateOnly(2019, 1, 3)));
        Assert.NotEqual(a, ContentHash.Of("Talks resumed.", null));
        Assert.NotEqual(a, ContentHash.Of("Talks resumed!", new DateOnly(2019, 1, 2)));
        Assert.Equal(64, a.Length);
    }

    [Fact]
    public void Event_ids_are_stable_and_distinguish_events()
    {
        var d = TestDocuments.Korea();
        var hash = ContentHash.Of(d.Text, d.PublicationDate);
        var e = d.Events[0];

        Assert.Equal(ContentHash.OfEvent(hash, e), ContentHash.OfEvent(hash, e with { }));
        Assert.NotEqual(ContentHash.OfEvent(hash, e), ContentHash.OfEvent(hash, e with { Cameo = "190" }));
        Assert.NotEqual(ContentHash.OfEvent(hash, e), ContentHash.OfEvent(ContentHash.Of("other", null), e));
    }

    [Fact]
    public void Out_of_range_spans_from_a_faulty_stage_store_null_text_instead_of_failing()
    {
        using var store = DuckDbStore.Open(":memory:");
        var d = TestDocuments.Plain("bad-span", "Short text.");
        d.Mentions.Add(new Mention(new TextSpan(5, 500), 0, MentionKind.Person, null, null, null, null, new Evidence("test.v1", "broken")));

        store.Write([TestDocuments.Stored(d)], []);

        var text = store.Query("SELECT text FROM mentions").Rows.Single()[0];
        Assert.Null(text);
    }

    internal static string FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"shared/{relative} not found above {AppContext.BaseDirectory}");
    }
}
