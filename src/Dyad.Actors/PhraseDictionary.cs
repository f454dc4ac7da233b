using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dyad.Core;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// A compiled dictionary of <see cref="LexiconEntry"/> phrases: a token trie answering the longest phrase at a token
/// whose case rules hold (acronyms exactly as written, capitalized names capitalized). Shared by all threads.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A dictionary in the PETRARCH sense: the name users know.")]
public abstract class PhraseDictionary
{
    private readonly PhraseMatcher<LexiconEntry> _matcher = new();
    private readonly KeyedPhraseTrie _trie = new();
    private readonly List<LexiconEntry> _entries = [];

    // A bitset over (first letter, second letter, length) of every phrase's first word: most tokens are rejected
    // here without hashing, which keeps the per-token cost of the stage small.
    private readonly ulong[] _firstWords = new ulong[(27 * 27 * 16 + 63) / 64];

    // The same for phrases whose first word may be written in lower case ("the North", agents, PETRARCH phrases):
    // a lower-case token can only start those, and most names start with a capital.
    private readonly ulong[] _lowerFirstWords = new ulong[(27 * 27 * 16 + 63) / 64];

    // Every phrase's whole first word, by key: a sharper test than the bitset for the words the scanner looks up.
    private readonly WordKeyFilter _firstKeys = new();

    // Every phrase's first word (ASCII case-folded) and whether some phrase may start with it in lower case: what the
    // lexicon's word table (WordTable) records for the scanner.
    private readonly Dictionary<string, bool> _firstWordCases = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<LexiconEntry> Entries => _entries;

    public int Count => _entries.Count;

    // One-word stems (PETRARCH and TABARI), matched by prefix when no whole phrase matches.
    private Dictionary<string, LexiconEntry>? _stems;
    private int _shortestStem = int.MaxValue;

    internal void Add(LexiconEntry entry)
    {
        if (entry.IsStem)
        {
            _stems ??= new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
            _stems.TryAdd(entry.Phrase, entry);
            _shortestStem = Math.Min(_shortestStem, entry.Phrase.Length);
        }

        _matcher.Add(entry.Phrase, entry);
        _entries.Add(entry);
        var tokens = new List<Token>(4);
        Tokenizer.Tokenize(entry.Phrase, tokens);
        var first = entry.Phrase.AsSpan(tokens[0].Start, tokens[0].Span.Length);
        int bit = FilterBit(first);
        _firstWords[bit >> 6] |= 1UL << (bit & 63);
        _firstKeys.Add(first);
        _trie.Add(entry.Phrase, tokens, entry);
        bool lower = entry.CaseRule.Length == 0 || entry.CaseRule[0] == 0;
        if (lower)
        {
            _lowerFirstWords[bit >> 6] |= 1UL << (bit & 63);
        }

        var firstWord = first.ToString();
        _firstWordCases[firstWord] = _firstWordCases.GetValueOrDefault(firstWord) | lower;
    }

    /// <summary>
    /// The first word of every phrase that has a <see cref="WordKey"/> (ASCII), whether some phrase may start with it
    /// in lower case, and the trie node it leads to (for <see cref="MatchFrom"/>).
    /// </summary>
    internal IEnumerable<(string Word, bool Lower, int Node)> KeyedFirstWords()
    {
        foreach (var (word, lower) in _firstWordCases)
        {
            ulong key = WordKey.Of(word);
            if (key != WordKey.None)
            {
                yield return (word, lower, _trie.Root(word, key));
            }
        }
    }

    /// <summary>Whether a one-word stem may start a word of <paramref name="length"/> characters (PETRARCH, TABARI).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool StemMayStart(int length) => _stems is not null && length >= _shortestStem;

    /// <summary>Whether one-word stems exist (they may start at any word long enough).</summary>
    internal bool HasStems => _stems is not null;

    /// <summary>The first words of phrases that may start with them written in lower case (any characters).</summary>
    internal IEnumerable<string> LowerFirstWords() => _firstWordCases.Where(w => w.Value).Select(w => w.Key);

    /// <summary>Whether some phrase's first word falls in filter bucket <paramref name="bit"/> (see <see cref="FilterBit"/>), or stems exist.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayStartBit(int bit, int length) =>
        (_stems is not null && length >= _shortestStem) || (_firstWords[bit >> 6] & (1UL << (bit & 63))) != 0;

    /// <summary>Like <see cref="MayStartBit"/> for a word written in lower case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayStartLowerBit(int bit, int length) =>
        (_stems is not null && length >= _shortestStem) || (_lowerFirstWords[bit >> 6] & (1UL << (bit & 63))) != 0;

