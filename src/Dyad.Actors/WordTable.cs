using System.Runtime.CompilerServices;
using System.Text;

namespace Dyad.Actors;

/// <summary>What a lexicon knows about one word type: its closed classes and lexicon flags, and the trie nodes it leads to.</summary>
/// <param name="Class">The word's <see cref="Words"/> classes and lexicon flags (<see cref="WordClass.ActorLowerStart"/> …).</param>
/// <param name="ActorNode">The actor trie node the word leads to from the root; 0 when no actor phrase starts with it.</param>
/// <param name="AgentNode">The same in the agent trie.</param>
internal readonly record struct WordInfo(WordClass Class, int ActorNode, int AgentNode);

/// <summary>
/// Every per-word answer the scanner needs about a word type, keyed by <see cref="WordKey"/> (ASCII case-folded) in one
/// open-addressing table compiled with the lexicon: a token costs one hash and one probe instead of a filter, a probe
/// and a string comparison per question (class, may start a phrase in lower case, first trie step, given name).
/// Words outside ASCII have no key and are not here; the scanner asks the general lookups for them. Read-only after
/// construction, so all threads share it.
/// </summary>
internal sealed class WordTable
{
    private readonly Entry[] _entries;

    public WordTable(PhraseDictionary actors, PhraseDictionary agents, IEnumerable<string> givenNames)
    {
        var classes = Words.BuildClassDictionary();
        var actorWords = actors.KeyedFirstWords().ToList();
        var agentWords = agents.KeyedFirstWords().ToList();
        var names = givenNames.ToList();
        int size = 16;
        while (size < (classes.Count + actorWords.Count + agentWords.Count + names.Count) * 2)
        {
            size <<= 1;
        }

        _entries = new Entry[size];
        foreach (var (word, c) in classes)
        {
            Add(word, info => info with { Class = info.Class | c });
        }

        foreach (var (word, lower, node) in actorWords)
        {
            Add(word, info => info with { Class = info.Class | (lower ? WordClass.ActorLowerStart : WordClass.None), ActorNode = node });
        }

        foreach (var (word, lower, node) in agentWords)
        {
            Add(word, info => info with { Class = info.Class | (lower ? WordClass.AgentLowerStart : WordClass.None), AgentNode = node });
        }

        foreach (var name in names)
        {
            Add(name, info => info with { Class = info.Class | WordClass.GivenNameFolded });
        }
    }

    /// <summary>What the table knows about <paramref name="word"/>, whose key <paramref name="key"/> is not <see cref="WordKey.None"/>; nothing when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordInfo Find(ReadOnlySpan<char> word, ulong key)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref entries[slot];
            if (entry.Key == key && Ascii.EqualsIgnoreCase(word, entry.Word))
            {
                return entry.Info;
            }

            if (entry.Key == 0)
            {
                return default;
            }
        }
    }

    private void Add(string word, Func<WordInfo, WordInfo> update)
    {
        ulong key = WordKey.Of(word);
        if (key == WordKey.None)
        {
            return;
        }

        int mask = _entries.Length - 1;
        int slot = Slot(key, mask);
        while (_entries[slot].Key != 0 && !(_entries[slot].Key == key && Ascii.EqualsIgnoreCase(word, _entries[slot].Word)))
        {
            slot = (slot + 1) & mask;
        }

        ref var entry = ref _entries[slot];
        entry = new Entry(key, entry.Word ?? word, update(entry.Info));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong key, int mask) => (int)(key >> 40) & mask;

    /// <summary>A word (its first spelling added) and what is known about it; <see cref="Key"/> 0 marks an empty slot.</summary>
    private readonly record struct Entry(ulong Key, string Word, WordInfo Info);
}
