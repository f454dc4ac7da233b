namespace Dyad.Events.Dictionary;

public enum ElementKind : byte
{
    /// <summary>One of several words or word sequences.</summary>
    Words,

    /// <summary>The slot of the event's source (<c>$</c>): an actor mention.</summary>
    Source,

    /// <summary>The slot of the event's target (<c>+</c>): an actor mention.</summary>
    Target,

    /// <summary>A compound actor (<c>%</c>) whose members act on each other: both source and target.</summary>
    Compound,

    /// <summary>An actor (with its compound) passed over without a role (<c>^</c>): "meet in ^ with +".</summary>
    Skip,
}

/// <summary>
/// One element of a verb pattern. <see cref="Alternatives"/> holds word sequences (each a token array, lower case);
/// a token ending in <c>*</c>-less form matches exactly, one marked as a stem in <see cref="Stems"/> matches as a prefix.
/// <see cref="Adjacent"/>: the element must touch its neighbour on the verb side (no words between).
/// </summary>
public sealed record PatternElement(ElementKind Kind, string[][] Alternatives, bool[][] Stems, bool Adjacent)
{
    private Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>>? _byFirstWord;
    private int[]? _stemFirst;
    private ulong _mask;

    /// <summary>
    /// A 64-bit signature of the alternatives' first words (<see cref="WordBit"/>): when it shares no bit with a
    /// sentence's signature, no alternative can match there and the pattern fails without scanning.
    /// </summary>
    internal ulong Mask
    {
        get
        {
            if (_mask == 0)
            {
                ulong mask = 0;
                foreach (var alternative in Alternatives)
                {
                    mask |= WordBit(alternative[0]);
                }

                _mask = mask == 0 ? ulong.MaxValue : mask;
            }

            return _mask;
        }
    }

    /// <summary>One bit from a word's first three characters (case- and apostrophe-insensitive), so stems share their words' bit.</summary>
    internal static ulong WordBit(ReadOnlySpan<char> word)
    {
        uint h = 17;
        for (int i = 0; i < word.Length && i < 3; i++)
        {
            char c = word[i] == '’' ? '\'' : char.ToLowerInvariant(word[i]);
            h = unchecked((h * 31) + c);
        }

        return 1UL << (int)(h & 63);
    }

    public static PatternElement Slot(ElementKind kind, bool adjacent) => new(kind, [], [], adjacent);

    /// <summary>The alternatives whose first word is exactly <paramref name="word"/>: one hash lookup instead of a scan.</summary>
    internal ReadOnlySpan<int> ExactCandidates(ReadOnlySpan<char> word)
    {
        _byFirstWord ??= BuildIndex();
        return _byFirstWord.Value.TryGetValue(word, out var found) ? found : [];
    }

    /// <summary>The alternatives whose first word is a stem (checked one by one).</summary>
    internal ReadOnlySpan<int> StemCandidates()
    {
        _byFirstWord ??= BuildIndex();
        return _stemFirst;
    }

    private Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> BuildIndex()
    {
        var map = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var stems = new List<int>();
        for (int a = 0; a < Alternatives.Length; a++)
        {
            if (Stems[a][0])
            {
                stems.Add(a);
                continue;
            }

            var first = Alternatives[a][0];
            foreach (var key in new[] { first, first.Replace('\'', '’'), first.Replace('’', '\'') }.Distinct(StringComparer.Ordinal))
            {
                if (!map.TryGetValue(key, out var list))
                {
                    map[key] = list = [];
                }

                list.Add(a);
            }
        }

        _stemFirst = [.. stems];
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>
/// A pattern for one verb: words before the verb (<see cref="Before"/>, nearest the verb first) and after it
/// (<see cref="After"/>, in text order), with source and target slots. <see cref="PairedCode"/> is the code of the
/// reverse event a pattern such as TABARI's <c>[032:033]</c> implies (target → source); <see cref="Label"/> is shown as evidence.
/// A null <see cref="Code"/> means the pattern blocks coding (TABARI's <c>[---]</c>).
/// </summary>
public sealed record VerbPattern(string? Code, string? PairedCode, PatternElement[] Before, PatternElement[] After, string Label)
{
    /// <summary>How much a match says: literal words count more than slots; longer patterns are tried first.</summary>
    public int Specificity { get; } = Before.Sum(Weight) + After.Sum(Weight);

    /// <summary>The pattern names words before the verb ("HAS NOT *", "RAISED ITS *"): it reads the verb's context itself.</summary>
    public bool HasWordsBefore { get; } = Before.Any(e => e.Kind == ElementKind.Words);

    private static int Weight(PatternElement e) => e.Kind == ElementKind.Words ? 2 : 1;
}

/// <summary>A verb (or event noun) with its default code and its patterns; its forms are compiled into the dictionary's trie.</summary>
public sealed class VerbEntry
{
    public VerbEntry(string name, string? code, string? pairedCode)
    {
        Name = name;
        Code = code;
        PairedCode = pairedCode;
    }

    /// <summary>The lemma or block name (for evidence).</summary>
    public string Name { get; }

    /// <summary>The code when no pattern matches; null when the verb alone says nothing (<c>[---]</c>).</summary>
    public string? Code { get; }

    public string? PairedCode { get; }

    public List<VerbPattern> Patterns { get; } = [];

    /// <summary>Some pattern names words before the verb (set when the dictionary is built).</summary>
    public bool HasContextPatterns { get; internal set; }
}

public enum FormKind : byte
{
    /// <summary>A form listed by a dictionary, not generated.</summary>
    Listed,
    Base,
    ThirdPerson,
    Past,
    Gerund,
    Noun,
}

/// <summary>What a verb form in the trie points to: an entry, and which inflection of the lemma the form is.</summary>
public readonly record struct VerbForm(int Entry, FormKind Kind, bool Past)
{
    public bool Noun => Kind == FormKind.Noun;
}
