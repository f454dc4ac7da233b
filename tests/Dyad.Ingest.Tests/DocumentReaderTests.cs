using System.IO.Compression;
using System.Text;
using Dyad.Core;

namespace Dyad.Ingest.Tests;

public sealed class DocumentReaderTests
{
    [Theory]
    [InlineData("date 2017-07-19 The body.", "2017-07-19", "The body.")] // header and body on one line
    [InlineData("date 2017-07-19\nThe body.", "2017-07-19", "The body.")] // body on the next line
    [InlineData("  \n date 2017-07-19 The body.", "2017-07-19", "The body.")] // leading whitespace before the header
    [InlineData("\uFEFFdate 2017-07-19 The body.", "2017-07-19", "The body.")] // a byte-order mark is not text
    [InlineData("The body without a header.", null, "The body without a header.")] // plain text: no publication date
    [InlineData("dated reports say so.", null, "dated reports say so.")] // a body starting with 'date' is not a header
    public void ReadSeed_ParsesHeaderAndBody(string content, string? date, string body)
    {
        using var folder = new TempFolder();
        var path = folder.Write("doc.txt", content);
        var result = Assert.Single(DocumentReader.ReadFile(path));
        Assert.Null(result.Error);
        Assert.Equal(body, result.Document!.Text);
        Assert.Equal(date, result.Document.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("doc", result.Document.Id);
    }

    [Theory]
    [InlineData("date 2017-02-30 Text.", DyadErrors.InvalidDate, "impossible date '2017-02-30'")] // February has no 30th
    [InlineData("date 2017-13-01 Text.", DyadErrors.InvalidDate, "impossible date")] // no 13th month
    [InlineData("date 17-7-19 Text.", DyadErrors.InvalidDate, "malformed date")] // not YYYY-MM-DD
    [InlineData("date 2017-07-19   \n  ", DyadErrors.EmptyDocument, "empty document")] // header without a body
    [InlineData("", DyadErrors.EmptyDocument, "empty document")] // empty file
    public void ReadSeed_ReportsBadInput(string content, string code, string reason)
    {
        using var folder = new TempFolder();
        var path = folder.Write("bad.txt", content);
        var result = Assert.Single(DocumentReader.ReadFile(path));
        Assert.Null(result.Document);
        Assert.Equal(code, result.Error!.Code);
        Assert.Contains(reason, result.Error.Reason, StringComparison.Ordinal);
        Assert.StartsWith(path, result.Error.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_InvalidUtf8_NamesTheByte()
    {
        using var folder = new TempFolder();
        var bytes = Encoding.UTF8.GetBytes("date 2017-07-19 Caf").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var path = folder.WriteBytes("latin.txt", bytes);
        var error = Assert.Single(DocumentReader.ReadFile(path)).Error;
        Assert.NotNull(error);
        Assert.Equal(DyadErrors.InvalidUtf8, error.Code);
        Assert.Contains("byte 19", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_BinaryFile_IsRejected()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var error = Assert.Single(DocumentReader.ReadFile(path)).Error;
        Assert.Equal(DyadErrors.BinaryInput, error!.Code);
        Assert.Contains("byte 8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_JsonLines_ReadsRecordsAndReportsBadLines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.jsonl", string.Join('\n',
            """{"id": "a1", "date": "2019-01-04", "title": "T", "text": "First text.", "url": "http://example.org/a"}""",
            """{"publication_date": "2019-01-05T10:00:00Z", "text": "Second text."}""",
            """{"text": "Broken""",
            "",
            """{"date": "2019-02-30", "text": "Bad date."}""",
            """{"id": "a5", "text": "   "}""",
            """{"id": "a6", "text": "Last text."}"""));
        var results = DocumentReader.ReadFile(path).ToList();
        Assert.Equal(6, results.Count);
        Assert.Equal("a1", results[0].Document!.Id);
        Assert.Equal(new DateOnly(2019, 1, 4), results[0].Document!.PublicationDate);
        Assert.Equal("T", results[0].Document!.Title);
        Assert.Equal("http://example.org/a", results[0].Document!.Url);
        Assert.Equal("batch-2", results[1].Document!.Id);
        Assert.Equal(new DateOnly(2019, 1, 5), results[1].Document!.PublicationDate);
        Assert.Equal(DyadErrors.MalformedRecord, results[2].Error!.Code);
        Assert.EndsWith(":3", results[2].Error!.Source, StringComparison.Ordinal);
        Assert.Equal(DyadErrors.InvalidDate, results[3].Error!.Code);
        Assert.EndsWith(":5", results[3].Error!.Source, StringComparison.Ordinal);
        Assert.Equal(DyadErrors.EmptyDocument, results[4].Error!.Code);
        Assert.Equal("a6", results[5].Document!.Id);
    }

    [Fact]
    public void ReadFile_Csv_ReadsQuotedMultilineFields()
    {
        using var folder = new TempFolder();
        var path = folder.Write("news.csv", "url,date,title,text\nhttp://x/1,2019-01-04,One,\"Line one.\n\nLine \"\"two\"\".\"\nhttp://x/2,2019-01-05,Two,Plain.\n");
        var results = DocumentReader.ReadFile(path).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal("Line one.\n\nLine \"two\".", results[0].Document!.Text);
        Assert.Equal("news-2", results[1].Document!.Id); // data rows count from 1
        Assert.Equal("One", results[0].Document!.Title);
        Assert.Equal(new DateOnly(2019, 1, 5), results[1].Document!.PublicationDate);
    }

    [Fact]
    public void ReadFile_CsvWithoutTextColumn_IsAClearError()
    {
        using var folder = new TempFolder();
        var path = folder.Write("odd.csv", "a,b\n1,2\n");
        var error = Assert.Single(DocumentReader.ReadFile(path)).Error;
        Assert.Contains("no text column", error!.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wikinews_2019.csv", 171)] // the 2019 Wikinews sample
    [InlineData("wikinews_2020.csv", 124)] // the 2020 Wikinews sample
    public void ReadFile_WikinewsCorpus_ReadsEveryArticleWithItsDate(string file, int expected)
    {
        var path = Path.Combine(SharedFolder.Path, "corpora", "wikinews-2019-2020", file);
        var results = DocumentReader.ReadFile(path).ToList();
        Assert.Equal(expected, results.Count);
        Assert.All(results, r =>
        {
            Assert.Null(r.Error);
            Assert.NotNull(r.Document!.PublicationDate);
            Assert.StartsWith("http", r.Document.Url, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void ReadAll_Folder_IsRecursiveReadsGzipAndSkipsOtherFiles()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "date 2019-01-01 Alpha.");
        folder.Write("sub/b.jsonl", """{"id": "b", "text": "Beta."}""");
        folder.Write("sub/deeper/c.csv", "text\nGamma.\n");
        folder.Write("notes.md", "# not a document");
        folder.Write("image.png", "not read");
        using (var gz = new GZipStream(File.Create(Path.Combine(folder.Path, "d.txt.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes("date 2019-01-02 Delta."));
        }

        var docs = DocumentReader.ReadAll([folder.Path]).Select(r => r.Document!).ToList();
        Assert.Equal(["Alpha.", "Delta.", "Beta.", "Gamma."], docs.Select(d => d.Text));
        Assert.Equal("d", docs[1].Id);
        Assert.Equal(new DateOnly(2019, 1, 2), docs[1].PublicationDate);
    }

    [Fact]
    public void ReadAll_CorruptGzip_IsAnErrorAndTheBatchGoesOn()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.txt.gz", [1, 2, 3, 4]);
        folder.Write("b.txt", "Good text.");
        var results = DocumentReader.ReadAll([folder.Path]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(DyadErrors.UnreadableFile, results[0].Error!.Code);
        Assert.Equal("Good text.", results[1].Document!.Text);
    }

    [Theory]
    [InlineData("date 2019-03-01 From stdin.", "From stdin.")] // seed format on standard input
    [InlineData("{\"id\": \"s1\", \"text\": \"JSON on stdin.\"}\n", "JSON on stdin.")] // JSON Lines sniffed on standard input
    public void ReadAll_StandardInput(string input, string body)
    {
        var result = Assert.Single(DocumentReader.ReadAll(["-"], () => new MemoryStream(Encoding.UTF8.GetBytes(input))));
        Assert.Equal(body, result.Document!.Text);
    }

    [Fact]
    public void ReadAll_MissingFile_IsAnError()
    {
        var result = Assert.Single(DocumentReader.ReadAll(["/nonexistent/dyad/file.txt"]));
        Assert.Equal(DyadErrors.UnreadableFile, result.Error!.Code);
    }
}
