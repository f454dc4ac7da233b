namespace Dyad.Core;

/// <summary>What a stage is called (versioned, e.g. <c>dyad.quotes.v1</c>), what it needs and what it adds.</summary>
public sealed record StageInfo(string Name, Annotations Requires, Annotations Produces);

/// <summary>
/// A pipeline stage: reads the document model and adds to it. Stages are sealed and stateless after construction,
/// so one instance serves all threads.
/// </summary>
public interface IStage
{
    StageInfo Info { get; }

    void Run(Document document, CancellationToken cancellationToken);
}

/// <summary>An ordered list of stages whose requirements were checked once, at creation.</summary>
public sealed class Pipeline
{
    private readonly IStage[] _stages;

    private Pipeline(IStage[] stages)
    {
        _stages = stages;
    }

    public IReadOnlyList<IStage> Stages => _stages;

    /// <summary>The versioned names of the stages, joined: stored with results so they can be recoded when it changes.</summary>
    public string Version => string.Join('+', _stages.Select(s => s.Info.Name));

    /// <summary>Checks that each stage's requirements are produced by a stage before it.</summary>
    /// <exception cref="DyadException">A requirement is not produced earlier in the list.</exception>
    public static Pipeline Create(params IEnumerable<IStage> stages)
    {
        var list = stages.ToArray();
        var available = Annotations.None;
        foreach (var stage in list)
        {
            var missing = stage.Info.Requires & ~available;
            if (missing != Annotations.None)
            {
                throw new DyadException(
                    DyadErrors.StageRequirementMissing,
                    $"{DyadErrors.StageRequirementMissing}: stage '{stage.Info.Name}' requires {missing}, which no earlier stage produces");
            }

            available |= stage.Info.Produces;
        }

        return new Pipeline(list);
    }

    /// <summary>
    /// Runs every stage on <paramref name="document"/>. An exception inside a stage becomes an entry in the document's
    /// errors; stages that need what the failed stage produces are skipped; cancellation is passed on and honoured.
    /// </summary>
    public void Run(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var missing = stage.Info.Requires & ~document.Completed;
            if (missing != Annotations.None)
            {
                document.Errors.Add(new DocumentError(
                    stage.Info.Name,
                    DyadErrors.StageSkipped,
                    $"skipped: {missing} not available after an earlier failure"));
                continue;
            }

            try
            {
                stage.Run(document, cancellationToken);
                document.Completed |= stage.Info.Produces;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                document.Errors.Add(new DocumentError(
                    stage.Info.Name,
                    DyadErrors.StageFailed,
                    $"{ex.GetType().Name}: {ex.Message}"));
            }
        }
    }

    /// <summary>Runs one stage alone (for benchmarks that time stages separately).</summary>
    public static void RunStage(IStage stage, Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentNullException.ThrowIfNull(document);
        stage.Run(document, cancellationToken);
        document.Completed |= stage.Info.Produces;
    }
}
