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
    // Probed first: the high half of each word's key (0 = empty), 16 slots to a cache line, so that a word absent from
    // the table (most words) costs one line; the entries are read only on a tag match.
    private readonly uint[] _tags;
    private readonly Entry[] _entries;

    public WordTable(PhraseDictionary actors, PhraseDictionary agents, IEnumerable<string> givenNames)
    {
        // Gathered by word first (ASCII only: the table's keys fold ASCII case), then laid out at half load.
        var infos = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, Func<WordInfo, WordInfo> update)
        {
            if (WordKey.Of(word) != WordKey.None)
            {
                infos[word] = update(infos.GetValueOrDefault(word));
            }
        }

        foreach (var (word, c) in Words.BuildClassDictionary())
        {
            Add(word, info => info with { Class = info.Class | c });
        }

        foreach (var (word, lower, node) in actors.KeyedFirstWords())
        {
            Add(word, info => info with { Class = info.Class | (lower ? WordClass.ActorLowerStart : WordClass.None), ActorNode = node });
        }

        foreach (var (word, lower, node) in agents.KeyedFirstWords())
        {
            Add(word, info => info with { Class = info.Class | (lower ? WordClass.AgentLowerStart : WordClass.None), AgentNode = node });
        }

        foreach (var name in givenNames)
        {
            Add(name, info => info with { Class = info.Class | WordClass.GivenNameFolded });
        }

        int size = 16;
        while (size < infos.Count * 2)
        {
            size <<= 1;
        }

        _tags = new uint[size];
        _entries = new Entry[size];
        foreach (var (word, info) in infos)
        {
            ulong key = WordKey.Of(word);
            int slot = Slot(key, size - 1);
            while (_tags[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _tags[slot] = Tag(key);
            _entries[slot] = new Entry(key, word, info);
        }
    }

    /// <summary>What the table knows about <paramref name="word"/>, whose key <paramref name="key"/> is not <see cref="WordKey.None"/>; nothing when absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordInfo Find(ReadOnlySpan<char> word, ulong key)
    {
        var tags = _tags;
        int mask = tags.Length - 1;
        uint tag = Tag(key);
        for (int slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            uint t = tags[slot];
            if (t == tag)
            {
                ref readonly var entry = ref _entries[slot];
                if (entry.Key == key && (WordKey.IsExact(key) || Ascii.EqualsIgnoreCase(word, entry.Word)))
                {
                    return entry.Info;
                }
            }
            else if (t == 0)
            {
                return default;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(ulong key, int mask) => (int)(WordKey.Spread(key) >> 40) & mask;

    // Never 0, which marks an empty slot.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Tag(ulong key) => unchecked((uint)WordKey.Spread(key)) | 1;

    /// <summary>A word and what is known about it.</summary>
    private readonly record struct Entry(ulong Key, string Word, WordInfo Info);
}
