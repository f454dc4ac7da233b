namespace Dyad.Core.Tests;

public sealed class PipelineTests
{
    private sealed class FakeStage(string name, Annotations requires, Annotations produces, Action<Document>? body = null) : IStage
    {
        public StageInfo Info { get; } = new(name, requires, produces);

        public void Run(Document document, CancellationToken cancellationToken) => body?.Invoke(document);
    }

    [Fact]
    public void Create_RejectsAStageWhoseRequirementComesLater()
    {
        var ex = Assert.Throws<DyadException>(() => Pipeline.Create(
            new FakeStage("b", Annotations.Tokens, Annotations.Sentences),
            new FakeStage("a", Annotations.None, Annotations.Tokens)));
        Assert.Equal(DyadErrors.StageRequirementMissing, ex.Code);
        Assert.Contains("'b' requires Tokens", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StageException_BecomesADocumentErrorAndDependentsAreSkipped()
    {
        var ran = new List<string>();
        var pipeline = Pipeline.Create(
            new FakeStage("tokens", Annotations.None, Annotations.Tokens, _ => throw new InvalidOperationException("boom")),
            new FakeStage("sentences", Annotations.Tokens, Annotations.Sentences, _ => ran.Add("sentences")),
            new FakeStage("independent", Annotations.None, Annotations.Timex, _ => ran.Add("independent")));
        var document = new Document("d", "text");
        pipeline.Run(document, TestContext.Current.CancellationToken);
        Assert.Equal(["independent"], ran);
        Assert.Collection(
            document.Errors,
            e => Assert.Equal((DyadErrors.StageFailed, "tokens"), (e.Code, e.Stage)),
            e => Assert.Equal((DyadErrors.StageSkipped, "sentences"), (e.Code, e.Stage)));
        Assert.Contains("boom", document.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HonoursCancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var pipeline = Pipeline.Create(new FakeStage("a", Annotations.None, Annotations.Tokens));
        Assert.Throws<OperationCanceledException>(() => pipeline.Run(new Document("d", "x"), cts.Token));
    }

    [Fact]
    public void Version_NamesTheStagesInOrder()
    {
        var pipeline = Pipeline.Create(
            new FakeStage("dyad.a.v1", Annotations.None, Annotations.Tokens),
            new FakeStage("dyad.b.v2", Annotations.Tokens, Annotations.Sentences));
        Assert.Equal("dyad.a.v1+dyad.b.v2", pipeline.Version);
    }
}
