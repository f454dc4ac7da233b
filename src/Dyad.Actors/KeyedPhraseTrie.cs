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
    // Per node, its entries and a one-bit-per-key filter of the edges that leave it, side by side: a walk reads one
    // array element per step, stops at a leaf without keying the next word, and probes the (large, rarely cached)
    // edge table only when the next word's bit is set, which for most words after a phrase's first is not.
    private Node[] _nodes = new Node[64];
    private int _nodeCount = 1;
    private Edge[] _edges = new Edge[1024];
    private int _edgeCount;

    // A one-hash Bloom filter over all edges (parent and key), 32 KB: a node with many children ("the", "United")
    // lets most words through its own filter, and this second test spares most of those a probe of the edge table.
    private const int PairBits = 18;
    private readonly ulong[] _pairs = new ulong[(1 << PairBits) / 64];

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
                if (_nodeCount == _nodes.Length)
                {
                    Array.Resize(ref _nodes, _nodes.Length * 2);
                }

                child = _nodeCount++;
                _nodes[node].Children |= ChildBit(key);
                int pair = PairBit(node, key);
                _pairs[pair >> 6] |= 1UL << (pair & 63);
                Insert(new Edge(key, node, child, word));
            }

            node = child;
        }

        // An array, not a list: a walk that finds the phrase reads the entries without going through a list object.
        ref var payloads = ref _nodes[node].Payloads;
        payloads = payloads is null ? [entry] : [.. payloads, entry];
    }

    /// <summary>The node reached from the root by <paramref name="word"/> (key <paramref name="key"/>), or 0 when no phrase starts with it.</summary>
    public int Root(ReadOnlySpan<char> word, ulong key) => Find(0, key, word);

    /// <summary>
    /// The longest phrase at <paramref name="start"/>: its length in tokens (0 when none) and its entries in the order
    /// they were added; -1 when the walk met a word without a key (the caller must ask the general matcher).
    /// <paramref name="keys"/> gives the key of each word.
    /// </summary>
    public int LongestMatch<TKeys>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, TKeys keys, out LexiconEntry[]? payloads)
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
    public int LongestMatchFrom<TKeys>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, int firstNode, TKeys keys, out LexiconEntry[]? payloads)
        where TKeys : struct, IWordKeys, allows ref struct
    {
        var nodes = _nodes;
        int node = firstNode;
        ulong children = nodes[node].Children;
        payloads = nodes[node].Payloads;
        int best = payloads is null ? 0 : 1;
        for (int t = start + 1; t < tokens.Length && children != 0; t++)
        {
            ulong key = keys.KeyOf(t);
            if (key == WordKey.None)
            {
                payloads = null;
                return -1;
            }

            int child = (children & ChildBit(key)) == 0 || !MayHaveEdge(node, key) ? 0 : Find(node, key, text.Slice(tokens[t].Start, tokens[t].Span.Length));
            if (child == 0)
            {
                break;
            }

            node = child;
            children = nodes[child].Children;
            if (nodes[child].Payloads is { } found)
            {
                best = t - start + 1;
                payloads = found;
            }
        }

        return best;
    }

    /// <summary>The bit of <paramref name="key"/> in a node's edge filter (<see cref="Node.Children"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ChildBit(ulong key) => 1UL << (int)(WordKey.Spread(key) >> 58);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHaveEdge(int parent, ulong key)
    {
        int pair = PairBit(parent, key);
        return (_pairs[pair >> 6] & (1UL << (pair & 63))) != 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairBit(int parent, ulong key) => (int)(Mix(parent, key) >> (64 - PairBits));

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

    private static int Slot(int parent, ulong key, int mask) => (int)(Mix(parent, key) >> 40) & mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(int parent, ulong key) => unchecked((key ^ ((ulong)parent * 0x9E3779B97F4A7C15)) * 0xD6E8FEB86659FD93);

    /// <summary>A trie node: the entries of the phrase ending here, and a filter of the keys of the edges leaving it (0 at a leaf).</summary>
    private struct Node
    {
        public LexiconEntry[]? Payloads;
        public ulong Children;
    }

    /// <summary>An edge from <see cref="Parent"/> to <see cref="Child"/> (never the root, so 0 marks an empty slot).</summary>
    private readonly record struct Edge(ulong Key, int Parent, int Child, string Word);
}
