using Dyad.Core;

namespace Dyad.Actors;

/// <summary>
/// Stage <c>dyad.actors.v1</c>: finds mentions of states, governments and their parts, organizations, people and
/// places, codes them (CAMEO actor, ISO country, agent) and links later references to their antecedents.
/// Stateless after construction: one instance serves all threads.
/// </summary>
public sealed class ActorStage : IStage
{
    public const string StageName = "dyad.actors.v1";

    private readonly ActorLexicon _lexicon;

    /// <summary>Codes with Dyad's own data.</summary>
    public ActorStage()
        : this(ActorLexicon.Default)
    {
    }

    /// <summary>Codes with <paramref name="lexicon"/> (for example PETRARCH or TABARI dictionaries).</summary>
    public ActorStage(ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public StageInfo Info { get; } = new(StageName, Annotations.Tokens | Annotations.Sentences, Annotations.Mentions);

    public ActorLexicon Lexicon => _lexicon;

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Mentions.Clear();
        new MentionScanner(_lexicon, document).Run(cancellationToken);
    }
}
