using System.Runtime.InteropServices;
using Dyad.Core;

namespace Dyad.Text;

/// <summary>
/// A compiled multi-word dictionary: a trie over tokens (case-insensitive, tokenized with <see cref="Tokenizer"/> so
/// phrases and text split alike), answering the longest phrase that starts at a token without allocating.
/// Build once, then share between threads: matching only reads.
/// </summary>
/// <typeparam name="T">What a phrase maps to (an actor entry, a verb pattern, …).</typeparam>
public sealed class PhraseMatcher<T>
{
    private readonly List<Node> _nodes = [new Node()];

    /// <summary>How many phrases were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds <paramref name="phrase"/> (tokenized like text) with its payload; a phrase may carry several payloads.</summary>
    public void Add(string phrase, T payload)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, tokens);
        if (tokens.Count == 0)
        {
            throw new ArgumentException("a phrase needs at least one token", nameof(phrase));
        }

        int node = 0;
        foreach (var token in tokens)
        {
            var word = phrase.Substring(token.Start, token.Span.Length);
            var children = _nodes[node].Children ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            if (!children.TryGetValue(word, out int child))
            {
                child = _nodes.Count;
                _nodes.Add(new Node());
                children.Add(word, child);
            }

            node = child;
        }

        (_nodes[node].Payloads ??= []).Add(payload);
        Count++;
    }

    /// <summary>
    /// The longest phrase starting at <paramref name="start"/>: returns its length in tokens (0 when none) and its payloads.
    /// </summary>
    public int LongestMatch(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int start, out IReadOnlyList<T> payloads)
    {
        payloads = [];
        int node = 0;
        int best = 0;
        for (int t = start; t < tokens.Length; t++)
        {
            var children = _nodes[node].Children;
            if (children is null)
            {
                break;
            }

            var lookup = children.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text.Slice(tokens[t].Start, tokens[t].Span.Length), out int child))
            {
                break;
            }

            node = child;
            if (_nodes[node].Payloads is { } found)
            {
                best = t - start + 1;
                payloads = found;
            }
        }

        return best;
    }

    /// <summary>Every match in a token range, longest first and left to right without overlaps.</summary>
    public void FindAll(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<(int Start, int Length, IReadOnlyList<T> Payloads)> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int t = 0;
        while (t < tokens.Length)
        {
            int length = LongestMatch(text, tokens, t, out var payloads);
            if (length > 0)
            {
                output.Add((t, length, payloads));
                t += length;
            }
            else
            {
                t++;
            }
        }
    }

    [StructLayout(LayoutKind.Auto)]
    private sealed class Node
    {
        public Dictionary<string, int>? Children { get; set; }

        public List<T>? Payloads { get; set; }
    }
}
