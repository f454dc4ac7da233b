namespace Dyad.Events.Dictionary;

public enum ElementKind : byte
{
    /// <summary>One of several words or word sequences.</summary>
    Words,

    /// <summary>The slot of the event's source (<c>$</c>): an actor mention.</summary>
    Source,

    /// <summary>The slot of the event's target (<c>+</c>): an actor mention.</summary>
    Target,
}

/// <summary>
/// One element of a verb pattern. <see cref="Alternatives"/> holds word sequences (each a token array, lower case);
/// a token ending in <c>*</c>-less form matches exactly, one marked as a stem in <see cref="Stems"/> matches as a prefix.
/// <see cref="Adjacent"/>: the element must touch its neighbour on the verb side (no words between).
/// </summary>
public sealed record PatternElement(ElementKind Kind, string[][] Alternatives, bool[][] Stems, bool Adjacent)
{
    public static PatternElement Slot(ElementKind kind, bool adjacent) => new(kind, [], [], adjacent);
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
