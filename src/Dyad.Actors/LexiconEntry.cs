namespace Dyad.Actors;

/// <summary>What a dictionary phrase names.</summary>
public enum EntryKind : byte
{
    /// <summary>A state or territory by name (<c>South Korea</c>).</summary>
    Country,

    /// <summary>An adjective or demonym of a state (<c>Japanese</c>).</summary>
    Adjective,

    /// <summary>A capital, used for its government or as a place (<c>Tokyo</c>).</summary>
    Capital,

    /// <summary>A building or body standing for part of a government (<c>White House</c>, <c>Kremlin</c>).</summary>
    Institution,

    /// <summary>An intergovernmental or international organization.</summary>
    Organization,

    /// <summary>A person, coded only while in office.</summary>
    Person,

    /// <summary>A city, province or region.</summary>
    Place,

    /// <summary>A conventional short form that needs a context word in the document (<c>the North</c>).</summary>
    ShortForm,

    /// <summary>A generic actor from a PETRARCH or TABARI dictionary.</summary>
    Actor,

    /// <summary>A word or phrase naming a role (<c>government</c>, <c>Chief Cabinet Secretary</c>).</summary>
    Agent,
}

/// <summary>An actor code valid from <see cref="From"/> (inclusive) to <see cref="To"/> (exclusive); open ends are null.</summary>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool AppliesOn(DateOnly? date) =>
        date is not { } d ? To is null : (From is null || d >= From) && (To is null || d < To);
}

/// <summary>
/// One phrase of a dictionary and what it names. Built once when a lexicon compiles; read-only afterwards.
/// </summary>
public sealed class LexiconEntry
{
    public LexiconEntry(string phrase, EntryKind kind, IReadOnlyList<DatedCode> codes, string? country, string? agent, string source, bool anyCase = false)
    {
        Phrase = phrase;
        Kind = kind;
        Codes = codes;
        _codes = [.. codes];
        foreach (var c in _codes)
        {
            if (c.From is null && c.To is null)
            {
                _undated ??= c.Code;
            }
            else
            {
                _anyDated = true;
            }
        }

        Country = country;
        Agent = agent;
        Source = source;
        CaseRule = anyCase ? [] : CaseRuleOf(phrase);
        HasCodes = _codes.Length != 0;
        CaseRuleLength = CaseRule.Length;
        if (CaseRule.Length <= 32)
        {
            for (int i = 0; i < CaseRule.Length; i++)
            {
                CaseRuleBits |= (ulong)CaseRule[i] << (2 * i);
            }
        }
    }

    // The codes as an array (no enumerator per lookup), and what CodeOn needs when none is dated.
    private readonly DatedCode[] _codes;
    private readonly string? _undated;
    private readonly bool _anyDated;

    public string Phrase { get; }

    /// <summary>Whether the entry has any code (the same as <c>Codes.Count != 0</c>, without an interface call).</summary>
    internal bool HasCodes { get; }

    public EntryKind Kind { get; }

    /// <summary>The actor codes with their validity; several for a person with several offices.</summary>
    public IReadOnlyList<DatedCode> Codes { get; }

    /// <summary>The state the phrase belongs to (ISO alpha-3, or IGO), when fixed.</summary>
    public string? Country { get; }

    /// <summary>The CAMEO agent code, when the phrase names a role.</summary>
    public string? Agent { get; }

    /// <summary>Where the entry came from (<c>countries.tsv:JPN</c>, <c>Phoenix.agents.txt:120</c>): the mention's rule.</summary>
    public string Source { get; }

    /// <summary>Agents only: the word may stand before a person's name (<c>President</c>, <c>Gen.</c>).</summary>
    public bool IsTitle { get; init; }

    /// <summary>Agents: the word names a person-like member rather than an institution. Demonyms: the plural that names the people ("Palestinians").</summary>
    public bool IsHuman { get; init; }

    /// <summary>A one-word PETRARCH/TABARI stem: it matches any word that starts with it.</summary>
    public bool IsStem { get; init; }

    /// <summary>Short forms only: words one of which must occur in the document.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Token-level case requirements: 0 any case, 1 capitalized, 2 exactly as written (acronyms).</summary>
    internal byte[] CaseRule { get; }

    /// <summary>
    /// <see cref="CaseRule"/> packed two bits a token (token <c>i</c> at bit <c>2i</c>) when it has at most 32 tokens:
    /// a phrase match tests it without reading the array, which is one cache line fewer per match.
    /// </summary>
    internal ulong CaseRuleBits { get; }

    /// <summary>The length of <see cref="CaseRule"/>, beside the packed bits.</summary>
    internal int CaseRuleLength { get; }

    /// <summary>
    /// The code that applies on <paramref name="date"/>, or null when none does. A date-restricted code wins over an
    /// unrestricted one, which is the default (PETRARCH's <c>[EGYGOV &gt;140608] [EGYELI]</c>).
    /// </summary>
    public string? CodeOn(DateOnly? date)
    {
        if (!_anyDated)
        {
            // Most entries have no dated code: the answer does not depend on the date.
            return _undated;
        }

        string? fallback = null;
        foreach (var c in _codes)
        {
            if (c.From is null && c.To is null)
            {
                fallback ??= c.Code;
            }
            else if (c.AppliesOn(date))
            {
                return c.Code;
            }
        }

        return fallback;
    }

    // The undated code's parts for the last set of states asked about (see CodePartsOn).
    private CodeParts? _parts;

    /// <summary>
    /// <see cref="ActorCodes.CountryOf"/> and <see cref="ActorCodes.AgentOf"/> of the code on <paramref name="date"/>.
    /// An entry whose code does not depend on the date splits it once per set of states: the scanner asks for every
    /// mention, and each split hashes the code's parts.
    /// </summary>
    internal (string? Country, string? Agent) CodePartsOn(DateOnly? date, IReadOnlySet<string> countries)
    {
        if (_anyDated)
        {
            var code = CodeOn(date);
            return (ActorCodes.CountryOf(code, countries), ActorCodes.AgentOf(code, countries));
        }

        var parts = _parts;
        if (parts is null || !ReferenceEquals(parts.Countries, countries))
        {
            // A benign race: threads that meet here compute the same parts from immutable inputs.
            parts = new CodeParts(countries, ActorCodes.CountryOf(_undated, countries), ActorCodes.AgentOf(_undated, countries));
            _parts = parts;
        }

        return (parts.Country, parts.Agent);
    }

    private sealed record CodeParts(IReadOnlySet<string> Countries, string? Country, string? Agent);

    private static byte[] CaseRuleOf(string phrase)
    {
        var tokens = new List<Dyad.Core.Token>();
        Dyad.Text.Tokenizer.Tokenize(phrase, tokens);
        var rule = new byte[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            var word = phrase.AsSpan(tokens[i].Start, tokens[i].Span.Length);
            int upper = 0, letters = 0;
            foreach (char c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c))
                    {
                        upper++;
                    }
                }
            }

            rule[i] = letters >= 2 && upper == letters ? (byte)2 : letters > 0 && char.IsUpper(word[0]) ? (byte)1 : (byte)0;
        }

        return rule;
    }
}
