namespace Dyad.Events;

/// <summary>Settings of the <see cref="EventCoder"/>: defaults suit news; the TABARI and PETRARCH evaluations loosen some.</summary>
public sealed record EventCoderOptions
{
    /// <summary>How many tokens a pattern may skip between two of its elements.</summary>
    public int MaxGap { get; init; } = 20;

    /// <summary>A capitalized verb form inside a sentence is taken as a name or noun, not a verb.</summary>
    public bool SkipCapitalizedVerbs { get; init; } = true;

    /// <summary>Emit the reverse event of paired codes (TABARI's <c>[032:033]</c>).</summary>
    public bool PairedEvents { get; init; } = true;

    /// <summary>Search the source left of the verb across clause boundaries (coordinated verbs share a subject).</summary>
    public bool SourceAcrossClauses { get; init; } = true;

    /// <summary>
    /// TABARI's reading: one event per clause, from the first verb that codes; a verb after "and" starts a new one.
    /// News coding keeps every verb.
    /// </summary>
    public bool FirstVerbOnly { get; init; }

    public static EventCoderOptions Default { get; } = new();
}