    /// <summary>Whether some phrase may start with <paramref name="word"/> (false means certainly not): a cheap pre-check.</summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        if (_stems is not null && word.Length >= _shortestStem)
        {
            return true;
        }

        int bit = FilterBit(word);
        return (_firstWords[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary>
    /// The longest phrase at <paramref name="start"/> with an entry whose case rules hold; returns its length in
    /// tokens (0 when none) and the first such entry, preferring one that applies on <paramref name="date"/>.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, DateOnly? date, out LexiconEntry? entry)
    {
        entry = null;
        var first = text.Slice(tokens[start].Start, tokens[start].Span.Length);
        if (!FirstWordBit(FilterBit(first)))
        {
            return MatchStem(first, out entry);
        }

        int length = _matcher.LongestMatch(text, tokens, start, out var payloads);
        return length == 0 ? MatchStem(first, out entry) : Choose(text, tokens, start, length, Span(payloads), date, out entry);
    }

    /// <summary>
    /// Like <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, DateOnly?, out LexiconEntry?)"/>, with the
    /// first word's <see cref="WordKey"/> already computed (the following words are hashed here).
    /// </summary>
    internal int Match(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, DateOnly? date, ulong firstKey, out LexiconEntry? entry) =>
        Match(text, tokens, start, date, new ComputedKeys(text, tokens, start, firstKey), out entry);

    /// <summary>
    /// Like <see cref="Match(ReadOnlySpan{char}, ReadOnlySpan{Token}, int, DateOnly?, out LexiconEntry?)"/>, with each
    /// word's <see cref="WordKey"/> from <paramref name="keys"/> (computed once per token by the caller).
    /// </summary>
    internal int Match<TKeys>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, DateOnly? date, TKeys keys, out LexiconEntry? entry)
        where TKeys : struct, IWordKeys, allows ref struct
    {
        entry = null;
        ulong firstKey = keys.KeyOf(start);
        var first = text.Slice(tokens[start].Start, tokens[start].Span.Length);
        if (firstKey != WordKey.None ? !_firstKeys.MayContain(firstKey) : !FirstWordBit(FilterBit(first)))
        {
            return MatchStem(first, out entry);
        }

        int length = _trie.LongestMatch(text, tokens, start, keys, out var found);
        while (length > 0)
        {
            // "Yonhap news agency": when the longest phrase's case rules fail ("Yonhap News Agency"), a shorter one may hold.
            if (Choose(text, tokens, start, length, found, date, out entry) > 0 || length == 1)
            {
                return entry is null ? 0 : length;
            }

            length = _trie.LongestMatch(text, tokens[..(start + length - 1)], start, keys, out found);
        }

        if (length == 0)
        {
            return MatchStem(first, out entry);
        }

        // A word outside ASCII: the general matcher knows the same phrases.
        length = _matcher.LongestMatch(text, tokens, start, out var payloads);
        return length == 0 ? MatchStem(first, out entry) : Choose(text, tokens, start, length, Span(payloads), date, out entry);
    }

    /// <summary>
    /// Like <see cref="Match{TKeys}"/> for a word with a <see cref="WordKey"/> whose first trie step the caller already
    /// took: <paramref name="firstNode"/> is the node the word leads to (from <see cref="KeyedFirstWords"/>), 0 when
    /// no phrase starts with it. Saves the first-word filter and the first probe.
    /// </summary>
    internal int MatchFrom<TKeys>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, DateOnly? date, int firstNode, TKeys keys, out LexiconEntry? entry)
        where TKeys : struct, IWordKeys, allows ref struct
    {
        entry = null;
        if (firstNode == 0)
        {
            return _stems is null ? 0 : MatchStem(text.Slice(tokens[start].Start, tokens[start].Span.Length), out entry);
        }

        int length = _trie.LongestMatchFrom(text, tokens, start, firstNode, keys, out var found);
        while (length > 0)
        {
            // As in Match: a shorter phrase when the longest one's case rules fail.
            if (Choose(text, tokens, start, length, found, date, out entry) > 0 || length == 1)
            {
                return entry is null ? 0 : length;
            }

            length = _trie.LongestMatchFrom(text, tokens[..(start + length - 1)], start, firstNode, keys, out found);
        }

        var first = text.Slice(tokens[start].Start, tokens[start].Span.Length);
        if (length == 0)
        {
            return MatchStem(first, out entry);
        }

        // A word outside ASCII further on: the general matcher knows the same phrases.
        length = _matcher.LongestMatch(text, tokens, start, out var payloads);
        return length == 0 ? MatchStem(first, out entry) : Choose(text, tokens, start, length, Span(payloads), date, out entry);
    }

