using System.Runtime.CompilerServices;
using System.Text;
using Dyad.Core;

namespace Dyad.Actors;

/// <summary>
/// The phrases of a <see cref="PhraseDictionary"/> as a token trie whose edges are found by <see cref="WordKey"/>:
/// one open-addressing table for all edges, so a step costs one probe on a key the scanner computed once per token,
/// instead of hashing the word again at every dictionary and trie level. Words outside ASCII have no key; a walk
/// that meets one reports it and the caller asks the general <see cref="Text.PhraseMatcher{T}"/>, which holds the
/// same phrases. Written while the dictionary compiles, read-only afterwards.
/// </summary>
internal sealed class KeyedPhraseTrie
{
    private readonly List<List<LexiconEntry>?> _payloads = [null];

    // Per node, whether any edge leaves it: a walk stops at a leaf without keying and probing the next word.
    private readonly List<bool> _branches = [false];
    private Edge[] _edges = new Edge[1024];
    private int _edgeCount;

    /// <summary>Adds <paramref name="phrase"/>, already tokenized into <paramref name="tokens"/>.</summary>
    public void Add(string phrase, List<Token> tokens, LexiconEntry entry)
    {
        int node = 0;
        foreach (var token in tokens)
        {
            var word = phrase.Substring(token.Start, token.Span.Length);
            ulong key = WordKey.Of(word);
            int child = Find(node, key, word);
            if (child == 0)
            {
                child = _payloads.Count;
                _payloads.Add(null);
                _branches.Add(false);
                _branches[node] = true;
                Insert(new Edge(key, node, child, word));
            }

            node = child;
        }

        (_payloads[node] ??= []).Add(entry);
    }

    /// <summary>The node reached from the root by <paramref name="word"/> (key <paramref name="key"/>), or 0 when no phrase starts with it.</summary>
    public int Root(ReadOnlySpan<char> word, ulong key) => Find(0, key, word);

    /// <summary>
    /// The longest phrase at <paramref name="start"/>: its length in tokens (0 when none) and its entries in the order
    /// they were added; -1 when the walk met a word without a key (the caller must ask the general matcher).
    /// <paramref name="keys"/> gives the key of each word.
    /// </summary>
    public int LongestMatch<TKeys>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, TKeys keys, out List<LexiconEntry>? payloads)
        where TKeys : struct, IWordKeys, allows ref struct
    {
        payloads = null;
        ulong key = keys.KeyOf(start);
        if (key == WordKey.None)
        {
            return -1;
        }

        int first = Find(0, key, text.Slice(tokens[start].Start, tokens[start].Span.Length));
        return first == 0 ? 0 : LongestMatchFrom(text, tokens, start, first, keys, out payloads);
    }

    /// <summary>
    /// Like <see cref="LongestMatch"/> with the first step already taken: <paramref name="firstNode"/> is the
    /// (non-root) node the word at <paramref name="start"/> leads to, which the scanner's word table knows.
    /// </summary>
    public int LongestMatchFrom<TKeys>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int firstNode, TKeys keys, out List<LexiconEntry>? payloads)
        where TKeys : struct, IWordKeys, allows ref struct
    {
        int node = firstNode;
        payloads = _payloads[node];
        int best = payloads is null ? 0 : 1;
        for (int t = start + 1; t < tokens.Length && _branches[node]; t++)
        {
            ulong key = keys.KeyOf(t);
            if (key == WordKey.None)
            {
                payloads = null;
                return -1;
            }

            int child = Find(node, key, text.Slice(tokens[t].Start, tokens[t].Span.Length));
            if (child == 0)
            {
                break;
            }

            node = child;
            if (_payloads[node] is { } found)
            {
                best = t - start + 1;
                payloads = found;
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(int parent, ulong key, ReadOnlySpan<char> word)
    {
        var edges = _edges;
        int mask = edges.Length - 1;
        for (int slot = Slot(parent, key, mask); ; slot = (slot + 1) & mask)
        {
            ref readonly var edge = ref edges[slot];
            if (edge.Child == 0)
            {
                return 0;
            }

            if (edge.Key == key && edge.Parent == parent
                && (key == WordKey.None ? word.Equals(edge.Word, StringComparison.OrdinalIgnoreCase) : WordKey.IsExact(key) || Ascii.EqualsIgnoreCase(word, edge.Word)))
            {
                return edge.Child;
            }
        }
    }

    private void Insert(Edge edge)
    {
        if ((_edgeCount + 1) * 2 > _edges.Length)
        {
            var old = _edges;
            _edges = new Edge[old.Length * 2];
            foreach (var e in old)
            {
                if (e.Child != 0)
                {
                    Place(e);
                }
            }
        }

        Place(edge);
        _edgeCount++;
    }

    private void Place(Edge edge)
    {
        int mask = _edges.Length - 1;
        int slot = Slot(edge.Parent, edge.Key, mask);
        while (_edges[slot].Child != 0)
        {
            slot = (slot + 1) & mask;
        }

        _edges[slot] = edge;
    }

    private static int Slot(int parent, ulong key, int mask) =>
        (int)(unchecked((key ^ ((ulong)parent * 0x9E3779B97F4A7C15)) * 0xD6E8FEB86659FD93) >> 40) & mask;

    /// <summary>An edge from <see cref="Parent"/> to <see cref="Child"/> (never the root, so 0 marks an empty slot).</summary>
    private readonly record struct Edge(ulong Key, int Parent, int Child, string Word);
}
