using Dyad.Core;

namespace Dyad.Storage.Tests;

public sealed class DuckDbStoreTests : StoreContractTests, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("dyad-store-");

    protected override IDocumentStore OpenFresh() => DuckDbStore.Open(Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.duckdb"));

    [Fact]
    public void A_store_survives_closing_and_reopening()
    {
        var path = Path.Combine(_folder.FullName, "reopen.duckdb");
        var stored = TestDocuments.Stored(TestDocuments.Korea());
        using (var store = DuckDbStore.Open(path))
        {
            store.Write([stored], []);
        }

        using var reopened = DuckDbStore.Open(path);

        Assert.Equal(stored.PipelineVersion, reopened.DocumentVersions()[stored.ContentHash]);
        Assert.Equal(1, reopened.Counts().Events);
    }

    [Fact]
    public void A_corrupt_file_is_refused_with_a_clear_error_and_left_untouched()
    {
        var path = Path.Combine(_folder.FullName, "corrupt.duckdb");
        var garbage = System.Text.Encoding.ASCII.GetBytes(new string('x', 20_000));
        File.WriteAllBytes(path, garbage);

        var ex = Assert.Throws<DyadException>(() => DuckDbStore.Open(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("cannot open the DuckDB store", ex.Message, StringComparison.Ordinal);
        Assert.Equal(garbage, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + ".wal"));
    }

    [Fact]
    public void A_missing_folder_is_reported_not_created()
    {
        var path = Path.Combine(_folder.FullName, "no", "such", "store.duckdb");

        var ex = Assert.Throws<DyadException>(() => DuckDbStore.Open(path));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.FullName, "no")));
    }

    [Fact]
    public void Parquet_export_writes_a_file_duckdb_can_read_back()
    {
        var path = Path.Combine(_folder.FullName, "events.parquet");
        using var store = DuckDbStore.Open(Path.Combine(_folder.FullName, "p.duckdb"));
        store.Write([TestDocuments.Stored(TestDocuments.Korea())], []);

        store.CopyEventsToParquet(path);

        using var reader = DuckDbStore.Open(":memory:");
        var rows = reader.Query($"SELECT cameo, source_actor FROM read_parquet('{path}')");
        Assert.Equal(["036", "KORMIL"], rows.Rows.Single().Select(RowSetWriter.Format));
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