    /// <summary>Keys hashed from the text as a walk needs them, the first one given.</summary>
    private readonly ref struct ComputedKeys : IWordKeys
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly ReadOnlySpan<Token> _tokens;
        private readonly int _start;
        private readonly ulong _firstKey;

        public ComputedKeys(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, ulong firstKey)
        {
            _text = text;
            _tokens = tokens;
            _start = start;
            _firstKey = firstKey;
        }

        public ulong KeyOf(int token) => token == _start ? _firstKey : WordKey.Of(_text.Slice(_tokens[token].Start, _tokens[token].Span.Length));
    }

    /// <summary>The first entry of a matched phrase whose case rules hold, preferring one that applies on <paramref name="date"/>.</summary>
    private static int Choose(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int length, ReadOnlySpan<LexiconEntry> payloads, DateOnly? date, out LexiconEntry? entry)
    {
        // A span, not a list interface: a generic over a list type is shared code that reached the list through
        // interface dispatch stubs at every element.
        LexiconEntry? fallback = null;
        for (int p = 0; p < payloads.Length; p++)
        {
            var candidate = payloads[p];
            if (!CaseHolds(text, tokens, start, length, candidate))
            {
                continue;
            }

            if (!candidate.HasCodes || candidate.CodeOn(date) is not null)
            {
                entry = candidate;
                return length;
            }

            fallback ??= candidate;
        }

        entry = fallback;
        return entry is null ? 0 : length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool FirstWordBit(int bit) => (_firstWords[bit >> 6] & (1UL << (bit & 63))) != 0;

    /// <summary>The general matcher's payloads (a list, in practice) as a span.</summary>
    private static ReadOnlySpan<LexiconEntry> Span(IReadOnlyList<LexiconEntry> payloads) =>
        payloads is List<LexiconEntry> list ? CollectionsMarshal.AsSpan(list) : payloads.ToArray();

    private int MatchStem(ReadOnlySpan<char> word, out LexiconEntry? entry)
    {
        entry = null;
        if (_stems is null || word.Length < _shortestStem)
        {
            return 0;
        }

        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = word.Length; k >= _shortestStem; k--)
        {
            if (lookup.TryGetValue(word[..k], out var found))
            {
                entry = found;
                return 1;
            }
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FilterBit(ReadOnlySpan<char> word)
    {
        // ASCII case folding is enough for a filter: other letters share bucket 0.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static int Letter(char c)
        {
            int folded = c | 0x20;
            return folded is >= 'a' and <= 'z' ? folded - 'a' + 1 : 0;
        }

        int a = word.Length > 0 ? Letter(word[0]) : 0;
        int b = word.Length > 1 ? Letter(word[1]) : 0;
        return ((a * 27) + b) * 16 + Math.Min(word.Length, 15);
    }

    private static bool CaseHolds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int length, LexiconEntry entry)
    {
        if (entry.CaseRuleLength != length)
        {
            return true;
        }

        if (length > 32)
        {
            return CaseHolds(text, tokens, start, entry.CaseRule);
        }

        // Token by token from the packed rule; the tokens after the last one with a requirement need no look.
        ulong bits = entry.CaseRuleBits;
        for (int i = 0; bits != 0; i++, bits >>= 2)
        {
            var token = tokens[start + i];
            var word = text.Slice(token.Start, token.Span.Length);
            switch ((int)(bits & 3))
            {
                case 1 when !char.IsUpper(word[0]):
                    return false;
                case 2:
                    foreach (char c in word)
                    {
                        if (char.IsLower(c))
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }

    private static bool CaseHolds(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, byte[] rule)
    {
        for (int i = 0; i < rule.Length; i++)
        {
            var token = tokens[start + i];
            var word = text.Slice(token.Start, token.Span.Length);
            switch (rule[i])
            {
                case 1 when !char.IsUpper(word[0]):
                    return false;
                case 2:
                    foreach (char c in word)
                    {
                        if (char.IsLower(c))
                        {
                            return false;
                        }
                    }

                    break;
            }
        }

        return true;
    }
}

/// <summary>Phrases naming actors: states, adjectives, capitals, institutions, organizations, people, places, short forms.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A dictionary in the PETRARCH sense: the name users know.")]
public sealed class ActorDictionary : PhraseDictionary
{
}

/// <summary>Phrases naming roles (agents): <c>government</c> → GOV, <c>troops</c> → MIL, titles such as <c>President</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A dictionary in the PETRARCH sense: the name users know.")]
public sealed class AgentDictionary : PhraseDictionary
{
}
