using Dyad.Actors;
using Dyad.Core;
using Dyad.Events;
using Dyad.Ingest;
using Dyad.Quotes;
using Dyad.Text;
using Dyad.Time;

namespace Dyad.Engine;

/// <summary>The result of coding one read item: a coded document, or the read error that replaced it.</summary>
public readonly record struct CodedItem(Document? Document, ReadError? Error);

/// <summary>
/// The composition root: builds the default pipeline and codes batches of documents in parallel, in input order.
/// The CLI, the store and the web server all code through here.
/// </summary>
public sealed class DyadEngine
{
    public DyadEngine(Pipeline pipeline)
    {
        Pipeline = pipeline;
    }

    public Pipeline Pipeline { get; }

    /// <summary>The default pipeline: segmentation, then the extraction stages in dependency order.</summary>
    public static DyadEngine CreateDefault() => new(Pipeline.Create(DefaultStages()));

    public static IEnumerable<IStage> DefaultStages()
    {
        yield return new TokenizerStage();
        yield return new SentenceStage();
        yield return new ActorStage();
        yield return new TimeStage();
        yield return new QuoteStage();
        yield return new EventStage();
    }

    /// <summary>Codes one document in place; stage failures are recorded in its errors.</summary>
    public Document Code(Document document, CancellationToken cancellationToken = default)
    {
        Pipeline.Run(document, cancellationToken);
        return document;
    }

    /// <summary>Codes a stream of read items on <paramref name="threads"/> threads, yielding results in input order.</summary>
    public IEnumerable<CodedItem> CodeAll(IEnumerable<ReadResult> items, int threads, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (threads <= 1)
        {
            foreach (var item in items)
            {
                yield return CodeOne(item, cancellationToken);
            }

            yield break;
        }

        var coded = items
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(threads)
            .WithCancellation(cancellationToken)
            .WithMergeOptions(ParallelMergeOptions.AutoBuffered)
            .Select(item => CodeOne(item, cancellationToken));
        foreach (var c in coded)
        {
            yield return c;
        }
    }

    private CodedItem CodeOne(ReadResult item, CancellationToken cancellationToken)
    {
        if (item.Document is null)
        {
            return new CodedItem(null, item.Error);
        }

        var document = item.Document.ToDocument();
        Pipeline.Run(document, cancellationToken);
        return new CodedItem(document, null);
    }
}
