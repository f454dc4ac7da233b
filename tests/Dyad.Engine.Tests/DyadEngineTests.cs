using Dyad.Ingest;

namespace Dyad.Engine.Tests;

public sealed class DyadEngineTests
{
    [Fact]
    public void CodeAll_BadDocumentsDoNotStopTheBatch()
    {
        var items = new List<ReadResult>
        {
            ReadResult.Ok(new SourceDocument("a", "First document. It has two sentences.", new DateOnly(2019, 1, 1), null, null, "a")),
            ReadResult.Fail("b.txt", "DY102", "impossible date"),
            ReadResult.Ok(new SourceDocument("c", "Third document.", null, null, null, "c")),
        };
        var coded = DyadEngine.CreateDefault().CodeAll(items, threads: 2, TestContext.Current.CancellationToken).ToList();
        Assert.Equal(3, coded.Count);
        Assert.Equal(2, coded[0].Document!.Sentences.Count);
        Assert.NotNull(coded[1].Error);
        Assert.Single(coded[2].Document!.Sentences);
    }

    [Fact]
    public void CodeAll_InParallel_KeepsInputOrder()
    {
        var items = Enumerable.Range(0, 500)
            .Select(i => ReadResult.Ok(new SourceDocument($"d{i}", $"Document number {i}.", null, null, null, "mem")))
            .ToList();
        var ids = DyadEngine.CreateDefault().CodeAll(items, threads: 4, TestContext.Current.CancellationToken).Select(c => c.Document!.Id).ToList();
        Assert.Equal(items.Select(i => i.Document!.Id), ids);
    }
}
