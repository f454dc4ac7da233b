using System.Runtime.CompilerServices;

namespace Dyad.Actors;

/// <summary>
/// A case-folded 64-bit key of a word, computed once per token so that every dictionary the scanner consults can
/// reject the word with one bit test instead of hashing it again. Only ASCII words get a key: no other character
/// equals an ASCII one under ordinal case-insensitive comparison, so an ASCII key never hides a dictionary word.
/// A word of up to eight characters is packed into its key whole (<see cref="IsExact"/>): equal keys then mean equal
/// words, and a table probe needs no string comparison. Longer words get a hash. Filters and tables take their bits
/// from <see cref="Spread"/>, since a packed key's high bits are mostly zero.
/// </summary>
internal static class WordKey
{
    /// <summary>The key of a word with a character outside ASCII (or an empty word): filters must not reject it.</summary>
    public const ulong None = 2;

    private const ulong Hashed = 1UL << 63;

    /// <summary>The key of <paramref name="word"/>: odd for ASCII words, <see cref="None"/> otherwise.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return None;
        }

        unchecked
        {
            if (word.Length <= 8)
            {
                // Seven bits a character above the length: one-to-one, so the key stands for the word.
                ulong packed = ((ulong)word.Length << 1) | 1;
                for (int k = 0; k < word.Length; k++)
                {
                    uint c = word[k];
                    if (c >= 0x80)
                    {
                        return None;
                    }

                    packed |= (ulong)(c - 'A' < 26 ? c | 0x20 : c) << (5 + (7 * k));
                }

                return packed;
            }

            ulong h = 14695981039346656037;
            foreach (char c in word)
            {
                if (c >= 0x80)
                {
                    return None;
                }

                uint folded = c is >= 'A' and <= 'Z' ? (uint)c | 0x20 : c;
                h = (h ^ folded) * 1099511628211;
            }

            return h | Hashed | 1;
        }
    }

    /// <summary>Whether words with key <paramref name="key"/> (not <see cref="None"/>) all equal one another ignoring ASCII case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsExact(ulong key) => (key & Hashed) == 0;

    /// <summary>Well-mixed bits of <paramref name="key"/> (the high ones are the best) for table slots and filter bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Spread(ulong key) => unchecked(key * 0x9E3779B97F4A7C15);
}

/// <summary>
/// Where a phrase walk gets the <see cref="WordKey"/> of token <c>i</c>: the scanner's per-token cache, so that a word
/// is hashed once per document however many dictionaries and trie levels look at it.
/// </summary>
internal interface IWordKeys
{
    ulong KeyOf(int token);
}

/// <summary>
/// A one-hash Bloom filter over word keys: false from <see cref="MayContain"/> means certainly absent. Written only
/// while a dictionary compiles; read by all threads afterwards.
/// </summary>
internal sealed class WordKeyFilter
{
    private const int Bits = 17;
    private readonly ulong[] _bits = new ulong[(1 << Bits) / 64];

    public void Add(ReadOnlySpan<char> word)
    {
        ulong key = WordKey.Of(word);
        if (key == WordKey.None)
        {
            // Only a word with the same non-ASCII letters can equal it, and those words skip the filter anyway.
            return;
        }

        int bit = Bit(key);
        _bits[bit >> 6] |= 1UL << (bit & 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong key)
    {
        if (key == WordKey.None)
        {
            return true;
        }

        int bit = Bit(key);
        return (_bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(ulong key) => (int)(WordKey.Spread(key) >> (64 - Bits));
}

/// <summary>
/// A 16-bit index from a word's shape: its first two letters, last letter and length, ASCII letters case-folded and
/// all other characters alike. Words equal under case-insensitive comparison share it, so a bitset over it (from
/// <see cref="NewSet"/>) rejects most words that are certainly not in a small list, without hashing them.
/// </summary>
internal static class WordShape
{
    private const int Bits = 16;

    /// <summary>An empty set of shapes.</summary>
    public static ulong[] NewSet() => new ulong[(1 << Bits) / 64];

    public static void Add(ulong[] set, ReadOnlySpan<char> word)
    {
        int bit = Of(word);
        set[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>False when no word added to <paramref name="set"/> has the shape of <paramref name="word"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayContain(ulong[] set, ReadOnlySpan<char> word)
    {
        int bit = Of(word);
        return (set[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Of(ReadOnlySpan<char> word)
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        static uint Letter(char c)
        {
            uint letter = unchecked((uint)(c | 0x20) - 'a');
            return letter < 26 ? unchecked(letter + 1) : 0;
        }

        if (word.IsEmpty)
        {
            return 0;
        }

        // Folded to 16 bits by a multiplicative hash: the set stays in the first-level cache.
        unchecked
        {
            uint a = Letter(word[0]);
            uint b = word.Length > 1 ? Letter(word[1]) : 0;
            uint z = Letter(word[^1]);
            uint shape = (((((a * 27) + b) * 27) + z) * 16) + (uint)Math.Min(word.Length, 15);
            return (int)((shape * 0x9E3779B1u) >> (32 - Bits));
        }
    }
}
