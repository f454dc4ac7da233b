using Dyad.Core;
using Dyad.Events.Dictionary;

namespace Dyad.Events;

/// <summary>
/// Stage <c>dyad.events.v1</c>: codes CAMEO/PLOVER events from tokens, sentences and actor mentions (and time
/// expressions when present). Negated events are kept with <see cref="Event.Negated"/> set, so readers can see what
/// was denied or refrained from; consumers counting events must skip them.
/// </summary>
public sealed class EventStage : IStage
{
    public const string Name = "dyad.events.v1";

    private readonly EventCoder _coder;

    /// <summary>A stage with Dyad's default verb dictionary.</summary>
    public EventStage()
        : this(DyadVerbReader.Default)
    {
    }

    public EventStage(VerbLexicon dictionary, EventCoderOptions? options = null)
    {
        _coder = new EventCoder(dictionary, Name, options);
    }

    public StageInfo Info { get; } = new(Name, Annotations.Tokens | Annotations.Sentences | Annotations.Mentions, Annotations.Events);

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Events.Clear();
        _coder.Code(document, document.Events, cancellationToken);
    }
}
