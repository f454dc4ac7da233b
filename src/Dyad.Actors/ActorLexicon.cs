using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Dyad.Actors;

/// <summary>
/// The dictionaries the actor stage codes with: actors, agents and the word lists behind name recognition.
/// <see cref="Default"/> is Dyad's own data; <see cref="FromPetrarch"/> and <see cref="FromTabari"/> load peers'
/// dictionaries by path (adding Dyad's given names and state codes, which they lack). Immutable once built.
/// </summary>
public sealed class ActorLexicon
{
    private static readonly Lazy<ActorLexicon> DefaultLexicon = new(() => FromDyadData(null));

    private ActorLexicon(string name, ActorDictionary actors, AgentDictionary agents, HashSet<string> countries, HashSet<string> givenNames, List<string> problems, TimeSpan compileTime)
    {
        Name = name;
        Actors = actors;
        Agents = agents;
        Countries = countries;
        GivenNames = givenNames;
        GivenNameLookup = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _lowerScan = WordShape.NewSet();
        _premodifierScan = WordShape.NewSet();
        foreach (var word in actors.LowerFirstWords().Concat(agents.LowerFirstWords()))
        {
            WordShape.Add(_lowerScan, word);
        }

        foreach (var (word, c) in Words.BuildClassDictionary())
        {
            if ((c & WordClass.Determiner) != 0)
            {
                WordShape.Add(_lowerScan, word);
            }

            if ((c & WordClass.Premodifier) != 0)
            {
                WordShape.Add(_premodifierScan, word);
            }
        }

        _anyStems = actors.HasStems || agents.HasStems;
        _givenNameBuckets = new ulong[(27 * 27 * 16 + 63) / 64];
        foreach (var givenName in givenNames)
        {
            int bit = PhraseDictionary.FilterBit(givenName);
            _givenNameBuckets[bit >> 6] |= 1UL << (bit & 63);
        }

        Table = new WordTable(actors, agents, givenNames);
        Problems = problems;
        CompileTime = compileTime;
    }

    /// <summary>Dyad's own data (embedded from <c>data/actors</c>), compiled on first use.</summary>
    public static ActorLexicon Default => DefaultLexicon.Value;

    /// <summary>Where the dictionaries came from (<c>dyad</c>, <c>petrarch</c>, <c>tabari</c>).</summary>
    public string Name { get; }

    public ActorDictionary Actors { get; }

    public AgentDictionary Agents { get; }

    /// <summary>Known state and territory codes (ISO 3166 alpha-3).</summary>
    public IReadOnlySet<string> Countries { get; }

    public IReadOnlySet<string> GivenNames { get; }

    /// <summary>Lines that could not be read, as <c>file:line: reason</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>How long reading and compiling took.</summary>
    public TimeSpan CompileTime { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup { get; }

    /// <summary>Every per-word answer the scanner needs, by <see cref="WordKey"/>: one probe per token.</summary>
    internal WordTable Table { get; }

    /// <summary>
    /// The least the actor stage does for every word: its key and one probe of <see cref="Table"/>. Returns how many
    /// words the table knows. <c>dyad bench</c> times it as the floor under any dictionary stage ("probe_floor").
    /// </summary>
    public long ProbeWords(Dyad.Core.Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        long known = 0;
        var text = document.Text.AsSpan();
        foreach (ref readonly var token in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens))
        {
            if (token.Kind != Dyad.Core.TokenKind.Word)
            {
                continue;
            }

            var word = text.Slice(token.Span.Start, token.Span.Length);
            ulong key = WordKey.Of(word);
            if (key != WordKey.None && Table.Find(word, key).Class != WordClass.None)
            {
                known++;
            }
        }

        return known;
    }

    // The shapes (WordShape) of every word that may start a phrase in lower case, in either dictionary, or be a
    // determiner: one bit test rejects most lower-case words before any other work. The same for premodifiers.
    private readonly ulong[] _lowerScan;
    private readonly ulong[] _premodifierScan;
    private readonly bool _anyStems;

    // The filter buckets of the given names: most capitalized words are no given name, and need no hashing to say so.
    private readonly ulong[] _givenNameBuckets;

    /// <summary>Whether <paramref name="word"/> is one of <see cref="GivenNames"/> (ordinal).</summary>
    internal bool IsGivenName(ReadOnlySpan<char> word)
    {
        int bit = PhraseDictionary.FilterBit(word);
        return (_givenNameBuckets[bit >> 6] & (1UL << (bit & 63))) != 0 && GivenNameLookup.Contains(word);
    }

    /// <summary>False when lower-case <paramref name="word"/> can start nothing: no phrase, no determiner.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayStartLowerScan(ReadOnlySpan<char> word) => _anyStems || WordShape.MayContain(_lowerScan, word);

    /// <summary>False when <paramref name="word"/> is certainly no premodifier.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayBePremodifier(ReadOnlySpan<char> word) => WordShape.MayContain(_premodifierScan, word);

    /// <summary>Dyad's own data, from <paramref name="folder"/> (a <c>data/actors</c> folder) or the embedded copy when null.</summary>
    public static ActorLexicon FromDyadData(string? folder)
    {
        var watch = Stopwatch.StartNew();
        var actors = new ActorDictionary();
        var agents = new AgentDictionary();
        var countries = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        DyadDataReader.Load(folder, actors, agents, countries, givenNames, problems);
        return new ActorLexicon("dyad", actors, agents, countries, givenNames, problems, watch.Elapsed);
    }

    /// <summary>PETRARCH dictionaries: one or more <c>.actors.txt</c> files and an optional agents file.</summary>
    public static ActorLexicon FromPetrarch(IEnumerable<string> actorsPaths, string? agentsPath) =>
        FromPeer("petrarch", actorsPaths, agentsPath);

    /// <summary>TABARI dictionaries (<c>.actors</c>, <c>.agents</c>): the same syntax with <c>;</c> comments.</summary>
    public static ActorLexicon FromTabari(IEnumerable<string> actorsPaths, string? agentsPath) =>
        FromPeer("tabari", actorsPaths, agentsPath);

    private static ActorLexicon FromPeer(string name, IEnumerable<string> actorsPaths, string? agentsPath)
    {
        ArgumentNullException.ThrowIfNull(actorsPaths);
        var watch = Stopwatch.StartNew();
        var actors = new ActorDictionary();
        var agents = new AgentDictionary();
        var problems = new List<string>();
        var countries = new HashSet<string>(Default.Countries, StringComparer.Ordinal);
        var givenNames = new HashSet<string>(Default.GivenNames, StringComparer.Ordinal);
        foreach (var path in actorsPaths)
        {
            PetrarchDictionaryReader.ReadActors(path, actors, countries, problems);
        }

        if (agentsPath is not null)
        {
            PetrarchDictionaryReader.ReadAgents(agentsPath, agents, problems);
        }

        return new ActorLexicon(name, actors, agents, countries, givenNames, problems, watch.Elapsed);
    }
}
