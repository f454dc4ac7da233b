namespace Dyad.Events;

/// <summary>Settings of the <see cref="EventCoder"/>: defaults suit news; the TABARI and PETRARCH evaluations loosen some.</summary>
public sealed record EventCoderOptions
{
    /// <summary>
    /// CAMEO's reading of announced acts: a cooperative verb after "will" codes the intent (03: "will support" 032,
    /// "will visit" 036) and a hostile one is hypothetical. Off for the TABARI and PETRARCH dictionaries, which code the
    /// verb as written.
    /// </summary>
    public bool FutureAsIntent { get; init; } = true;

    /// <summary>
    /// CAMEO's reading of appeals: in "urged China to release the detainees" the appeal (02) is the event and the act
    /// asked of its object is not coded on its own. Off for the TABARI and PETRARCH dictionaries, which code both.
    /// </summary>
    public bool AppealGovernsAskedAct { get; init; } = true;

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

    /// <summary>TABARI's <c>CODE BY SENTENCE</c>: only the first verb that codes, even after "and".</summary>
    public bool FirstEventOnly { get; init; }

    /// <summary>
    /// TABARI's actor search (its manual, 5.8 and 7.9) instead of the nearest subject: the source is the first actor of
    /// the sentence (or of a conjoined clause that opens with an actor), else the first actor after the verb; the target
    /// is the first actor after the verb with another code, else the first one before it; WAS/WERE/BEEN … * BY swaps them.
    /// </summary>
    public bool FirstActorSearch { get; init; }

    /// <summary>The source code when no actor is found (TABARI's <c>DEFAULT: SOURCE [code]</c>); null for none.</summary>
    public string? DefaultSource { get; init; }

    /// <summary>With <see cref="DefaultSource"/>: use it whenever no actor precedes the verb (TABARI's <c>PRIOR</c>).</summary>
    public bool DefaultSourcePrior { get; init; }

    /// <summary>The target code when no actor is found (TABARI's <c>DEFAULT: TARGET [code]</c>); null for none.</summary>
    public string? DefaultTarget { get; init; }

    /// <summary>With <see cref="DefaultTarget"/>: use it whenever no actor follows the verb (TABARI's <c>AFTER</c>).</summary>
    public bool DefaultTargetAfter { get; init; }

    /// <summary>A sentence whose first verb has no actor before it is too complex to code (TABARI's <c>COMPLEX: NOACTPRIOR</c>).</summary>
    public bool RequireActorBeforeFirstVerb { get; init; }

    /// <summary>
    /// TABARI's elimination of short comma-delimited clauses before coding (its <c>COMMA:</c> command); null keeps them.
    /// </summary>
    public CommaClauseLimits? CommaClauses { get; init; }

    /// <summary>
    /// TABARI's noun rule (its manual, 7.4): a dictionary verb form is a noun only after A, AN or THE (or capitalized),
    /// instead of the news reading that also wants a place where a verb can stand.
    /// </summary>
    public bool ArticleNounRule { get; init; }

    public static EventCoderOptions Default { get; } = new();
}

/// <summary>
/// Word counts of comma-delimited clauses that are dropped: a clause is dropped when its count is above the minimum and
/// at most the maximum for its place (inside the sentence, at its beginning, at its end). TABARI's defaults keep the
/// beginning and drop 3 to 10 words elsewhere.
/// </summary>
public sealed record CommaClauseLimits(int Min = 2, int Max = 10, int EndMin = 2, int EndMax = 10, int BeginMin = 128, int BeginMax = 0);
