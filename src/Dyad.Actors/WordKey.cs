using System.Runtime.CompilerServices;

namespace Dyad.Actors;

/// <summary>
/// A case-folded 64-bit hash of a word, computed once per token so that every dictionary the scanner consults can
/// reject the word with one bit test instead of hashing it again. Only ASCII words get a key: no other character
/// equals an ASCII one under ordinal case-insensitive comparison, so an ASCII key never hides a dictionary word.
/// </summary>
internal static class WordKey
{
    /// <summary>The key of a word with a character outside ASCII (or an empty word): filters must not reject it.</summary>
    public const ulong None = 2;

    /// <summary>The key of <paramref name="word"/>: odd for ASCII words, <see cref="None"/> otherwise.</summary>
    public static ulong Of(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return None;
        }

        ulong h = 14695981039346656037;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return None;
            }

            uint folded = c is >= 'A' and <= 'Z' ? (uint)c | 0x20 : c;
            h = unchecked((h ^ folded) * 1099511628211);
        }

        return h | 1;
    }
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
    private static int Bit(ulong key) => (int)(key >> (64 - Bits));
}
