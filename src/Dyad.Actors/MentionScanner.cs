using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dyad.Core;
using Dyad.Text;

namespace Dyad.Actors;

/// <summary>
/// The per-document work of <see cref="ActorStage"/>: one left-to-right pass over each sentence's tokens that
/// matches dictionary phrases, composes countries with roles and names, recognizes unknown names from capitalized
/// sequences, and resolves later references against the mentions already found. Created per document.
/// </summary>
internal sealed class MentionScanner
{
    private const int MaxName = 6;

    private readonly ActorLexicon _lexicon;
    private readonly Document _document;
    private readonly string _text;
    private readonly DateOnly? _date;
    private readonly List<Mention> _mentions;
    private readonly int _tokenCount;

    // Name words of people found so far (surname, given name) → the mention that names them fully.
    private Dictionary<int, int>? _personKeys;

    // How strongly each state has figured so far: the fallback owner of an unqualified national institution. In the
    // order first named, which breaks ties; a list, since an article names few states and most share one string.
    private List<(string Country, int Weight)>? _countryWeights;
    private Dictionary<string, bool>? _contextChecks;
    private bool _anyWeak;
    [ThreadStatic]
    private static Scratch? t_scratch;

    private TokenCache[] _cache = [];
    private int _sentence;
    private int _sentenceStart;
    private int _sentenceEnd;

    public MentionScanner(ActorLexicon lexicon, Document document)
    {
        _lexicon = lexicon;
        _document = document;
        _text = document.Text;
        _date = document.PublicationDate;
        _mentions = document.Mentions;
        _tokenCount = document.Tokens.Count;
    }

    // The document's tokens, copied once into the per-thread scratch array: the scanner reads them tens of times per
    // token, and an array read is cheaper than rebuilding a span over the list each time.
    private Token[] _tokens = [];

    private ReadOnlySpan<Token> Tokens => new(_tokens, 0, _tokenCount);

    public void Run(CancellationToken cancellationToken)
    {
        // Per-token caches live in a per-thread scratch area that only grows: long documents would otherwise put
        // fresh arrays on the large object heap, and pooled ones pay for the pool's trimming at every full collection.
        var scratch = t_scratch ??= new Scratch();
        scratch.Prepare(_tokenCount);
        _cache = scratch.Cache;
        _tokens = scratch.Tokens;
        CollectionsMarshal.AsSpan(_document.Tokens).CopyTo(_tokens);
        Scan(cancellationToken);
    }

    private void Scan(CancellationToken cancellationToken)
    {
        for (int s = 0; s < _document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = _document.Sentences[s];
            _sentence = s;
            _sentenceStart = sentence.FirstToken;
            _sentenceEnd = sentence.EndToken;
            int i = _sentenceStart;
            var tokens = Tokens;
            while (i < _sentenceEnd)
            {
                // Most tokens start nothing: a bit test on the word's shape rejects most lower-case words here, then
                // the word table (and after an article, the next word) decides.
                var token = tokens[i];
                if (token.Kind != TokenKind.Word
                    || (!token.Has(TokenTraits.Capitalized) && (!_lexicon.MayStartLowerScan(_text.AsSpan(token.Start, token.Span.Length)) || !MayStartHere(tokens, i))))
                {
                    i++;
                    continue;
                }

                int next = At(i);
                i = next > i ? next : i + 1;
            }
        }

        Harmonize();
        Appositions();
        RoleFirstAppositions();
        SentencePlaces();
        UsStateGeorgia();
        Datelines();
    }

    /// <summary>
    /// "SEOUL (Reuters) -": the place of a wire dateline is where the story was filed, not the government that the
    /// capital stands for elsewhere.
    /// </summary>
    private void Datelines()
    {
        var sentences = _document.Sentences;
        for (int m = 0; m < _mentions.Count; m++)
        {
            var x = _mentions[m];
            string? seat = x.Kind == MentionKind.Organization && x.Country == "IGO" && x.Span.Length < 20 ? Words.SeatOf(_text.AsSpan(x.Span.Start, x.Span.Length)) : null;
            // "ANCHORAGE, Alaska —": a city no dictionary knows, in the state of the place after it.
            bool unknown = x is { Kind: MentionKind.Organization, Actor: null, Country: null, Agent: null } && m + 1 < _mentions.Count
                && _mentions[m + 1].Sentence == x.Sentence && _mentions[m + 1].Country is { } next && next != "IGO";
            if (x.Kind is not (MentionKind.Country or MentionKind.Location) && seat is null && !unknown || x.Agent == "MED")
            {
                continue;
            }

            // The splitter ends a dateline sentence after its dash: only such a sentence opening a paragraph is checked.
            var sentence = sentences[x.Sentence];
            bool opensParagraph = x.Sentence == 0 || _tokens[sentence.FirstToken].Has(TokenTraits.ParagraphBreakBefore);
            if (opensParagraph && _tokens[sentence.EndToken - 1].Kind != TokenKind.Word
                && Dateline.End(_text, Tokens, sentence.FirstToken) == sentence.EndToken)
            {
                _mentions[m] = x with
                {
                    Kind = MentionKind.Location, Actor = null, Agent = null, Evidence = new Evidence(ActorStage.StageName, "actors.dateline"),
                    Country = seat ?? (unknown ? _mentions[m + 1].Country : x.Country),
                };
            }
        }
    }

    /// <summary>Words that place an article in American politics, and words that place it in the Caucasus.</summary>
    private static readonly string[] AmericanContext = ["Atlanta", "U.S.", "United States", "American", "Republican", "Democrat", "Congress", "Senator", "Trump", "Biden", "Obama"];

    private static readonly string[] CaucasusContext = ["Tbilisi", "Georgian", "Caucasus", "Abkhazia", "Ossetia", "Saakashvili", "Zourabichvili", "Ivanishvili"];

    /// <summary>
    /// "Doug Collins of Georgia", "Georgia Governor Brian Kemp": in an article on American politics that never points
    /// to the Caucasus, Georgia is the US state (a place in the United States), not the country.
    /// </summary>
    private void UsStateGeorgia()
    {
        bool any = false;
        foreach (var m in _mentions)
        {
            any |= m.Country == "GEO";
        }

        if (!any || !ContainsAny(AmericanContext) || ContainsAny(CaucasusContext))
        {
            return;
        }

        for (int k = 0; k < _mentions.Count; k++)
        {
            var m = _mentions[k];
            if (m.Country != "GEO" || !_text.AsSpan(m.Span.Start, m.Span.Length).StartsWith("Georgia", StringComparison.Ordinal))
            {
                continue;
            }

            var evidence = new Evidence(ActorStage.StageName, m.Evidence.Rule + "+us-state");
            _mentions[k] = m.Kind is MentionKind.Country or MentionKind.Location
                ? m with { Kind = MentionKind.Location, Actor = null, Country = "USA", Agent = null, Evidence = evidence }
                : m with { Actor = m.Actor is { } actor && actor.StartsWith("GEO", StringComparison.Ordinal) ? "USA" + actor[3..] : m.Actor, Country = "USA", Evidence = evidence };
        }
    }

    /// <summary>Whether the document's text contains any of <paramref name="words"/> (case-sensitive).</summary>
    private bool ContainsAny(IReadOnlyList<string> words)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (_text.Contains(words[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }


    /// <summary>
    /// An unqualified domestic group or body ("protesters", "police", "the government", "students") still without a
    /// state takes the state of the place its sentence is set "in", when the sentence names places or states of that
    /// one state only: "Thousands of protesters marched in Hong Kong" (HKGCVL), "Police fired tear gas at protesters
    /// in Santiago" (CHLCOP). Troops and rebels are left alone: they are often foreign where they are.
    /// </summary>
    private void SentencePlaces()
    {
        int m = 0;
        while (m < _mentions.Count)
        {
            int sentence = _mentions[m].Sentence;
            int end = m;
            bool open = false;
            while (end < _mentions.Count && _mentions[end].Sentence == sentence)
            {
                open |= IsOpenDomestic(_mentions[end]);
                end++;
            }

            if (open && SetIn(m, end) is { } state)
            {
                for (int k = m; k < end; k++)
                {
                    var x = _mentions[k];
                    if (IsOpenDomestic(x))
                    {
                        _mentions[k] = x with { Actor = Compose(state, x.Agent), Country = state, Evidence = new Evidence(ActorStage.StageName, "actors.nominal.sentence-place") };
                        CodeReferences(k, _mentions[k].Actor, state, x.Agent);
                    }
                }
            }

            m = end;
        }
    }

    /// <summary>An uncoded role noun ("protesters", "the government", a capitalized "Police") of a domestic kind.</summary>
    /// Officials and ministers (human GOV roles) stay open: "foreign ministers in Cairo" come from many states.
    /// A body the article's context coded ("the government" in an article about Niger) is open too: a state placed in
    /// the sentence says more ("In 2021, soldiers in Mali overthrew the government").
    private bool IsOpenDomestic(Mention x) =>
        x is { RefersTo: null, Agent: "GOV" or "COP" or "CVL" or "EDU" or "LAB" or "OPP" or "LEG" or "JUD" }
        && (x.Agent != "GOV" || x.Kind == MentionKind.Organization)
        && (x is { Country: null, Actor: null } && (x.Evidence.Rule == "actors.nominal"
                || (x.Evidence.Rule == "actors.organization" && x.Kind == MentionKind.Organization && _text.AsSpan(x.Span.Start, x.Span.Length).IndexOf(' ') < 0))
            || x.Evidence.Rule is "actors.nominal.context" or "actors.organization.context" && x.Kind == MentionKind.Organization && IsDefiniteBody(x))
        || x is { RefersTo: null, Agent: "GOV", Kind: MentionKind.Group, Country: null, Actor: null } && x.Evidence.Rule == "actors.nominal" && IsClosingOfficials(x);

    /// <summary>
    /// ", officials said" closing a sentence: officials who report what happened where the sentence is set ("A bomb
    /// killed 20 people in Kabul on Monday, officials said") are that place's; not diplomats, ministers or leaders.
    /// </summary>
    private bool IsClosingOfficials(Mention x)
    {
        var text = _text.AsSpan(x.Span.Start, x.Span.Length);
        if (!text.Equals("officials", StringComparison.OrdinalIgnoreCase) && !text.Equals("sources", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = _text.AsSpan(0, x.Span.Start).TrimEnd();
        var after = _text.AsSpan(x.Span.End);
        if (before.Length == 0 || before[^1] != ',' || !(after.StartsWith(" said", StringComparison.Ordinal) || after.StartsWith(" say", StringComparison.Ordinal)))
        {
            return false;
        }

        // "Foreign ministers met in Brussels, officials said": visitors (other unnamed officials of no state) or an
        // international body in the sentence leave the officials' state open.
        foreach (var m in _mentions)
        {
            if (m.Sentence < x.Sentence || m.Span.Start == x.Span.Start)
            {
                continue;
            }

            if (m.Sentence > x.Sentence)
            {
                break;
            }

            if (m.Country == "IGO" || m is { Country: null, Agent: "GOV", Kind: MentionKind.Group or MentionKind.Person })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the government", "the police", a capitalized "Police": a body, not a person ("an official").</summary>
    private bool IsDefiniteBody(Mention x)
    {
        int t = TokenAt(x.Span.Start);
        return Word(t) is "the" or "The" || t > 0 && Word(t - 1) is "the" or "The" || _tokens[t].Has(TokenTraits.Capitalized) && _tokens[t].End == x.Span.End;
    }

    /// <summary>The one state of the mentions [from, to) when a place among them follows "in" and no other state is named there.</summary>
    private string? SetIn(int from, int to)
    {
        string? state = null;
        bool located = false;
        for (int k = from; k < to; k++)
        {
            var x = _mentions[k];
            if (x.Country is not { } country || IsOpenDomestic(x))
            {
                continue;
            }

            if (country == "IGO" || (state is not null && state != country))
            {
                return null;
            }

            state = country;
            if (x.Kind is MentionKind.Location or MentionKind.Country)
            {
                int t = TokenAt(x.Span.Start);
                // "in Mali", "in neighbouring Mali", "in eastern Ukraine".
                int first = _document.Sentences[x.Sentence].FirstToken;
                located |= t > first && Word(t - 1) is "in" or "In"
                    || t - 1 > first && Word(t - 2) is "in" or "In" && _tokens[t - 1].Kind == TokenKind.Word && !_tokens[t - 1].Has(TokenTraits.Capitalized);
            }
        }

        return located ? state : null;
    }

    /// <summary>The index of the token that starts at character <paramref name="start"/> (a mention's first token).</summary>
    private int TokenAt(int start)
    {
        int lo = 0, hi = _tokenCount - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_tokens[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// A name without a code followed by its role in apposition takes the role's code: "Ali Rezaei, the commander of
    /// the Iranian army" (IRNMIL), "Qasem Soleimani, head of Iran's Quds Force" (IRN); so do later references to it.
    /// </summary>
    private void Appositions()
    {
        for (int i = 0; i + 1 < _mentions.Count; i++)
        {
            var p = _mentions[i];
            var m = _mentions[i + 1];
            if (p.Actor is not null || p.Country is not null || p.RefersTo is not null || m.Sentence != p.Sentence
                || p.Kind is not (MentionKind.Person or MentionKind.Organization) || m.Country is null || m.Kind == MentionKind.Location
                || (p.Kind == MentionKind.Organization && (!IsWeak(p) || _text.AsSpan(p.Span.Start, p.Span.Length).IndexOf(' ') < 0))
                || m.Span.Start - p.Span.End > 48)
            {
                continue;
            }

            var between = _text.AsSpan(p.Span.End, m.Span.Start - p.Span.End);
            if (!AppositionLink(between, out bool roleWords, out bool article, out bool modifiers))
            {
                continue;
            }

            // "Kim You-geun, deputy director of the National Security Office": words that modify a lower-case role.
            bool lowerRole = char.IsLower(_text[m.Span.Start]);
            if (modifiers && !(lowerRole && m.Kind is MentionKind.Person))
            {
                continue;
            }

            string? actor, agent;
            if (m.Kind is MentionKind.Person or MentionKind.Group && (!roleWords || modifiers) && m.Actor is not null && (article || lowerRole || EndsWithRoleNoun(m)))
            {
                // A list of names ("NBC, Mohammad bin Salman") is not an apposition: the role has an article or is lower-case.
                // "…, the commander of the Iranian army": the role mention itself. "…, the former governor of Illinois"
                // holds no office now: the state only.
                bool former = modifiers && ContainsWord(between, "former") || ContainsWord(between, "formerly") || ContainsWord(between, "late");
                actor = former && m.Country is not "IGO" ? m.Country : m.Actor;
                agent = former ? null : m.Agent;
            }
            else if (roleWords && m.Kind is MentionKind.Organization or MentionKind.Country)
            {
                // "…, head of Iran's Quds Force": a role word, then the body or state it serves.
                actor = m.Actor ?? (m.Country == "IGO" ? null : m.Country);
                agent = m.Agent;
            }
            else
            {
                continue;
            }

            if (actor is null)
            {
                continue;
            }

            _mentions[i] = p with { Kind = MentionKind.Person, Actor = actor, Country = m.Country, Agent = agent, Evidence = new Evidence(ActorStage.StageName, p.Evidence.Rule + "+apposition") };
            CodeReferences(i, actor, m.Country, agent);
        }
    }

    /// <summary>A mention built around a role noun that ends it in lower case ("Niger's foreign minister"), not a name.</summary>
    private bool EndsWithRoleNoun(Mention m) =>
        HasRoleWord(m) && m.Span.Length > 0 && char.IsLower(_text[_text.AsSpan(m.Span.Start, m.Span.Length).LastIndexOf(' ') + m.Span.Start + 1]);

    /// <summary>
    /// "The Nigerien foreign minister, Kalla Ankourao, said": a name in apposition after a role mention is that person.
    /// </summary>
    private void RoleFirstAppositions()
    {
        for (int i = 0; i + 1 < _mentions.Count; i++)
        {
            var p = _mentions[i];
            var m = _mentions[i + 1];
            if (p.Kind != MentionKind.Person || p.Actor is null || !(EndsWithRoleNoun(p) || p.Evidence.Rule == "actors.role+affiliation") || m.Sentence != p.Sentence
                || m.Actor is not null || m.Country is not null || m.RefersTo is not null || m.Kind is not (MentionKind.Person or MentionKind.Organization)
                || !IsWeak(m) && m.Evidence.Rule is not ("actors.name.person" or "actors.name.person.given"))
            {
                continue;
            }

            // Exactly ", Name," (or the sentence's end after the name).
            var between = _text.AsSpan(p.Span.End, m.Span.Start - p.Span.End);
            if (between.Trim() is not ",")
            {
                continue;
            }

            int after = m.Span.End;
            while (after < _text.Length && _text[after] == ' ')
            {
                after++;
            }

            // "A member of the Tunisian Parliament, Samir Dilou said": opening the sentence, the pair is its subject.
            bool subjectPair = SentenceStartsAt(p) && after < _text.Length && char.IsLower(_text[after])
                && !_text.AsSpan(after).StartsWith("and ", StringComparison.Ordinal) && !_text.AsSpan(after).StartsWith("or ", StringComparison.Ordinal);
            if (after < _text.Length && _text[after] is not (',' or '.' or ';') && !subjectPair)
            {
                continue;
            }

            _mentions[i + 1] = m with { Kind = MentionKind.Person, Actor = p.Actor, Country = p.Country, Agent = p.Agent, RefersTo = p.RefersTo ?? i, Evidence = new Evidence(ActorStage.StageName, "actors.apposition.role-first") };
            CodeReferences(i + 1, p.Actor, p.Country, p.Agent);
        }
    }

    /// <summary>The mention opens its sentence, an article before it at most ("A member of …").</summary>
    private bool SentenceStartsAt(Mention m)
    {
        int start = _document.Sentences[m.Sentence].Span.Start;
        var before = _text.AsSpan(start, Math.Max(0, m.Span.Start - start)).Trim();
        return before.IsEmpty || before is "A" or "An" or "The";
    }

    /// <summary>Later uncoded references to mention <paramref name="antecedent"/> take the code it was just given.</summary>
    private void CodeReferences(int antecedent, string? actor, string? country, string? agent)
    {
        // Through chains ("Soleimani" → "General Soleimani" → "Qasem Soleimani"); a code the scan only guessed from a
        // title and the article's state (".again") or copied from a guess gives way too.
        var updated = new HashSet<int> { antecedent };
        for (int k = antecedent + 1; k < _mentions.Count; k++)
        {
            var x = _mentions[k];
            if (x.RefersTo is int r && updated.Contains(r)
                && (x.Actor is null || x.Evidence.Rule.EndsWith(".again", StringComparison.Ordinal) || updated.Count > 1 && x.Evidence.Rule.EndsWith(".reference", StringComparison.Ordinal)))
            {
                _mentions[k] = x with { Actor = actor, Country = country, Agent = agent };
                updated.Add(k);
            }
            else if (x.RefersTo is int n && updated.Contains(n) && x.Evidence.Rule == "actors.nominal.antecedent" && country is not null and not "IGO")
            {
                // "the government" again: the antecedent's state, the nominal's own agent.
                _mentions[k] = x with { Actor = Compose(country, x.Agent), Country = country };
                updated.Add(k);
            }
        }
    }

    /// <summary>Words that may stand before a role in an apposition: "Kim, deputy director of …".</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleModifiers = new[]
    {
        "deputy", "vice", "senior", "chief", "acting", "former", "executive", "assistant", "associate", "interim",
        "principal", "special", "top", "current", "outgoing", "incoming", "longtime", "veteran", "first", "second",
        "formerly", "the",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// ", " then an optional article (<paramref name="article"/>), then either nothing (the role mention follows), up
    /// to four lower-case words ending in "of", "at" or "for" (<paramref name="roleWords"/>), or up to two lower-case
    /// words that may modify a role mention after them (<paramref name="modifiers"/>: "deputy", "senior").
    /// </summary>
    private static bool AppositionLink(ReadOnlySpan<char> between, out bool roleWords, out bool article, out bool modifiers)
    {
        roleWords = false;
        article = false;
        modifiers = false;
        between = between.TrimStart();
        if (between.IsEmpty || between[0] != ',')
        {
            return false;
        }

        between = between[1..].Trim();
        int words = 0;
        bool endsWithPreposition = false;
        bool onlyModifiers = true;
        foreach (var range in between.Split(' '))
        {
            var w = between[range];
            if (w.IsEmpty)
            {
                continue;
            }

            if (words == 0 && !roleWords && (w is "the" or "a" or "an"))
            {
                article = true;
                continue;
            }

            if (!char.IsLower(w[0]) || w.ContainsAny(',', '.', ';') || ++words > 4)
            {
                return false;
            }

            roleWords = true;
            endsWithPreposition = w is "of" or "at" or "for";
            onlyModifiers &= RoleModifiers.Contains(w);
        }

        // Up to two words that modify the role that follows ("deputy", "senior", "the former").
        modifiers = roleWords && onlyModifiers && words <= 2;
        return !roleWords || endsWithPreposition || modifiers;
    }

    /// <summary>
    /// One name, one kind per document: a name guessed from weak evidence (a preposition, nothing) takes the kind
    /// that stronger evidence gave the same name elsewhere; a lone word that ends a person's name is that person.
    /// </summary>
    private void Harmonize()
    {
        if (!_anyWeak)
        {
            return;
        }

        // Which mentions are weak and the hash of their text, worked out once: the passes below ask up to three times.
        // The sets are the thread's own, emptied here: no allocation per document.
        var scratch = t_scratch!;
        int count = _mentions.Count;
        var weak = scratch.WeakMentions(count);
        var strong = scratch.StrongNames;
        strong.Clear();

        // The weak names first, with a small filter of their hashes: only a strong name with a weak name's hash can
        // ever be asked for below, so the others need not be stored (most mentions are strong).
        bool anySingle = false;
        Span<ulong> weakHashes = stackalloc ulong[4];
        for (int k = 0; k < count; k++)
        {
            var m = _mentions[k];
            if (!IsWeak(m))
            {
                weak[k] = null;
                continue;
            }

            var text = _text.AsSpan(m.Span.Start, m.Span.Length);
            int hash = NameHash(text);
            weak[k] = hash;
            weakHashes[(hash >> 6) & 3] |= 1UL << (hash & 63);
            anySingle |= m.Kind == MentionKind.Organization && text.IndexOf(' ') < 0 && NameShaped(text);
        }

        // Names whose kind strong evidence decided as person or place (a weak guess is organization already), and
        // the last word of people's names. Keyed by a cheap hash of the text: no strings. The first kind given a
        // hash wins, as the strong names come in document order.
        for (int k = 0; k < count; k++)
        {
            var m = _mentions[k];
            if (weak[k] is not null || m.Kind is MentionKind.Organization || m.RefersTo is not null || m.Evidence.Rule.StartsWith("actors.nominal", StringComparison.Ordinal))
            {
                continue;
            }

            var text = _text.AsSpan(m.Span.Start, m.Span.Length);
            int hash = NameHash(text);
            if ((weakHashes[(hash >> 6) & 3] & (1UL << (hash & 63))) != 0)
            {
                strong.TryAdd(hash, m.Kind);
            }

            int space = text.LastIndexOf(' ');
            if (m.Kind == MentionKind.Person && space > 0)
            {
                int last = NameHash(text[(space + 1)..]);
                if ((weakHashes[(last >> 6) & 3] & (1UL << (last & 63))) != 0)
                {
                    strong.TryAdd(last, MentionKind.Person);
                }
            }
        }

        // A weak two- or three-word name whose last word also stands alone elsewhere is a person ("Perttu Ahola" … "Ahola").
        if (anySingle)
        {
            var singles = scratch.SingleNames;
            singles.Clear();
            for (int k = 0; k < count; k++)
            {
                if (weak[k] is int hash)
                {
                    var m = _mentions[k];
                    var text = _text.AsSpan(m.Span.Start, m.Span.Length);
                    if (text.IndexOf(' ') < 0 && NameShaped(text))
                    {
                        singles.Add(hash);
                    }
                }
            }

            for (int i = 0; i < count; i++)
            {
                if (weak[i] is null)
                {
                    continue;
                }

                var m = _mentions[i];
                var text = _text.AsSpan(m.Span.Start, m.Span.Length);
                int space = text.LastIndexOf(' ');
                if (m.Kind == MentionKind.Organization && space > 0 && singles.Contains(NameHash(text[(space + 1)..])) && text.Count(' ') <= 2 && AllNameShaped(text))
                {
                    _mentions[i] = m with { Kind = MentionKind.Person, Evidence = new Evidence(ActorStage.StageName, "actors.name.person.surname") };
                    weak[i] = null;
                    strong.TryAdd(NameHash(text[(space + 1)..]), MentionKind.Person);
                }
            }
        }

        if (strong.Count == 0)
        {
            return;
        }

        for (int i = 0; i < count; i++)
        {
            if (weak[i] is int hash && strong.TryGetValue(hash, out var kind) && kind != _mentions[i].Kind)
            {
                var m = _mentions[i];
                _mentions[i] = m with { Kind = kind, Evidence = new Evidence(ActorStage.StageName, m.Evidence.Rule + ".harmonized") };
            }
        }
    }

    private static int NameHash(ReadOnlySpan<char> text)
    {
        uint h = 2166136261;
        foreach (char c in text)
        {
            h = unchecked((h ^ c) * 16777619);
        }

        return unchecked((int)h);
    }

    /// <summary>"Ahola", "O'Brien", "Kramp-Karrenbauer": a capital, then lower-case letters (no acronyms or camel case).</summary>
    private static bool NameShaped(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (int i = 1; i < word.Length; i++)
        {
            char c = word[i];
            if (!(char.IsLower(c) || c is '-' or '\'' or '’' || (char.IsUpper(c) && word[i - 1] is '-' or '\'' or '’')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllNameShaped(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            if (!NameShaped(text[range]) || Words.IsOrganizationCue(text[range]) || Words.IsPlaceCue(text[range]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWeak(Mention m) => m.Evidence.Rule is "actors.name" or "actors.name.place.preposition";

    // ---- the pass ------------------------------------------------------------------------------------------

    /// <summary>Whether lower-case token <paramref name="i"/>, which passed the shape filter, may start a mention.</summary>
    private bool MayStartHere(ReadOnlySpan<Token> tokens, int i)
    {
        // The shape filter (in Scan) lets through about one lower-case word in five; the word table answers exactly.
        var word = _text.AsSpan(tokens[i].Start, tokens[i].Span.Length);
        var c = Class(i);
        if (MayStartLower(i, c, word.Length))
        {
            return true;
        }

        if (!Words.IsDeterminer(word, c) || i + 1 >= _sentenceEnd)
        {
            return false;
        }

        // "the" matters only before a name, a role word or a premodifier.
        var next = tokens[i + 1];
        if (next.Kind != TokenKind.Word)
        {
            return false;
        }

        if (next.Has(TokenTraits.Capitalized))
        {
            return true;
        }

        var nextWord = _text.AsSpan(next.Start, next.Span.Length);
        if (!_lexicon.MayStartLowerScan(nextWord) && !_lexicon.MayBePremodifier(nextWord))
        {
            return false;
        }

        var nextClass = Class(i + 1);
        return MayStartLower(i + 1, nextClass, nextWord.Length) || Words.IsPremodifier(nextWord, nextClass);
    }

    /// <summary>
    /// Whether a dictionary phrase may start at lower-case token <paramref name="i"/> (classes <paramref name="c"/>):
    /// the word table's answer, or the cheap bitsets for a word outside ASCII.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStartLower(int i, WordClass c, int length)
    {
        if (_cache[i].Key == WordKey.None)
        {
            int bit = PhraseDictionary.FilterBit(Word(i));
            return _lexicon.Agents.MayStartLowerBit(bit, length) || _lexicon.Actors.MayStartLowerBit(bit, length);
        }

        return (c & (WordClass.ActorLowerStart | WordClass.AgentLowerStart)) != 0
            || _lexicon.Agents.StemMayStart(length) || _lexicon.Actors.StemMayStart(length);
    }

    /// <summary>Tries everything that may start at token <paramref name="i"/>; returns the token after what it consumed.</summary>
    private int At(int i)
    {
        var token = Tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return i + 1;
        }

        // "pro-Russian separatists", "anti-American protests": a stance, not the state.
        if (StanceCompoundEnd(i) is int stanceEnd)
        {
            return stanceEnd;
        }

        if (token.Has(TokenTraits.Capitalized) && IsPlainOpener(i))
        {
            return i + 1;
        }

        int length = MatchActor(i, out var entry);
        if (length > 0 && i + 1 < _sentenceEnd && Words.IsDeterminer(Word(i), Class(i)) && MatchActor(i + 1, out _) >= length)
        {
            // "the South Korean …", "The UN Security Council": the article, then a longer name.
            length = 0;
        }

        if (length > 0)
        {
            return FromActor(i, length, entry!);
        }

        bool capitalized = token.Has(TokenTraits.Capitalized);
        if (Words.IsDeterminer(Word(i), Class(i)))
        {
            return AfterDeterminer(i);
        }

        if (TryTitledPerson(i, i, null, null, out int end))
        {
            return end;
        }

        if (!capitalized)
        {
            int agentLength = MatchAgent(i, out var agent);

            // "officials said", "police detained", "rights groups said": a bare plural role names a group ("social
            // media" names no one).
            if (agentLength > 0 && ((agent!.IsHuman || agent.Agent is not null) && IsPluralWord(i + agentLength - 1) && !(i > _sentenceStart && Word(i - 1) is "social") || Words.IsPremodifier(Word(i - 1 >= _sentenceStart ? i - 1 : i), Class(i - 1 >= _sentenceStart ? i - 1 : i))))
            {
                return Nominal(i, i, agentLength, agent);
            }

            return i + 1;
        }

        return Capitalized(i);
    }

    /// <summary>
    /// A capitalized closed-class word that starts no phrase, names no person seen before and that
    /// <see cref="IsSentenceInitialCommonWord"/> takes for a common word ("He", "But", "However", "Monday"): what
    /// <see cref="Capitalized"/> would skip after every dictionary and title test failed, decided from the word table's
    /// answer without those tests (such words are a quarter of the capitalized words the scan stops at).
    /// </summary>
    private bool IsPlainOpener(int i)
    {
        var c = Class(i);
        if ((c & (WordClass.FunctionWord | WordClass.MonthOrWeekday | WordClass.CommonCapitalized)) == 0 || (c & WordClass.Determiner) != 0)
        {
            return false;
        }

        // No actor or agent phrase can start here (the test the phrase walks make first): no actor, title or role. What
        // is left of At and Capitalized for such a word is a person named before, then the common-word test.
        ref readonly var cached = ref _cache[i];
        return cached.Key != WordKey.None && cached.ActorNode == 0 && cached.AgentNode == 0 && !_lexicon.Actors.HasStems && !_lexicon.Agents.HasStems
            && PersonReference(i) is null && IsSentenceInitialCommonWord(i);
    }

    /// <summary>After <c>the</c>/<c>a</c>/<c>another</c>: skips premodifiers, then an actor, a person's name with a role, or a nominal.</summary>
    private int AfterDeterminer(int det)
    {
        int j = det + 1;
        // A capitalized premodifier that starts a name stays with it ("the Foreign Office", "the National
        // Transportation Safety Board"); before a person's role it is still skipped ("the Deputy Chief Minister").
        // Nor is a capitalized premodifier that starts a dictionary name skipped ("the New Jersey Governor").
        while (j < _sentenceEnd && Tokens[j].Kind == TokenKind.Word && Words.IsPremodifier(Word(j), Class(j)) && MatchAgent(j, out _) == 0 && !StartsBodyName(j)
            && !(Tokens[j].Has(TokenTraits.Capitalized) && MatchActor(j, out _) > 1))
        {
            j++;
        }

        if (j >= _sentenceEnd || Tokens[j].Kind != TokenKind.Word)
        {
            return j;
        }

        int length = MatchActor(j, out var entry);
        if (length > 0)
        {
            return FromActor(j, length, entry!);
        }

        // "the Moon administration": a known person's name used to name their government.
        if (PersonKey(j) is int person && j + 1 < _sentenceEnd && MatchAgent(j + 1, out var role) is int roleLength and > 0 && !role!.IsHuman)
        {
            var p = _mentions[person];
            var actor = Compose(p.Country, role.Agent);
            Emit(j, j + 1 + roleLength, MentionKind.Organization, actor, p.Country, role.Agent, person, "actors.person+agent");
            return j + 1 + roleLength;
        }

        if (TryTitledPerson(j, j, null, null, out int end))
        {
            return end;
        }

        if (Tokens[j].Has(TokenTraits.Capitalized))
        {
            return Capitalized(j);
        }

        int agentLength = MatchAgent(j, out var agent);

        // "the official Xinhua news agency", "the official news agency": an adjective before a name or a body.
        if (agentLength == 1 && Word(j) is "official" && j + 1 < _sentenceEnd && Tokens[j + 1].Kind == TokenKind.Word
            && (Tokens[j + 1].Has(TokenTraits.Capitalized) || MatchAgent(j + 1, out _) > 0))
        {
            return j + 1;
        }

        if (agentLength > 0 && Word(det) is "its" or "Its" or "their" or "Their" && TryPossessed(j, agentLength, agent!, out int ownedEnd))
        {
            return ownedEnd;
        }

        // "the aviation ministry", "the planning department": a lower-case portfolio no phrase lists, before a body.
        if (agentLength == 0 && j + 1 < _sentenceEnd && !Tokens[j].Has(TokenTraits.Capitalized) && Tokens[j + 1].Kind == TokenKind.Word
            && !Tokens[j + 1].Has(TokenTraits.Capitalized) && (Class(j) & ~(WordClass.Known | WordClass.GivenNameFolded)) == 0
            && !Word(j).EndsWith("ing", StringComparison.Ordinal) && !Word(j).EndsWith("ed", StringComparison.Ordinal)
            && MatchAgent(j + 1, out var body) is int bodyLength and > 0 && !body!.IsHuman && Word(j + bodyLength) is "ministry" or "department" or "agency" or "bureau")
        {
            return Nominal(det, j, 1 + bodyLength, body);
        }

        return agentLength > 0 ? Nominal(det, j, agentLength, agent!) : j;
    }

    /// <summary>A state body whose seat names its state ("the foreign ministry in Tokyo"); an embassy or mission abroad is not one.</summary>
    private bool IsSeatedBody(LexiconEntry agent, int head)
    {
        if (agent.Agent is not ("GOV" or "LEG" or "JUD" or "COP") || agent.IsHuman)
        {
            return false;
        }

        var w = Word(head);
        return !(w.StartsWith("embass", StringComparison.OrdinalIgnoreCase) || w.StartsWith("consulat", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("mission", StringComparison.OrdinalIgnoreCase) || w.StartsWith("delegation", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Turkey's Defense Ministry said its forces …", "China said its military …": a role after "its"/"their" belongs
    /// to the state or body just named.
    /// </summary>
    private bool TryPossessed(int i, int agentLength, LexiconEntry agent, out int end)
    {
        end = i;
        // "The Israeli military said it had struck Hamas targets. Its spokesman said …": a possessive that opens the
        // sentence points to the subject that opened the one before, not to the last body named in it.
        if (agent.Agent is not { } owned
            || ((i - 1 == _sentenceStart ? PreviousSubject() : null) ?? (OpensReport(i - 1) ? SentenceSubject() : null) ?? Possessor(plural: Word(i - 1) is "their" or "Their")) is not int owner)
        {
            return false;
        }

        var o = _mentions[owner];
        bool group = o.Agent is { } ownerAgent && !Words.IsNationalAgent(ownerAgent) && o.Actor is not null;
        // "Britain urged its citizens in Niger": a state's people are its own wherever they are.
        if (!group && !(Words.IsNationalAgent(owned) || owned is "MED" or "CVL"))
        {
            return false;
        }

        end = ExtendWithAgents(i + agentLength, out var more);
        var ownedAgent = more == "MIL" ? more : owned;
        // "the military … its spokesman": a spokesperson speaks for the body that owns it.
        if (IsSpokesTitle(i, end) && o.Agent is { } bodyAgent && Words.IsNationalAgent(bodyAgent) && o.Kind == MentionKind.Organization)
        {
            ownedAgent = bodyAgent;
        }

        var kind = RoleKind(agent, i, end);
        if (group)
        {
            // "The Tigray People's Liberation Front said its forces …": a rebel group's or party's forces are the group.
            Emit(i, end, kind, o.Actor, o.Country, o.Agent, o.RefersTo ?? owner, "actors.nominal.possessive.group");
            return true;
        }

        Emit(i, end, kind, Compose(o.Country, ownedAgent), o.Country, ownedAgent, o.RefersTo ?? owner, "actors.nominal.possessive");
        return true;
    }

    /// <summary>
    /// Whether capitalized token <paramref name="i"/> starts a name that keeps it: any capitalized run except one
    /// ending in a person's role ("the Deputy Chief Minister" is still a nominal).
    /// </summary>
    private bool StartsBodyName(int i)
    {
        if (!Tokens[i].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        int end = NameRun(i, allowJoiners: true);
        for (int t = i + 1; t < end; t++)
        {
            if (MatchAgent(t, out var role) is int length and > 0 && t + length == end && role!.IsHuman)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An actor phrase at [start, start+length): composes it with what follows (roles, titles, names).</summary>
    private int FromActor(int start, int length, LexiconEntry entry)
    {
        int end = start + length;
        if (entry.Kind == EntryKind.Person)
        {
            if (SurnameStartsOtherName(start, length, entry))
            {
                return Capitalized(start);
            }

            // "Sheikh Tamim bin Hamad Al Thani": a short variant the full name goes on from ("bin" and capitalized words).
            if (end + 1 < _sentenceEnd && NameParticles.Contains(Word(end)) && Tokens[end + 1].Has(TokenTraits.Capitalized) && NameRun(end - 1, allowJoiners: false) is int full && full > end)
            {
                end = full;
            }

            end = EmitPerson(start, end, start, end, entry, null, null, "actors.person");
            return LeaderOrgan(end, _mentions[^1]) is int organEnd ? organEnd : end;
        }

        if (entry.Kind == EntryKind.ShortForm)
        {
            return ShortForm(start, end, entry);
        }

        // "the Paris Agreement", "the Minsk Protocol", "the Lima Group": a capital that names an accord or a grouping is
        // no state.
        if (entry.Kind == EntryKind.Capital && end < _sentenceEnd && Tokens[end].Has(TokenTraits.Capitalized) && Tokens[end].Kind == TokenKind.Word
            && Word(end) is "Agreement" or "Agreements" or "Accord" or "Accords" or "Declaration" or "Convention" or "Conventions" or "Protocol"
                or "Process" or "Group" or "Format" or "Club" or "Treaty" or "Charter" or "Statute" or "Consensus" or "Principles" or "Initiative")
        {
            Emit(start, end + 1, MentionKind.Organization, null, null, null, null, "actors.named-accord");
            return end + 1;
        }

        string? code = entry.CodeOn(_date);
        var parts = entry.CodePartsOn(_date, _lexicon.Countries);
        string? country = entry.Country ?? parts.Country;
        string? agent = entry.Agent ?? parts.Agent;
        bool modifier = entry.Kind is EntryKind.Country or EntryKind.Capital or EntryKind.Institution or EntryKind.Actor || (entry.Kind == EntryKind.Adjective && !entry.IsHuman)
            || (entry.Kind == EntryKind.Organization && country == "IGO") || (entry.Kind == EntryKind.Place && country is not null);
        if (modifier && country is not null && country != "IGO" && LedBody(end) is int ledEnd)
        {
            // "the Saudi-led coalition", "US-led forces": the leading state's military.
            Emit(start, ledEnd, MentionKind.Organization, Compose(country, "MIL"), country, "MIL", null, "actors.country-led");
            return ledEnd;
        }

        if (modifier)
        {
            int k = end;
            bool possessive = k < _sentenceEnd && Tokens[k].Kind == TokenKind.Clitic && IsPossessive(k);
            if (possessive)
            {
                k++;
            }

            int composed = ComposeAfter(start, end, k, entry, country, agent, code);
            if (composed > 0)
            {
                return composed;
            }
        }

        return EmitBare(start, end, entry, code, country, agent);
    }

    /// <summary>
    /// What follows a state, capital or institution: a title and a name (<c>Japanese Chief Cabinet Secretary Yoshihide
    /// Suga</c>), a capitalized body (<c>South Korea’s National Defense Ministry</c>), an institution (<c>South Korean
    /// Blue House</c>), or a role noun (<c>Japanese government</c>). Returns 0 when nothing composes.
    /// </summary>
    private int ComposeAfter(int start, int modifierEnd, int k, LexiconEntry modifier, string? country, string? modifierAgent, string? modifierCode)
    {
        if (k >= _sentenceEnd || Tokens[k].Kind != TokenKind.Word)
        {
            return 0;
        }

        string rulePrefix = modifier.Kind == EntryKind.Adjective ? "actors.demonym" : "actors.country";
        bool stateModifier = modifier.Kind is EntryKind.Country or EntryKind.Adjective || (modifier.Kind == EntryKind.Actor && modifierAgent is null);

        // A title and a name.
        if (stateModifier && TryTitledPerson(start, k, country, rulePrefix, out int personEnd))
        {
            return personEnd;
        }

        // An institution named after the state word: "South Korean Blue House (presidential office)". A state named
        // before a body that usually means another state's ("Pakistan’s Foreign Office") keeps its own state.
        int length = MatchActor(k, out var next);
        if (length > 0 && stateModifier && next!.Kind == EntryKind.Institution)
        {
            int end = ExtendWithAgents(k + length, out _, out bool human);
            var agent = next.Agent ?? next.CodePartsOn(_date, _lexicon.Countries).Agent;

            // "U.S. State Department spokesman Ned Price": the institution's officer, named.
            if (human && TryNamedMember(start, end, country, agent, rulePrefix + "+institution+person", out int memberEnd))
            {
                return memberEnd;
            }

            Emit(start, end, MentionKind.Organization, Compose(country, agent), country, agent, null, rulePrefix + "+institution");
            return end;
        }

        // "China's U.N. envoy, Liu Jieyi", "Japan's U.N. Ambassador Koro Bessho": a state's envoy to an international
        // organization is the state's officer, not the organization's.
        if (length > 0 && stateModifier && next!.Country == "IGO" && k + length < _sentenceEnd
            && MatchAgent(k + length, out var posted) is int postedLength and > 0 && posted!.IsHuman && IsPostedTitle(k + length + postedLength - 1))
        {
            int envoyEnd = k + length + postedLength;
            if (TryNamedMember(start, envoyEnd, country, "GOV", rulePrefix + "+igo+agent+person", out int envoyNamedEnd))
            {
                return envoyNamedEnd;
            }

            Emit(start, envoyEnd, MentionKind.Person, Compose(country, "GOV"), country, "GOV", null, rulePrefix + "+igo+agent");
            return envoyEnd;
        }

        if (length > 0)
        {
            return 0;
        }

        // A capitalized body: "National Defense Ministry", "Foreign Ministry", "Japan Airlines".
        if (Tokens[k].Has(TokenTraits.Capitalized) && (stateModifier || modifier.Kind == EntryKind.Capital))
        {
            int runEnd = NameRun(k, allowJoiners: true);
            bool body = BodyAgent(k, runEnd, out var bodyAgent, out bool cue);
            if (runEnd > k && body)
            {
                int end = ExtendWithAgents(runEnd, out var extra, out bool human);
                var agent = bodyAgent ?? extra;
                if (human && TryNamedMember(start, end, country, agent, rulePrefix + "+organization+person", out int memberEnd))
                {
                    return memberEnd;
                }

                Emit(start, end, human ? MentionKind.Person : MentionKind.Organization, Compose(country, agent), country, agent, null, rulePrefix + "+organization");
                return end;
            }

            if (runEnd > k && cue)
            {
                Emit(start, runEnd, MentionKind.Organization, null, country, null, null, rulePrefix + "+organization");
                return runEnd;
            }

            return 0;
        }

        // A role noun, possibly after premodifiers: "Japanese government", "South Korean military officials".
        int j = k;
        while (j < _sentenceEnd && Tokens[j].Kind == TokenKind.Word && !Tokens[j].Has(TokenTraits.Capitalized) && Words.IsPremodifier(Word(j), Class(j)) && MatchAgent(j, out _) == 0)
        {
            j++;
        }

        LexiconEntry? role = null;
        int agentLength = j < _sentenceEnd ? MatchAgent(j, out role) : 0;
        if (agentLength == 0 || role is null)
        {
            return 0;
        }

        int roleEnd = ExtendWithAgents(j + agentLength, out var chained, out bool chainedHuman);
        if (chained == "MIL" && role.Agent == "GOV")
        {
            // "government forces", "government troops": the armed part of the government.
            role = new LexiconEntry(role.Phrase, EntryKind.Agent, [], null, "MIL", role.Source, anyCase: true) { IsHuman = true };
        }
        else if (chained == "MED" && role.Agent == "GOV")
        {
            // "state media", "government media": the state's media.
            role = new LexiconEntry(role.Phrase, EntryKind.Agent, [], null, "MED", role.Source, anyCase: true);
        }

        // "Kremlin spokesman Dmitry Peskov", "Iran's foreign minister Javad Zarif": one person with the role's code.
        // "German government spokesman Stefan Seibert": a body's role word, then a person's role chained to it.
        bool humanRole = role.IsHuman || chainedHuman;

        // A body that is not a government keeps its own kind for its people: "Taliban spokesperson X" (AFGREB), "Boeing
        // spokesman X" (USABUS); an international organization's people are the organization ("NATO spokesperson X").
        bool bodyKeeps = modifier.Kind == EntryKind.Institution && modifierAgent is not null and not "GOV" && role.Agent is null or "GOV";
        string? memberAgent = bodyKeeps ? modifierAgent : role.Agent ?? modifierAgent;
        if (humanRole && (country == "IGO" && modifierCode is not null
                ? TryNamedMember(start, roleEnd, "IGO", null, rulePrefix + "+agent+person", out int namedEnd, modifierCode)
                : TryNamedMember(start, roleEnd, country, memberAgent, rulePrefix + "+agent+person", out namedEnd)))
        {
            return namedEnd;
        }

        // "U.S. automaker Chrysler": the company is the mention; the state stays apart.
        if (roleEnd < _sentenceEnd && Tokens[roleEnd].Has(TokenTraits.Capitalized) && Tokens[roleEnd].Kind == TokenKind.Word && MatchActor(roleEnd, out _) == 0)
        {
            int nameEnd = NameRun(roleEnd, allowJoiners: true);
            if (nameEnd > roleEnd)
            {
                if (modifier.Kind != EntryKind.Adjective)
                {
                    EmitBare(start, modifierEnd, modifier, modifierCode, country, modifierAgent);
                }

                var kind = humanRole ? MentionKind.Person : MentionKind.Organization;
                var agentCode = role.Agent ?? modifierAgent;
                var nameCountry = country == "IGO" ? "IGO" : country;
                if (kind == MentionKind.Person && ResolvePersonName(roleEnd, nameEnd) is { } known)
                {
                    return EmitPerson(roleEnd, nameEnd, roleEnd, nameEnd, known, null, null, "actors.role+person");
                }

                Emit(roleEnd, nameEnd, kind, modifier.Kind == EntryKind.Institution ? modifierCode : Compose(nameCountry, agentCode), nameCountry, agentCode, null, rulePrefix + "+role+name");
                if (kind == MentionKind.Person)
                {
                    RegisterPerson(roleEnd, nameEnd, _mentions.Count - 1);
                }

                return nameEnd;
            }
        }

        // "A Houthi military spokesman": a person's role chained to a body's is a person.
        var mentionKind = !humanRole ? MentionKind.Organization : IsPluralWord(roleEnd - 1) ? MentionKind.Group : MentionKind.Person;
        string? finalAgent = memberAgent;
        string? actor = modifier.Kind == EntryKind.Institution && modifierCode is not null ? modifierCode
            : country == "IGO" ? modifierCode
            : Compose(country, finalAgent);
        Emit(start, roleEnd, mentionKind, actor, country, country == "IGO" ? null : finalAgent, null, rulePrefix + "+agent");
        return roleEnd;
    }

    /// <summary>
    /// A role noun without a state: <c>a senior official at the Foreign Ministry</c>, <c>An official from the South
    /// Korean government</c>, or a bare reference (<c>the official</c>, <c>the sources</c>) resolved to an antecedent.
    /// </summary>
    private int Nominal(int det, int start, int length, LexiconEntry agent)
    {
        int end = ExtendWithAgents(start + length, out _);
        var role = agent;

        // "the military demarcation line", "government forces": the role word only modifies another noun.
        if (end < _sentenceEnd && Tokens[end].Kind == TokenKind.Word && !Tokens[end].Has(TokenTraits.Capitalized)
            && !IsPluralWord(end) && !Word(end).EndsWith("ed", StringComparison.Ordinal) && !Words.MayFollowNoun(Word(end), Class(end))
            && !Words.IsFunctionWord(Word(end), Class(end)))
        {
            return end;
        }

        // A titled name after a lower-case role: "spokesman Dmitry Peskov".
        if (agent.IsTitle && end < _sentenceEnd && Tokens[end].Has(TokenTraits.Capitalized) && TryTitledPerson(start, start, null, null, out int titled))
        {
            return titled;
        }

        // "foreign ministry spokesperson Hua Chunying", "defence ministry spokesman Wu Qian": a body's lower-case name,
        // then its officer's title and the name.
        if (!agent.IsTitle && end - 1 > start && end < _sentenceEnd && Tokens[end].Has(TokenTraits.Capitalized)
            && MatchAgent(end - 1, out var last) == 1 && last!.IsTitle && TryTitledPerson(start, end - 1, null, null, out int bodyTitled))
        {
            return bodyTitled;
        }

        // "official from the South Korean government": the whole phrase takes the inner actor's code; so does a body
        // "of" a state ("the government of Samoa", "the army of Myanmar").
        // "the presidential office in Seoul", "the foreign ministry in Tokyo": a state body in its capital is that state's
        // (an embassy or a mission in a capital is its sender's).
        if ((agent.IsHuman || IsPolice(end - 1) || Word(end) is "of" || Word(end) is "in" && IsSeatedBody(agent, end - 1))
            && end + 1 < _sentenceEnd && Words.IsAffiliation(Word(end), Class(end)))
        {
            int before = _mentions.Count;
            int p = end + 1;
            if (Words.IsDeterminer(Word(p), Class(p)))
            {
                p++;
            }

            // "of the presidential National Security Office", "of the ruling Liberal Democratic Party": lower-case
            // modifiers before a name.
            int q = p;
            while (q < p + 2 && q + 1 < _sentenceEnd && Tokens[q].Kind == TokenKind.Word && !Tokens[q].Has(TokenTraits.Capitalized)
                && (Class(q) & (WordClass.Determiner | WordClass.Affiliation | WordClass.LocationPreposition | WordClass.Joiner | WordClass.FunctionWord | WordClass.AfterNoun)) == 0)
            {
                q++;
            }

            if (q > p && q < _sentenceEnd && Tokens[q].Kind == TokenKind.Word && Tokens[q].Has(TokenTraits.Capitalized))
            {
                p = q;
            }

            if (p < _sentenceEnd && Tokens[p].Kind == TokenKind.Word)
            {
                int innerEnd = At(p);
                // "director of Argentina's Amnesty International" serves what the state possesses, not the state.
                if (_mentions.Count == before + 1 && _mentions[before].Span.Start == Tokens[p].Start && _mentions[before].Country is not null && _mentions[before].Kind != MentionKind.Location
                    && !(innerEnd < _sentenceEnd && (IsPossessive(innerEnd) || Word(innerEnd) is "'" or "’")))
                {
                    var inner = _mentions[before];
                    _mentions.RemoveAt(before);
                    // "representatives from Iran", "representatives of the two states": delegates, the state's officials.
                    // The president of an organization no dictionary types ("the Tunisian League for …") holds no state office.
                    var agentCode = inner.Agent ?? (inner.Kind == MentionKind.Organization && inner.Country != "IGO" ? null
                        : Word(end - 1) is "representatives" && role.Agent == "LEG" ? "GOV" : role.Agent);
                    var actor = inner.Country == "IGO" ? inner.Actor : Compose(inner.Country, agentCode);
                    var kind = RoleKind(agent, start, end);
                    Emit(start, innerEnd, kind, actor, inner.Country, agentCode, inner.RefersTo, "actors.role+affiliation");
                    return innerEnd;
                }

                if (_mentions.Count > before)
                {
                    // The inner part produced something else (a location, several mentions): keep it, then the role alone,
                    // which belongs to the state of a place it is "in" or "from" ("police in Hong Kong", "protesters in Paris").
                    var inserted = _mentions.GetRange(before, _mentions.Count - before);
                    _mentions.RemoveRange(before, inserted.Count);
                    var place = inserted[0];
                    if (Word(end) is "in" or "from" && place.Span.Start == Tokens[p].Start && place.Kind is MentionKind.Location
                        && place.Country is { } placeCountry && placeCountry != "IGO" && role.Agent is { } placeAgent and not ("MIL" or "IGO" or "MED")
                        && !IsVisitingRole(end - 1))
                    {
                        var placeKind = RoleKind(agent, start, end);
                        Emit(start, end, placeKind, Compose(placeCountry, placeAgent), placeCountry, placeAgent, null, "actors.nominal.place");
                    }
                    else
                    {
                        EmitNominal(det, start, end, role);
                    }

                    foreach (var m in inserted)
                    {
                        _mentions.Add(m);
                        Weigh(m);
                    }

                    return innerEnd;
                }
            }
        }

        EmitNominal(det, start, end, role);
        return end;
    }

    /// <summary>A body, one person or several: "members of Parliament" are several (the head before "of" says so).</summary>
    private MentionKind RoleKind(LexiconEntry role, int start, int end)
    {
        if (!role.IsHuman)
        {
            return MentionKind.Organization;
        }

        int head = end - 1;
        for (int k = start + 1; k < end - 1; k++)
        {
            if (Word(k) is "of")
            {
                head = k - 1;
                break;
            }
        }

        return IsPluralWord(head) ? MentionKind.Group : MentionKind.Person;
    }

    private void EmitNominal(int det, int start, int end, LexiconEntry role)
    {
        var kind = RoleKind(role, start, end);
        var head = Word(end - 1);
        bool definite = det != start && (Word(det).Equals("the", StringComparison.OrdinalIgnoreCase) || Word(det).Equals("this", StringComparison.OrdinalIgnoreCase));

        // "Lula, a former president, …", "the former prime minister": out of office, no state's organ by guess.
        if (IsFormer(start))
        {
            Emit(start, end, kind, null, null, null, null, "actors.nominal.former");
            return;
        }

        // "the regional governor", "the mayor": a local office refers back only to a holder of the same office; any
        // other is the office of the place the sentence names ("… shelled the city of Chernihiv, the regional governor said").
        bool local = kind == MentionKind.Person && IsLocalTitle(start, end);
        // "the drone", "the warship": a weapon refers back only to one named with the same word, never to whichever
        // armed body was named last ("the Revolutionary Guards said … the drone was in international airspace").
        bool weapon = IsWeapon(head);
        int? antecedent = definite ? (kind == MentionKind.Person ? TitledAntecedent(start, end) : null) ?? FindAntecedent(head, local || weapon ? null : role.Agent, kind) : null;
        if (antecedent is int a)
        {
            var m = _mentions[a];
            // "the Alliance" after "the Example Alliance for Democracy": the body's own codes, not a state's IGO.
            // "the ministry" after "The Interior Ministry": the body named before keeps its own agent (COP).
            var agent = role.Agent is "IGO" || m.Country is "IGO" || m.Kind == kind && m.Agent is not null ? m.Agent : role.Agent ?? m.Agent;
            var actor = m.Country == "IGO" || role.Agent is "IGO" ? m.Actor : Compose(m.Country, agent);
            Emit(start, end, kind, actor, m.Country, agent, a, "actors.nominal.antecedent");
            return;
        }

        if (local)
        {
            if ((SentencePlace() ?? DominantCountry()) is { } seat)
            {
                Emit(start, end, kind, Compose(seat, role.Agent), seat, role.Agent, null, "actors.nominal.sentence-place");
            }
            else
            {
                Emit(start, end, kind, null, null, role.Agent, null, "actors.nominal");
            }

            return;
        }

        // An unqualified official or body usually belongs to the state whose organs the sentence already named
        // ("Indian police arrested …, officials said"), else to the state the article is about.
        // "world leaders", "foreign ministers", "international officials" belong to many states.
        bool manyStates = start > _sentenceStart && Word(start - 1) is "world" or "World" or "foreign" or "international" or "global" or "Western" or "regional";
        // "a member of Parliament", "a judge" are the article's state's as "an official" is; a soldier may be anyone's,
        // and "speakers" at a rally are no parliament's.
        bool national = definite ? role.Agent is { } a2 && Words.IsNationalAgent(a2)
            : role.Agent is "GOV" || role.Agent is "LEG" or "JUD" && head is not "speaker" && !head.Equals("speakers", StringComparison.OrdinalIgnoreCase);
        // "Indian troops and police", "Afghan soldiers and police": a bare organ joined by "and" to a state's organ shares
        // its state (rebels or militias joined so are its enemies or allies, not its organs).
        if (!definite && det == start && start - 2 >= _sentenceStart && Word(start - 1) is "and" && role.Agent is { } joinedAgent && Words.IsNationalAgent(joinedAgent)
            && _mentions.Count > 0 && _mentions[^1] is { Country: { } joined, Agent: { } beforeAgent } before && joined != "IGO" && Words.IsNationalAgent(beforeAgent)
            && before.Sentence == _sentence
            && before.Span.End == Tokens[start - 2].End && before.Evidence.Rule.EndsWith("+agent", StringComparison.Ordinal))
        {
            Emit(start, end, kind, Compose(joined, joinedAgent), joined, joinedAgent, null, "actors.nominal.coordinated");
            return;
        }

        // "Montenegro Municipality Association (AKK) officials", "Red Cross officials": the people of the body just named.
        if (kind == MentionKind.Group && !definite && det == start && BodyBefore(start) is { } namedBody)
        {
            var bodyAgent = namedBody.Agent ?? role.Agent;
            Emit(start, end, kind, namedBody.Actor ?? Compose(namedBody.Country, bodyAgent), namedBody.Country, bodyAgent, null, "actors.nominal.of-body");
            return;
        }

        // Several unnamed people ("officials said", "diplomats said", "both leaders") speak for a state only where the
        // sentence ties them to one: never the article's state alone, not after "both" or a modifier that names no
        // state ("European leaders", "Security sources"), never diplomats (often abroad), and a closing attribution's
        // only when its sentence names no other state before its subject's ("Fighting between Azerbaijan and
        // Armenian forces …, officials said" names two sides).
        if (kind == MentionKind.Group && !definite && role.Agent is { } groupAgent && !manyStates && national)
        {
            if (!UnqualifiedGroup(start) || IsVisitingRole(end - 1) && !head.StartsWith("minister", StringComparison.OrdinalIgnoreCase) && !head.StartsWith("leader", StringComparison.OrdinalIgnoreCase)
                || (SpeechVerbAt(end) ? SoleSubjectState() : SentenceState()) is not { } tied)
            {
                Emit(start, end, kind, null, null, role.Agent, null, "actors.nominal");
                return;
            }

            Emit(start, end, kind, Compose(tied, groupAgent), tied, groupAgent, null, "actors.nominal.sentence");
            return;
        }

        // "The White House welcomed the step. 'This is historic,' a spokesman said.": a spokesperson speaks for the body
        // the sentence before named.
        if (role.Agent is { } spokesAgent && !manyStates && national && SentenceState() is null && IsSpokesTitle(start, end) && (PreviousSubjectState() ?? PreviousSentenceBody()) is { } body)
        {
            Emit(start, end, kind, Compose(body, spokesAgent), body, spokesAgent, null, "actors.nominal.body");
            return;
        }

        // "The Japanese government believes that Seoul and Pyongyang …, informed sources said": the sources of a
        // closing attribution speak for the sentence's first state, its subject, not the last one it named.
        if (role.Agent is { } political && !manyStates && national && ((SpeechVerbAt(end) ? FirstSentenceState() : SentenceState()) ?? ContextCountry()) is { } context)
        {
            Emit(start, end, kind, Compose(context, political), context, political, null, "actors.nominal.context");
            return;
        }

        // "Venezuelan security forces arrested opposition lawmakers": a state's own institutions (legislators, judges,
        // the opposition) belong to the state whose organs the sentence names; troops, rebels or civilians may not.
        if (role.Agent is "LEG" or "JUD" && !Word(end - 1).StartsWith("representative", StringComparison.OrdinalIgnoreCase) && SentenceState() is { } domestic)
        {
            Emit(start, end, kind, Compose(domestic, role.Agent), domestic, role.Agent, null, "actors.nominal.sentence");
            return;
        }

        // "Russia condemned the violence unleashed by the opposition" in an article about Bolivia: the opposition is the
        // article's state's, whoever comments on it.
        if (definite && kind != MentionKind.Group && role.Agent is "OPP" && DominantCountry() is { } home)
        {
            Emit(start, end, kind, Compose(home, "OPP"), home, "OPP", null, "actors.nominal.article-state");
            return;
        }

        Emit(start, end, kind, null, null, role.Agent, null, "actors.nominal");
    }

    /// <summary>A capitalized word that no dictionary phrase starts at: a person's later name, a titled person, or an unknown name.</summary>
    private int Capitalized(int i)
    {
        if (PersonReference(i) is int person && SamePersonThrough(i, NameRun(i, allowJoiners: false), person))
        {
            int end = NameRun(i, allowJoiners: false);
            var p = _mentions[person];
            Emit(i, Math.Max(end, i + 1), MentionKind.Person, p.Actor, p.Country, p.Agent, person, "actors.person.reference");
            return Math.Max(end, i + 1);
        }

        // "Police in Hong Kong …", "Protesters gathered …": a sentence-initial role word is still a role word.
        int roleLength = MatchAgent(i, out var role);
        if (roleLength == 0 && IsSentenceInitialCommonWord(i))
        {
            return i + 1;
        }

        // "Musician Tiziano Lugli said …", "Singer-songwriter Carly Simon …": a profession that only starts the sentence
        // introduces the name after it.
        if (roleLength == 0 && IsCapitalizedCue(i, out int cueEnd))
        {
            return cueEnd;
        }

        // "Kurdish-led Syrian Democratic Forces", "Kurdish-held towns": a modifier no dictionary knows before a name or a
        // noun; the name after it is scanned on its own.
        if (i + 3 < _sentenceEnd && Word(i + 1) is "-" or "‑" && Tokens[i + 1].Start == Tokens[i].End && Tokens[i + 2].Start == Tokens[i + 1].End
            && Word(i + 2) is "led" or "backed" or "held" or "controlled" or "run" or "allied" or "aligned" or "funded" or "supported" or "dominated" or "based")
        {
            return i + 3;
        }

        int runEnd = NameRun(i, allowJoiners: true);
        if (runEnd <= i)
        {
            return i + 1;
        }

        // "Leftist Luiz Inacio Lula da Silva won …", "Veteran Nawaz Sharif …": a describing word that opens the sentence
        // before a known person's full name is no part of it.
        if (runEnd > i + 2 && IsSentenceInitial(i) && ResolvePersonName(i + 1, NameRun(i + 1, allowJoiners: false)) is not null)
        {
            return i + 1;
        }

        // "the town of Douma", "the province of Idlib", "the regional capital Stepanakert": a place the dictionaries do
        // not know, in the state an adjective before its noun or "in" after it names ("the Syrian town of Jarablus",
        // "the town of Maarat al-Numan in northwestern Syria").
        int placeNoun = i - 2 >= _sentenceStart && Word(i - 1) is "of" && Word(i - 2) is "town" or "city" or "village" or "province" or "region" or "district"
            or "port" or "island" or "enclave" or "county" or "municipality" ? i - 2
            : i - 1 >= _sentenceStart && Word(i - 1) is "capital" ? i - 1
            : i - 2 >= _sentenceStart && Word(i - 1) is "," && Word(i - 2) is "capital" && runEnd < _sentenceEnd && Word(runEnd) is "," ? i - 2 : -1;
        if (placeNoun >= 0 && !Tokens[i].Has(TokenTraits.Abbreviation))
        {
            var placeState = StateBeforeNoun(placeNoun) ?? StateInAfter(runEnd);
            Emit(i, runEnd, MentionKind.Location, null, placeState, null, null, placeState is null ? "actors.place.named" : "actors.place.named.state");
            return runEnd;
        }

        if (Word(i) is "Hurricane" or "Typhoon" or "Cyclone" or "Storm" or "Tropical")
        {
            return runEnd;
        }

        for (int t = i + 1; t < runEnd; t++)
        {
            // "World War II", "Paris Air Show 2009": an event's name, not an actor.
            if (Words.IsEventCue(Word(t), Class(t)))
            {
                return runEnd;
            }
        }

        if (runEnd == i + 1 && ((roleLength == 0 && (LooksCommon(i) || Words.IsFunctionWord(Word(i), Class(i)))) || (Tokens[i].Has(TokenTraits.Abbreviation) && Tokens[i].Span.Length <= 2)))
        {
            return i + 1;
        }

        // "the President said", "Parliament voted": a capitalized role alone refers back like "the president".

        // "President of France", "the Prime Minister of Japan": a role of a state named after it; "Leaders of African
        // Union": a role of an international organization.
        if (roleLength > 0 && role!.Agent is { } roleAgent && i + roleLength + 1 < runEnd && Word(i + roleLength) is "of"
            && ((Words.IsNationalAgent(roleAgent) || roleAgent == "PTY") && StateAt(i + roleLength + 1)
                || role.IsHuman && roleAgent == "GOV" && IntergovernmentalAt(i + roleLength + 1)))
        {
            int det = i > _sentenceStart && Words.IsDeterminer(Word(i - 1), Class(i - 1)) ? i - 1 : i;
            return Nominal(det, i, roleLength, role);
        }

        // "Human rights groups said": a sentence-initial capital before a lower-case role phrase.
        if (roleLength > 0 && (i + roleLength == runEnd || (runEnd == i + 1 && IsSentenceInitial(i))) && role!.Agent is not null)
        {
            int det = i > _sentenceStart && Words.IsDeterminer(Word(i - 1), Class(i - 1)) ? i - 1 : i;
            if (role.IsHuman || !Words.IsNationalBody(Word(runEnd - 1), Class(runEnd - 1)))
            {
                return Nominal(det, i, roleLength, role);
            }
        }

        // A run that starts with a role word that is not a title here ("Foreign Ministry", "National Defense Ministry").
        if (BodyAgent(i, runEnd, out var agent, out bool cue) && agent is not null)
        {
            int end = ExtendWithAgents(runEnd, out var headAgent, out bool human);
            // "Government troops advanced", "State media reported": the head decides, as after a lower-case role.
            if (headAgent is "MIL" or "MED" && agent == "GOV")
            {
                agent = headAgent;
            }

            string? country = null;
            string rule = "actors.organization";
            if (InnerCountry(i, runEnd) is null && EarlierWithTail(i, runEnd) is int earlier)
            {
                // "Quds Force" after "Iran's Quds Force": the body named before.
                var e = _mentions[earlier];
                Emit(i, runEnd, e.Kind, e.Actor, e.Country, e.Agent, earlier, "actors.organization.antecedent");
                return runEnd;
            }

            if (InnerCountry(i, runEnd) is { } inner)
            {
                country = inner;
                rule = "actors.organization.named-country";
            }
            // "…, a senior Foreign Ministry official said": a closing attribution's body belongs to the sentence's
            // first state, its subject, before the article's most named one.
            else if (Words.IsNationalAgent(agent) && Words.IsNationalBody(Word(runEnd - 1), Class(runEnd - 1))
                && (StateIn(end) ?? (SpeechVerbAt(end) || SpeechVerbAt(end + 1) ? FirstSentenceState() : null)
                    ?? (SentenceState() is null ? PreviousSubjectState() : null) ?? ContextCountry()) is { } context)
            {
                country = context;
                rule = "actors.organization.context";
            }
            else if (agent == "PTY" && DominantCountry() is { } home)
            {
                // "the Democratic Party", "the Labour Party": a party of the state the article is clearly about.
                country = home;
                rule = "actors.organization.context";
            }

            if (human && TryNamedMember(i, end, country, agent, rule + "+person", out int personEnd))
            {
                return personEnd;
            }

            Emit(i, end, !human ? MentionKind.Organization : end > runEnd && IsPluralWord(end - 1) ? MentionKind.Group : MentionKind.Person,
                Compose(country, agent), country, agent, null, rule);
            return end;
        }

        // "Karsten Warholm of Norway": a person's name, then the state they come from (named on its own after "of").
        if (PersonOfState(i, runEnd, out int of, out string? origin))
        {
            Emit(i, of, MentionKind.Person, origin, origin, null, null, "actors.name.person.of-state");
            RegisterPerson(i, of, _mentions.Count - 1);
            return of;
        }

        // "Lydia Buchtmann for Food Standards Australia", "John Smith of the University of Sydney": a person's name
        // ends at the first joining word; what follows is named on its own.
        if (!cue && IsGivenName(i) && PersonNameEnd(i, runEnd) is int nameEnd)
        {
            return EmitName(i, nameEnd, organizationCue: false);
        }

        // "Kwok Ka-ki and Andrew Wan", "Google and Mohamed": with no cue word tying them, names joined by "and" are two.
        if (!cue && AndInside(i, runEnd) is int and)
        {
            return EmitName(i, and, organizationCue: false);
        }

        return EmitName(i, runEnd, cue);
    }

    /// <summary>
    /// Whether token <paramref name="i"/> starts its sentence with a lower-case person cue written capitalized
    /// ("Musician", or "Singer-songwriter" whose last part is one) before a capitalized word; <paramref name="end"/>
    /// is the token after the cue.
    /// </summary>
    private bool IsCapitalizedCue(int i, out int end)
    {
        end = i + 1;
        if (i < _sentenceStart || i + 1 >= _sentenceEnd || Tokens[i].Kind != TokenKind.Word
            || (i > _sentenceStart && Word(i - 1) is not ("\"" or "“" or "‘" or "(")))
        {
            return false;
        }

        if (i + 3 < _sentenceEnd && Word(i + 1) is "-" && !Tokens[i + 2].Has(TokenTraits.SpaceBefore) && Tokens[i + 2].Kind == TokenKind.Word
            && !Tokens[i + 2].Has(TokenTraits.Capitalized) && Words.IsPersonCue(Word(i + 2), Class(i + 2)))
        {
            end = i + 3;
        }
        else
        {
            var word = Word(i);
            if (word.Length is < 3 or > 24 || !char.IsUpper(word[0]))
            {
                return false;
            }

            // The word table folds ASCII case, so a keyed word's classes are those of its lower-case form; a word
            // without a key is lowered and classified as before.
            var cls = Class(i);
            if (_cache[i].Key != WordKey.None ? !Words.IsPersonCue(word, cls) : !Words.IsPersonCue(LowerFirst(word, stackalloc char[word.Length])))
            {
                return false;
            }
        }

        return end < _sentenceEnd && Tokens[end].Kind == TokenKind.Word && Tokens[end].Has(TokenTraits.Capitalized);
    }

    /// <summary>
    /// A known person's one-word variant ("Kerry" for John Kerry) right before another plain capitalized name word
    /// ("County sheriff Kerry Lee"): there it is someone else's given name, not that person.
    /// </summary>
    private bool SurnameStartsOtherName(int i, int length, LexiconEntry entry)
    {
        int next = i + length;
        if (length != 1 || entry.Phrase.Contains(' ', StringComparison.Ordinal) || next >= _sentenceEnd
            || Tokens[next].Kind != TokenKind.Word || !Tokens[next].Has(TokenTraits.Capitalized) || !NameShaped(Word(next)))
        {
            return false;
        }

        var word = Word(next);
        var cls = Class(next);
        return MatchActor(next, out _) == 0 && MatchAgent(next, out _) == 0 && !Words.IsOrganizationCue(word, cls)
            && !Words.IsPlaceCue(word, cls) && !Words.IsMonthOrWeekday(word, cls) && !Words.IsFunctionWord(word, cls)
            && word.Length <= 40 && !Words.IsSpeechVerb(LowerFirst(word, stackalloc char[word.Length])) && !LooksCommon(next);
    }

    /// <summary><paramref name="word"/> with its first letter in lower case ("Announced" → "announced"), written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> LowerFirst(ReadOnlySpan<char> word, Span<char> buffer)
    {
        word.CopyTo(buffer);
        if (word.Length > 0)
        {
            buffer[0] = char.ToLowerInvariant(word[0]);
        }

        return buffer[..word.Length];
    }

    /// <summary>The first "and" strictly inside the run [start, end), if any.</summary>
    private int? AndInside(int start, int end)
    {
        for (int t = start + 1; t + 1 < end; t++)
        {
            if (Tokens[t].Kind == TokenKind.Word && Word(t) is "and")
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>Inside a run that starts with a given name, the index of a joining "for", "of", "and" or "on" after it.</summary>
    private int? PersonNameEnd(int start, int runEnd)
    {
        for (int t = start + 2; t < runEnd && t - start <= 4; t++)
        {
            if (Tokens[t].Kind == TokenKind.Word && Word(t) is "for" or "of" or "and" or "on")
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>
    /// A run "Given Surname of [the] STATE" whose head is two or three name-shaped words with no role, cue or
    /// dictionary word in them (bodies named after a state, "Central Bank of Nigeria", are taken earlier or fail
    /// that); <paramref name="of"/> is the index of "of" and <paramref name="home"/> the state's code.
    /// </summary>
    private bool PersonOfState(int start, int runEnd, out int of, out string? home)
    {
        of = -1;
        home = null;
        if (!IsGivenName(start))
        {
            // "Confederate States of America", "Kim Kardashian of Pakistan" in quotes: only a known given name says person.
            return false;
        }

        for (int t = start + 2; t + 1 < runEnd && t - start <= 3; t++)
        {
            if (Word(t) is not "of")
            {
                continue;
            }

            if (ActorAfterArticle(t + 1, out var entry) == runEnd && entry!.Kind == EntryKind.Country
                && !entry.Phrase.Equals("Georgia", StringComparison.Ordinal)
                && AllNameShaped(_text.AsSpan(Tokens[start].Start, Tokens[t - 1].End - Tokens[start].Start)) && PlainNameWords(start, t)
                && CountryOf(entry) is { } country)
            {
                of = t;
                home = country;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>Tokens [start, end) are words that no dictionary knows (no state, body, role or title).</summary>
    private bool PlainNameWords(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (Tokens[t].Kind != TokenKind.Word || MatchActor(t, out _) > 0 || MatchAgent(t, out _) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationHeads = new[]
    {
        "company", "firm", "group", "carrier", "airline", "bank", "broadcaster", "newspaper", "agency", "organization",
        "organisation", "startup", "start-up", "maker", "manufacturer", "retailer", "publisher", "network",
        "channel", "outlet", "charity", "club", "band", "giant", "conglomerate", "insurer", "lender", "operator",
        "provider", "automaker", "carmaker", "chipmaker", "website", "platform", "brand", "label", "studio", "union",
        "corporation", "subsidiary", "foundation", "institute", "university", "nonprofit", "non-profit", "daily",
        "tabloid", "magazine", "distributor", "supplier", "contractor", "consultancy", "airport",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Classifies an unknown capitalized name as a person, organization or place.</summary>
    private int EmitName(int start, int end, bool organizationCue)
    {
        var last = Word(end - 1);
        string? country = InnerCountry(start, end);
        if (organizationCue || (start > _sentenceStart && OrganizationHeads.Contains(Word(start - 1))))
        {
            // "software company Red Hat announced": a lower-case organization noun right before the name.
            Emit(start, end, MentionKind.Organization, null, country, null, null, "actors.name.organization");
            return end;
        }

        int words = WordCount(start, end);
        if (words == 2 && country is null && IsEastAsianName(start, end))
        {
            // "Park Joo-ho", "Yau Wai-ching": a short family name, then a hyphenated given name ("Park" is no park here).
            Emit(start, end, MentionKind.Person, null, null, null, null, "actors.name.person.hyphenated");
            RegisterPerson(start, end, _mentions.Count - 1);
            return end;
        }

        if ((Words.IsPlaceCue(last, Class(end - 1)) || Words.IsPlaceCue(Word(start), Class(start))) && end - start >= 2)
        {
            Emit(start, end, MentionKind.Location, null, country, null, null, "actors.name.place");
            return end;
        }

        bool acronym = IsAcronym(start) && words == 1;
        bool given = IsGivenName(start) && words >= 2 && !acronym;
        bool titled = start > _sentenceStart && (Words.IsPersonCue(Word(start - 1), Class(start - 1)) || (IsCapitalizedCue(start - 1, out int e1) && e1 == start) || (IsCapitalizedCue(start - 3, out int e3) && e3 == start));
        bool nameShaped = words is 2 or 3 && AllNameLike(start, end) && country is null;
        if (given || (titled && !acronym) || (nameShaped && (SpeechFollows(end) || AppositionFollows(end))))
        {
            Emit(start, end, MentionKind.Person, null, null, null, null, given ? "actors.name.person.given" : "actors.name.person");
            RegisterPerson(start, end, _mentions.Count - 1);
            return end;
        }

        if (start > _sentenceStart && Words.IsWeakLocationPreposition(Word(start - 1)) && !acronym && words <= 3)
        {
            Emit(start, end, MentionKind.Location, null, country, null, null, "actors.name.place.preposition");
            return end;
        }

        Emit(start, end, MentionKind.Organization, null, country, null, null, "actors.name");
        return end;
    }

    /// <summary>
    /// "Yau Wai-ching", "Park Joo-Ho", "Moon Jae-in": a family name of two to five letters, then a given name of two
    /// short syllables joined by a hyphen (long parts, as in "Rhine-Westphalia", are not names of this kind).
    /// </summary>
    private bool IsEastAsianName(int start, int end)
    {
        var family = Word(start);
        if (family.Length is < 2 or > 5 || !NameShaped(family) || end - start != 4 || Word(start + 2) is not "-")
        {
            return false;
        }

        var first = Word(start + 1);
        var second = Word(start + 3);
        return first.Length is >= 2 and <= 5 && NameShaped(first) && second.Length is >= 2 and <= 5
            && char.IsLetter(second[0]) && !second[1..].ContainsAnyExceptInRange('a', 'z');
    }

    private int EmitBare(int start, int end, LexiconEntry entry, string? code, string? country, string? agent)
    {
        bool located = IsLocated(start, end, country);
        if (entry.Kind is EntryKind.Institution && IsNickname(start))
        {
            // "a state-funded home known as the “Blue House”": a name given to something else, not the institution.
            Emit(start, end, MentionKind.Organization, null, null, null, null, entry.Source + ".nickname");
            return end;
        }

        switch (entry.Kind)
        {
            case EntryKind.Adjective when entry.IsHuman:
                // "Israeli troops killed two Palestinians": the state's people.
                Emit(start, end, MentionKind.Group, code, country, null, null, entry.Source);
                return end;
            case EntryKind.Adjective:
                // A bare demonym names no actor ("Japanese nationals"), but it does name a place.
                Emit(start, end, MentionKind.Location, null, country, null, null, entry.Source);
                return end;
            case EntryKind.Country when end < _sentenceEnd && Words.IsCurrency(Word(end)):
                // "US$ 199", "US dollars": a currency, not the state.
                return end;
            case EntryKind.Country:
                Emit(start, end, located ? MentionKind.Location : MentionKind.Country, located ? null : code, country, null, null, entry.Source);
                return end;
            case EntryKind.Capital:
                // "a Kabul car bombing", "an Ankara court": after an indefinite article and before a common noun the
                // capital says where, not who.
                if (located || start > _sentenceStart && Word(start - 1) is "a" or "an" or "A" or "An"
                    && end < _sentenceEnd && Tokens[end].Kind == TokenKind.Word && !Tokens[end].Has(TokenTraits.Capitalized))
                {
                    Emit(start, end, MentionKind.Location, null, country, null, null, entry.Source);
                }
                else
                {
                    Emit(start, end, MentionKind.Country, code, country, "GOV", null, entry.Source + ".government");
                }

                return end;
            case EntryKind.Place:
                Emit(start, end, MentionKind.Location, null, country, null, null, entry.Source);
                return end;
            case EntryKind.Institution when code is null:
                {
                    // "Congress", "National Assembly": the state comes from the article.
                    var context = ContextCountry();
                    Emit(start, end, MentionKind.Organization, Compose(context, agent), context, agent, null, entry.Source + (context is null ? "" : ".context"));
                    return end;
                }

            case EntryKind.Actor when agent is null && country is not null && code is not null && code.Length == 3:
                Emit(start, end, located ? MentionKind.Location : MentionKind.Country, located ? null : code, country, null, null, entry.Source);
                return end;
            default:
                // "a dinner in Brussels": the city, not the European Union it stands for as an actor.
                if (located && end == start + 1 && Words.SeatOf(Word(start)) is { } seat)
                {
                    Emit(start, end, MentionKind.Location, null, seat, null, null, entry.Source + ".seat");
                    return end;
                }

                Emit(start, end, MentionKind.Organization, code, country, agent, null, entry.Source);
                return end;
        }
    }

    private int ShortForm(int start, int end, LexiconEntry entry)
    {
        if (!entry.HasCodes)
        {
            // "the rogue state", "the regime": the last state named before, except a capital that stands for its
            // government earlier in this sentence ("Washington has troops in the country": that would be "its").
            int found = -1;
            for (int m = _mentions.Count - 1; m >= 0; m--)
            {
                var candidate = _mentions[m];
                if (candidate.Kind != MentionKind.Location && candidate.Country is { } c && c != "IGO"
                    && !(candidate.Sentence == _sentence && candidate.Kind == MentionKind.Country && candidate.Evidence.Rule.Contains(".capital", StringComparison.Ordinal)))
                {
                    found = m;
                    break;
                }
            }

            if (found < 0)
            {
                return end;
            }

            // "Kim Jong Un and U.S. President Donald Trump failed … Since then, the reclusive state …": an epithet (not
            // "the country") takes, of the states that sentence named, the one the article names most.
            int best = found;
            if (_mentions[found].Sentence < _sentence && end - start > 2)
            {
                for (int k = found - 1; k >= 0 && _mentions[k].Sentence == _mentions[found].Sentence; k--)
                {
                    if (_mentions[k].Kind != MentionKind.Location && _mentions[k].Country is { } other && other != "IGO"
                        && CountryWeight(other) > CountryWeight(_mentions[best].Country!))
                    {
                        best = k;
                    }
                }
            }

            // "U.S. President Joe Biden threatened to reimpose sanctions on the country", "Maduro gave U.S. diplomats 72
            // hours to leave the country": an actor of another state in the same sentence acts on the state the article
            // is about (its own would be "its"); the article's state takes over when it weighs more.
            if (best == found && _mentions[found].Sentence == _sentence && _mentions[found].Kind is MentionKind.Person or MentionKind.Group or MentionKind.Organization
                && ContextCountry() is { } about && about != _mentions[found].Country && CountryWeight(about) > CountryWeight(_mentions[found].Country!))
            {
                for (int k = found - 1; k >= 0; k--)
                {
                    if (_mentions[k].Kind != MentionKind.Location && _mentions[k].Country == about)
                    {
                        best = k;
                        break;
                    }
                }
            }

            var state = _mentions[best].Country!;

            // "The country's defense minister, Ali Sample, …": the state then owns the role, as after a name.
            if (end + 1 < _sentenceEnd && Tokens[end].Kind == TokenKind.Clitic && IsPossessive(end)
                && ComposeAfter(start, end, end + 1, entry, state, null, state) is int owned and > 0)
            {
                return owned;
            }

            Emit(start, end, MentionKind.Country, state, state, null, best, entry.Source);
            return end;
        }

        if (!ContextHolds(entry))
        {
            return start + 1;
        }

        var code = entry.CodeOn(_date);

        // "the island's defence ministry", "the North's military": the short form's state owns the body.
        if (end + 1 < _sentenceEnd && Tokens[end].Kind == TokenKind.Clitic && IsPossessive(end) && entry.Country is { } owner && owner != "IGO"
            && ComposeAfter(start, end, end + 1, entry, owner, null, code) is int composed and > 0)
        {
            return composed;
        }

        Emit(start, end, IsLocated(start) ? MentionKind.Location : MentionKind.Country, code, entry.Country, null, null, entry.Source);
        return end;
    }

    // ---- people ----------------------------------------------------------------------------------------------

    /// <summary>
    /// Titles then a capitalized name at <paramref name="titleStart"/> (<c>Chief Cabinet Secretary Yoshihide Suga</c>,
    /// <c>President Moon</c>); the mention starts at <paramref name="start"/> (which may include a state word).
    /// </summary>
    private bool TryTitledPerson(int start, int titleStart, string? country, string? rulePrefix, out int end)
    {
        end = titleStart;
        int t = titleStart;
        string? titleAgent = null;
        bool any = false;
        while (t < _sentenceEnd)
        {
            int length = MatchAgent(t, out var title);
            if (length == 0 || !title!.IsTitle)
            {
                // "Deputy Foreign Minister X", "Commerce Secretary X": capitalized words that lead into a title.
                if (!any && TitleLeadEnd(t) is int head)
                {
                    t = head;
                    continue;
                }

                break;
            }

            // A title before a name is capitalized ("President"), except role words used as titles ("spokesman").
            bool capitalized = Tokens[t].Has(TokenTraits.Capitalized);
            if (!capitalized && !title.IsHuman)
            {
                break;
            }

            // "he would judge Putin by his actions", "voters will judge President Biden": a verb after a modal or "to".
            if (!capitalized && t == titleStart && t > _sentenceStart && Word(t) is "judge" or "head" or "chair" or "lead"
                && Word(t - 1) is "will" or "would" or "can" or "could" or "should" or "must" or "may" or "might" or "to" or "not" or "n't" or "’ll" or "'ll")
            {
                break;
            }

            titleAgent = title.Agent ?? titleAgent;
            any = true;
            t += length;

            // "Ambassador to Germany", "Special Envoy to the United Nations": the post's host is part of the title;
            // the person serves the state named before it.
            if (IsPostedTitle(t - 1) && PostHostEnd(t) is int hostEnd)
            {
                // "Senator from Vermont": a legislator of the state the place is in, when none was named before.
                if (country is null && Word(t) is "from" && MatchActor(t + 1, out var host) > 0)
                {
                    country = CountryOf(host!);
                }

                t = hostEnd;
                break;
            }
        }

        // "Minister of Education Stefania Giannini", "Minister of Foreign Affairs X": the portfolio is part of the title.
        if (any && Tokens[t - 1].Has(TokenTraits.Capitalized) && PortfolioEnd(t, ref titleAgent) is int portfolioEnd)
        {
            t = portfolioEnd;
        }

        if (!any || t >= _sentenceEnd || !Tokens[t].Has(TokenTraits.Capitalized) || Tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        // The name: a known person, a person named before, or any capitalized run.
        int known = MatchActor(t, out var entry);
        if (known > 0 && entry!.Kind == EntryKind.Person && SurnameStartsOtherName(t, known, entry))
        {
            known = 0;
        }

        if (known > 0 && entry!.Kind == EntryKind.Person)
        {
            end = EmitPerson(start, t + known, t, t + known, entry, country, titleAgent, rulePrefix is null ? "actors.title+person" : rulePrefix + "+title+person");
            return true;
        }

        if (known > 0)
        {
            return false;
        }

        int nameEnd = NameRun(t, allowJoiners: false);
        if (nameEnd <= t || nameEnd - t > MaxName || !AllNameLike(t, nameEnd) || (nameEnd < _sentenceEnd && Words.IsOrganizationCue(Word(nameEnd), Class(nameEnd)))
            || (nameEnd + 1 < _sentenceEnd && Word(nameEnd) is "of" && Tokens[nameEnd + 1].Has(TokenTraits.Capitalized) && ActorAfterArticle(nameEnd + 1, out _) is null))
        {
            // "General Security of Military Information Agreement": a name going on with "of" is no person's.
            return false;
        }

        // A person named before takes the codes given then; when they gave no state, the title may ("—Mike DeWine"
        // then "In Ohio, … Governor Mike DeWine"): the inference below runs and the mention still refers back.
        int? earlier = PersonKey(t);
        if (earlier is int person && (_mentions[person].Country is not null || country is not null))
        {
            var p = _mentions[person];
            Emit(start, nameEnd, MentionKind.Person, p.Actor, p.Country ?? country, p.Agent ?? titleAgent, person, "actors.title+person.reference");
            end = nameEnd;
            return true;
        }

        var agent = titleAgent;
        string rule = rulePrefix is null ? "actors.title+name" : rulePrefix + "+title+name";

        // "Foreign Minister Ali Bagheri of Iran": the state named after the name.
        if (country is null && agent is not null && nameEnd + 1 < _sentenceEnd && Word(nameEnd) is "of"
            && ActorAfterArticle(nameEnd + 1, out var ofState) is not null && ofState!.Kind is EntryKind.Country or EntryKind.Place && CountryOf(ofState) is { } named && named != "IGO")
        {
            country = named;
            rule += ".of";
        }

        // "Interior Minister Joachim Brudziński" with no state named: an officer of the state the sentence already
        // named, else of the state the article is about (as for "the official").
        if (country is null && agent is not null && Words.IsNationalAgent(agent) && !IsFormer(start))
        {
            if (NameBefore(start, out var placeCountry))
            {
                // "Florida Governor Ron DeSantis": the state of the place named before the title; "Sea-Eye
                // spokesperson Carlotta Weibl": an officer of an organization, not of the article's state.
                if (placeCountry is not null)
                {
                    country = placeCountry;
                    rule += ".place";
                }
            }
            else if (IsCounterpart(start))
            {
                // "Egyptian President Abdel Fattah el-Sisi met King Abdullah": whom a state's officer meets or calls is
                // most often another state's; the name stays uncoded rather than take the host's state.
                rule += ".counterpart";
            }
            else if (SentenceState() is { } state)
            {
                country = state;
                rule += ".context";
            }
            else if (FrontedPlace() is { } fronted)
            {
                // "In New Delhi, Home Minister Amit Shah defended …": the sentence is set in that state.
                country = fronted;
                rule += ".fronted";
            }
            else if (IsSpokesTitle(titleStart, t) && (PreviousSubjectState() ?? PreviousSentenceBody()) is { } body)
            {
                // "The White House said … 'The door is open,' spokeswoman Stephanie Grisham said.": the body just named.
                country = body;
                rule += ".body";
            }
            else if (IsLocalTitle(titleStart, t) && SentencePlace() is { } place)
            {
                // "In the US state of Alabama, Governor Kay Ivey signed …": a governor or mayor of the place the
                // sentence is set in.
                country = place;
                rule += ".place";
            }
            else if (DominantCountry() is { } context)
            {
                country = context;
                rule += ".context";
            }
        }

        // A name seen before keeps its link even when the title placed it: an apposition coded after the scan ("Qasem
        // Soleimani, head of Iran's Quds Force" … "General Soleimani") replaces the guess (see CodeReferences).
        // "former CIA directors John Brennan": out of office, the state only.
        if (country is not null && country != "IGO" && IsFormer(start))
        {
            agent = null;
            rule += ".former";
        }

        Emit(start, nameEnd, MentionKind.Person, country is null ? null : Compose(country, agent), country, agent, earlier, earlier is null ? rule : rule + ".again");
        RegisterPerson(t, nameEnd, _mentions.Count - 1);
        end = nameEnd;
        return true;
    }

    /// <summary>
    /// Where the title starts when capitalized words at <paramref name="t"/> lead into it: rank words ("Deputy Foreign
    /// Minister", "Acting Defense Secretary", "Vice Premier") before any title, or a portfolio no phrase lists before a
    /// minister's or secretary's title ("Commerce Secretary", "Health and Social Care Secretary", "Deputy Tourism
    /// Minister"). Null when the words are not followed by such a title, or when one of them names an actor or is a
    /// closed-class word.
    /// </summary>
    private int? TitleLeadEnd(int t)
    {
        // A title follows: the next word is capitalized (or "and" inside a portfolio). Most capitalized words fail here.
        if (!Tokens[t].Has(TokenTraits.Capitalized) || Tokens[t].Kind != TokenKind.Word || t + 1 >= _sentenceEnd
            || !(Tokens[t + 1].Has(TokenTraits.Capitalized) || Word(t + 1) is "and"))
        {
            return null;
        }

        bool portfolio = false;
        for (int k = t; k < _sentenceEnd && k < t + 5; k++)
        {
            if (k > t && MatchAgent(k, out var title) is int length and > 0 && title!.IsTitle && Tokens[k].Has(TokenTraits.Capitalized))
            {
                // A portfolio only leads into a minister's or secretary's post ("Commerce Secretary", not "Trade President").
                return !portfolio || Words.IsPortfolioHead(Word(k + length - 1)) ? k : null;
            }

            if (Tokens[k].Kind != TokenKind.Word)
            {
                return null;
            }

            if (Tokens[k].Has(TokenTraits.Capitalized))
            {
                if ((Class(k) & (WordClass.FunctionWord | WordClass.MonthOrWeekday)) != 0 || Words.IsTenureWord(Word(k)) || MatchActor(k, out _) > 0 || PersonKey(k) is not null || IsGivenName(k))
                {
                    return null;
                }

                portfolio |= !Words.IsTitleRank(Word(k));
            }
            else if (k == t || Word(k) is not "and" || !portfolio)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// After a capitalized title, "of [the] Portfolio Words" followed by a name of two or more words: the index where
    /// the name starts (at a given name, else the last two words), when no word of the portfolio names a state, body or
    /// person. A military or police portfolio ("of Defence", "of the Interior") gives the title its agent.
    /// </summary>
    private int? PortfolioEnd(int of, ref string? titleAgent)
    {
        if (of + 1 >= _sentenceEnd || Word(of) is not "of")
        {
            return null;
        }

        int first = of + 1 < _sentenceEnd && Word(of + 1) is "the" ? of + 2 : of + 1;
        if (first >= _sentenceEnd || !Tokens[first].Has(TokenTraits.Capitalized))
        {
            return null;
        }

        int runEnd = NameRun(first, allowJoiners: true);
        if (WordCount(first, runEnd) < 3)
        {
            return null;
        }

        int nameStart = -1;
        for (int k = first + 1; k < runEnd; k++)
        {
            if (IsGivenName(k) && Tokens[k].Has(TokenTraits.SpaceBefore) && k + 1 < runEnd)
            {
                nameStart = k;
                break;
            }
        }

        if (nameStart < 0)
        {
            // The last two words, when they are two separate plain words ("… Affairs Zorvath Quellin").
            nameStart = runEnd - 2;
            if (!Tokens[nameStart].Has(TokenTraits.SpaceBefore) || !Tokens[runEnd - 1].Has(TokenTraits.SpaceBefore) || WordCount(first, nameStart) < 1)
            {
                return null;
            }
        }

        string? portfolioAgent = null;
        for (int k = first; k < nameStart; k++)
        {
            if (Tokens[k].Kind != TokenKind.Word || MatchActor(k, out _) > 0)
            {
                return null;
            }

            if (MatchAgent(k, out var agent) > 0 && agent!.Agent is "MIL" or "COP" or "JUD" or "SPY")
            {
                portfolioAgent = agent.Agent;
            }
        }

        titleAgent = portfolioAgent ?? titleAgent;
        return nameStart;
    }

    /// <summary>"Chinese Foreign Ministry spokesman Geng Shuang": a body's member named right after the role.</summary>
    private bool TryNamedMember(int start, int roleEnd, string? country, string? agent, string rule, out int end, string? actor = null)
    {
        end = roleEnd;
        if (roleEnd >= _sentenceEnd || Tokens[roleEnd].Kind != TokenKind.Word || !Tokens[roleEnd].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        if (ResolvePersonName(roleEnd, NameRun(roleEnd, allowJoiners: false)) is { } known)
        {
            end = EmitPerson(start, NameRun(roleEnd, allowJoiners: false), roleEnd, NameRun(roleEnd, allowJoiners: false), known, country, agent, rule);
            return true;
        }

        // "Israeli army spokesman Lt. Col. Jonathan Conricus": a rank between the role and the name.
        if (MatchAgent(roleEnd, out var rank) > 0 && rank!.IsTitle && Tokens[roleEnd].Has(TokenTraits.Abbreviation)
            && TryTitledPerson(start, roleEnd, country, rule.StartsWith("actors.demonym", StringComparison.Ordinal) ? "actors.demonym" : "actors.country", out end))
        {
            return true;
        }

        // A name that starts with a known person's single name word goes on ("Abbas Mousavi" is not "Abbas").
        if (MatchActor(roleEnd, out var inside) is int insideLength and > 0
            && !(inside!.Kind == EntryKind.Person && NameRun(roleEnd, allowJoiners: false) > roleEnd + insideLength))
        {
            return false;
        }

        int nameEnd = NameRun(roleEnd, allowJoiners: false);
        if (nameEnd <= roleEnd || nameEnd - roleEnd > MaxName || !AllNameLike(roleEnd, nameEnd))
        {
            return false;
        }

        if (country is null && agent is not null && Words.IsNationalAgent(agent) && !IsFormer(start) && !NameBefore(start, out _)
            && (SentenceState() ?? DominantCountry()) is { } context)
        {
            country = context;
            rule += ".context";
        }

        // "former CIA directors John Brennan": out of office, the state only.
        if (country is not null && country != "IGO" && IsFormer(start))
        {
            actor = country;
            agent = null;
            rule += ".former";
        }

        Emit(start, nameEnd, MentionKind.Person, actor ?? Compose(country, agent), country, agent, null, rule);
        RegisterPerson(roleEnd, nameEnd, _mentions.Count - 1);
        end = nameEnd;
        return true;
    }

    private int EmitPerson(int start, int end, int nameStart, int nameEnd, LexiconEntry entry, string? country, string? titleAgent, string rule)
    {
        var code = entry.CodeOn(_date);
        // The state the text names with the title ("Former Polish Prime Minister Donald Tusk") first, then that of
        // the office held on the article's date, then the person's own.
        var personCountry = entry.Kind == EntryKind.Person && code is not null ? country ?? CountryOf(entry, code) : entry.Country ?? country;

        // Out of office on the article's date: still that state's person, but not its government.
        string? agent = code is null ? null : entry.CodePartsOn(_date, _lexicon.Countries).Agent;
        if (code is null && country is not null && titleAgent is not null)
        {
            code = Compose(country, titleAgent);
            agent = titleAgent;
        }
        else if (code is null && titleAgent is not null && entry.Kind == EntryKind.Person && entry.Country is { } own && own != "IGO" && !IsFormer(start))
        {
            // "Current Prime Minister Theresa May" on her last day, or an office the data does not list: a title that is
            // not "former" says the person holds it, in their own state.
            code = Compose(own, titleAgent);
            agent = titleAgent;
        }

        Emit(start, end, MentionKind.Person, code, personCountry, agent, null, rule == "actors.person" ? entry.Source : rule + ":" + entry.Source);
        RegisterPerson(nameStart, nameEnd, _mentions.Count - 1);
        if (personCountry == "IGO" && entry.Country is { } home && home != "IGO")
        {
            // Donald Tusk as President of the European Council still says which state an article is about.
            AddWeight(home, 1);
        }

        return end;
    }

    /// <summary>
    /// "Assad's forces", "Maduro's government", "Putin's spokesman (Dmitry Peskov)": after a serving state leader's
    /// possessive, a state organ is that state's. Returns the organ's end, or null when none follows.
    /// </summary>
    private int? LeaderOrgan(int end, Mention leader)
    {
        if (end + 1 >= _sentenceEnd || Tokens[end].Kind != TokenKind.Clitic || !IsPossessive(end)
            || leader.Agent is not "GOV" || leader.Country is not { } state || state == "IGO" || leader.Actor is null)
        {
            return null;
        }

        int j = end + 1;
        while (j < _sentenceEnd && Tokens[j].Kind == TokenKind.Word && !Tokens[j].Has(TokenTraits.Capitalized) && Words.IsPremodifier(Word(j), Class(j)) && MatchAgent(j, out _) == 0)
        {
            j++;
        }

        if (j >= _sentenceEnd || MatchAgent(j, out var role) is not (int length and > 0) || role?.Agent is not ("GOV" or "MIL" or "COP" or "SPY"))
        {
            return null;
        }

        int roleEnd = ExtendWithAgents(j + length, out var chained, out bool chainedHuman);
        var agent = chained == "MIL" ? "MIL" : role.Agent;
        bool human = role.IsHuman || chainedHuman;
        if (human && TryNamedMember(end + 1, roleEnd, state, agent, "actors.leader+possessive+agent+person", out int memberEnd))
        {
            return memberEnd;
        }

        var kind = !human ? MentionKind.Organization : IsPluralWord(roleEnd - 1) ? MentionKind.Group : MentionKind.Person;
        Emit(end + 1, roleEnd, kind, Compose(state, agent), state, agent, null, "actors.leader+possessive+agent");
        return roleEnd;
    }

    private LexiconEntry? ResolvePersonName(int start, int end)
    {
        int length = MatchActor(start, out var entry);
        return length == end - start && entry?.Kind == EntryKind.Person ? entry : null;
    }

    private void RegisterPerson(int start, int end, int mention)
    {
        _personKeys ??= new Dictionary<int, int>(16);
        var tokens = Tokens;
        int first = -1, last = -1;
        for (int t = start; t < end; t++)
        {
            if (tokens[t].Kind == TokenKind.Word && tokens[t].Has(TokenTraits.Capitalized) && tokens[t].Span.Length >= 2 && !tokens[t].Has(TokenTraits.Abbreviation))
            {
                if (first < 0)
                {
                    first = t;
                }

                // "Moon Jae-in": the part after a hyphen belongs to the given name; after "al-" it is the family name
                // ("Omar al-Bashir" … "Bashir").
                if (t == start || tokens[t].Has(TokenTraits.SpaceBefore) || t - 2 >= start && IsGluedArticle(t - 2))
                {
                    last = t;
                }
            }
        }

        if (first >= 0)
        {
            _personKeys[string.GetHashCode(_text.AsSpan(tokens[first].Start, tokens[first].Span.Length))] = mention;
            AddPersonWord(Key(first));
        }

        if (last >= 0 && last != first)
        {
            _personKeys[string.GetHashCode(_text.AsSpan(tokens[last].Start, tokens[last].Span.Length))] = mention;
            AddPersonWord(Key(last));

            // "Awad Ibn Auf" … "Ibn Auf": a capitalized particle opens the family name, which a later mention repeats
            // whole (its last word must still be this person's, see SamePersonThrough).
            int particle = last - 1;
            if (particle > first && tokens[particle].Kind == TokenKind.Word && tokens[particle].Has(TokenTraits.Capitalized) && Word(particle) is "Ibn" or "Bin" or "Abu" or "Al" or "El")
            {
                _personKeys[string.GetHashCode(_text.AsSpan(tokens[particle].Start, tokens[particle].Span.Length))] = mention;
                AddPersonWord(Key(particle));
            }
        }
    }

    /// <summary>
    /// A longer name that starts with a known person's name word is that person only when its last word is one of
    /// theirs too: "Moon Jae-in" after "Moon", but not "William S. Saturn" after "William Weld".
    /// </summary>
    private bool SamePersonThrough(int start, int end, int person)
    {
        int last = start;
        for (int t = start + 1; t < end; t++)
        {
            if (Tokens[t].Kind == TokenKind.Word && Tokens[t].Has(TokenTraits.SpaceBefore) && Tokens[t].Has(TokenTraits.Capitalized))
            {
                last = t;
            }
        }

        return last == start || PersonKey(last) == person;
    }

    /// <summary>
    /// The person a name that starts at <paramref name="i"/> refers back to: as <see cref="PersonKey"/>, except that a
    /// closed-class word alone is that word ("Liu He … He said", "As soon as …"), not the name word it equals; a month
    /// stays a name ("May said").
    /// </summary>
    private int? PersonReference(int i) =>
        (Class(i) & (WordClass.FunctionWord | WordClass.MonthOrWeekday)) == WordClass.FunctionWord
        && (i + 1 >= _sentenceEnd || Tokens[i + 1].Kind != TokenKind.Word || !Tokens[i + 1].Has(TokenTraits.Capitalized))
            ? null
            : PersonKey(i);

    private int? PersonKey(int i)
    {
        if (_personKeys is null || !Tokens[i].Has(TokenTraits.Capitalized))
        {
            return null;
        }

        // Most capitalized words are no person's name word: the filter says so without hashing the word again.
        if (!MayBePersonWord(Key(i)))
        {
            return null;
        }

        // Keyed by the name word's hash: no string per person, and a collision would need two names in one article.
        return _personKeys.TryGetValue(string.GetHashCode(Word(i)), out int m) ? m : null;
    }

    // A 256-bit filter over the word keys of the name words in _personKeys (equal words have equal keys).
    private ulong _personWords0, _personWords1, _personWords2, _personWords3;

    private void AddPersonWord(ulong key)
    {
        key = WordKey.Spread(key);
        ulong bit = 1UL << (int)((key >> 56) & 63);
        switch ((int)(key >> 62))
        {
            case 0: _personWords0 |= bit; break;
            case 1: _personWords1 |= bit; break;
            case 2: _personWords2 |= bit; break;
            default: _personWords3 |= bit; break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayBePersonWord(ulong key)
    {
        key = WordKey.Spread(key);
        ulong words = (int)(key >> 62) switch { 0 => _personWords0, 1 => _personWords1, 2 => _personWords2, _ => _personWords3 };
        return (words & (1UL << (int)((key >> 56) & 63))) != 0;
    }

    // ---- resolution ------------------------------------------------------------------------------------------

    /// <summary>
    /// "the crown prince" after "Saudi Crown Prince Mohammed bin Salman", "the president" after "President Mohamed
    /// Bazoum": the last person whose title holds the whole role phrase [start, end) in any case, not after a rank word
    /// the phrase lacks ("Vice President" is not "the president").
    /// </summary>
    private int? TitledAntecedent(int start, int end)
    {
        var phrase = _text.AsSpan(Tokens[start].Start, Tokens[end - 1].End - Tokens[start].Start);
        int limit = Math.Max(0, _mentions.Count - 40);
        for (int m = _mentions.Count - 1; m >= limit; m--)
        {
            var candidate = _mentions[m];
            if (candidate.Kind != MentionKind.Person || candidate.Country is null || candidate.Span.Length <= phrase.Length)
            {
                continue;
            }

            var text = _text.AsSpan(candidate.Span.Start, candidate.Span.Length);
            int at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || (at > 0 && char.IsLetter(text[at - 1])) || (at + phrase.Length < text.Length && char.IsLetter(text[at + phrase.Length])))
            {
                continue;
            }

            // The word before the phrase in the title: a rank ("Vice", "Deputy") names another post.
            var before = text[..at].TrimEnd();
            int space = before.LastIndexOf(' ');
            var previous = space < 0 ? before : before[(space + 1)..];
            if (Words.IsTitleRank(previous) || previous is "Crown" or "crown" || previous.EndsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            // The first mention of the person, unless only this later one knew the state.
            return candidate.RefersTo is int first && _mentions[first].Country is not null ? first : m;
        }

        return null;
    }

    private int? FindAntecedent(ReadOnlySpan<char> head, string? agent, MentionKind kind)
    {
        var stem = Stem(head);
        int limit = Math.Max(0, _mentions.Count - 40);

        // The same role word named with its state before ("A senior official from the Japanese government" … "the
        // official"). Only mentions built around a role word can contain one, which keeps this search short.
        for (int m = _mentions.Count - 1; m >= limit; m--)
        {
            var candidate = _mentions[m];
            // "The International Criminal Court …" then "the court": an international body named in full is one too.
            bool body = kind == MentionKind.Organization && candidate is { Country: "IGO", Actor: not null, Kind: MentionKind.Organization };
            if (!body && (candidate.Country is null || candidate.Agent is null || candidate.Kind is MentionKind.Location || !HasRoleWord(candidate)))
            {
                continue;
            }

            // A body's name is capitalized in full and not in later references ("Chinese Foreign Ministry spokesman …",
            // then "the ministry"); a person's role word is matched as written, since "President" and "Vice President"
            // name different people.
            var text = _text.AsSpan(candidate.Span.Start, candidate.Span.Length);
            if (ContainsWord(text, stem, kind == MentionKind.Organization ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return candidate.RefersTo ?? m;
            }
        }

        if (agent is null)
        {
            return null;
        }

        // "the bloc", "the alliance": the international organization named last.
        if (agent == "IGO")
        {
            for (int m = _mentions.Count - 1; m >= limit; m--)
            {
                var candidate = _mentions[m];
                if (candidate.Country == "IGO" && candidate.Actor is not null)
                {
                    return candidate.RefersTo ?? m;
                }
            }

            return null;
        }

        // Otherwise the last mention with the same role and a known state.
        for (int m = _mentions.Count - 1; m >= limit; m--)
        {
            var candidate = _mentions[m];
            if (candidate.Country is not null && candidate.Country != "IGO" && candidate.Agent == agent
                && (kind == MentionKind.Organization) == (candidate.Kind is MentionKind.Organization or MentionKind.Country)
                && !(kind == MentionKind.Person && candidate.Kind == MentionKind.Group))
            {
                return candidate.RefersTo ?? m;
            }
        }

        return null;
    }

    private static bool HasRoleWord(Mention m)
    {
        var rule = m.Evidence.Rule;
        return rule.StartsWith("actors.nominal", StringComparison.Ordinal) || rule.Contains("agent", StringComparison.Ordinal)
            || rule.Contains("role", StringComparison.Ordinal) || rule.Contains("organization", StringComparison.Ordinal);
    }

    /// <summary>
    /// The coded organization named right before <paramref name="start"/>, past a parenthesized short form of it
    /// ("… Association (AKK) officials"); null when something else comes between.
    /// </summary>
    private Mention? BodyBefore(int start)
    {
        int b = start - 1;
        if (b - 2 > _sentenceStart && Word(b) is ")" && Word(b - 2) is "(")
        {
            b -= 3;
        }

        if (b < _sentenceStart)
        {
            return null;
        }

        int endOfBody = Tokens[b].End;
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence == _sentence; m--)
        {
            var candidate = _mentions[m];
            if (candidate.Span.End == endOfBody)
            {
                return candidate.Kind == MentionKind.Organization && (candidate.Country is not null || candidate.Actor is not null) ? candidate : null;
            }

            if (candidate.Span.End < endOfBody)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a plural role word at <paramref name="start"/> stands without a qualifier that makes it no one state's:
    /// "both leaders", "the two leaders", "European leaders", "Security sources", "Opposition leaders".
    /// </summary>
    private bool UnqualifiedGroup(int start)
    {
        if (start == _sentenceStart)
        {
            return true;
        }

        int b = start - 1;
        var before = Word(b);
        if (before is "both" or "Both" or "two" or "Two" or "several" or "Several" or "other" or "Other" or "many" or "Many")
        {
            return false;
        }

        // A capitalized modifier: a state's would have composed with the role already.
        return !(Tokens[b].Kind == TokenKind.Word && Tokens[b].Has(TokenTraits.Capitalized) && Tokens[b].End == Tokens[start].Start - 1);
    }

    /// <summary>
    /// The state of the sentence's first organ when no other state is named before it: the subject of a sentence that a
    /// closing attribution reports ("Indian police arrested …, officials said").
    /// </summary>
    private string? SoleSubjectState()
    {
        string? first = null;
        int firstAt = -1;
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence == _sentence; m--)
        {
            if (OrganState(_mentions[m]) is { } state && !Quoted(_mentions[m]))
            {
                first = state;
                firstAt = m;
            }
        }

        for (int m = firstAt - 1; first is not null && m >= 0 && _mentions[m].Sentence == _sentence; m--)
        {
            if (_mentions[m].Country is { } other && other != "IGO" && other != first && !Quoted(_mentions[m]))
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>Like <see cref="SentenceState"/>, but the first such state of the sentence so far.</summary>
    private string? FirstSentenceState()
    {
        string? first = null;
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence == _sentence; m--)
        {
            first = OrganState(_mentions[m]) is { } state && !Quoted(_mentions[m]) ? state : first;
        }

        return first;
    }

    /// <summary>
    /// Whether a mention of this sentence stands inside quotation marks ("“… lies with Islamabad,” ministry spokesman
    /// Raveesh Kumar told reporters"): the quoted words name whom the speaker talks about, not the speaker's state.
    /// </summary>
    private bool Quoted(Mention mention)
    {
        int marks = 0;
        for (int t = _sentenceStart; t < _sentenceEnd && Tokens[t].Start < mention.Span.Start; t++)
        {
            if (Tokens[t].Kind == TokenKind.Quote)
            {
                marks++;
            }
        }

        return (marks & 1) == 1;
    }

    /// <summary>The state of a mention that is one of its organs or its opposition, else null.</summary>
    private static string? OrganState(Mention candidate) =>
        candidate.Country is { } country && country != "IGO" && candidate.Agent is { } agent && (Words.IsNationalAgent(agent) || agent == "OPP") ? country : null;

    /// <summary>Whether token <paramref name="t"/> is "said", "says", "told" or "added" (a closing attribution's verb).</summary>
    private bool SpeechVerbAt(int t) => t < _sentenceEnd && Word(t) is "said" or "says" or "told" or "added" or "say";

    private string? SentenceState()
    {
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence == _sentence; m--)
        {
            // An opposition is as domestic as a state's organs: "Kenyan opposition leader Raila Odinga accused the police".
            if (OrganState(_mentions[m]) is { } country && !Quoted(_mentions[m]))
            {
                return country;
            }
        }

        return null;
    }

    private bool IsPostedTitle(int t)
    {
        var w = Word(t);
        return w.Equals("ambassador", StringComparison.OrdinalIgnoreCase) || w.Equals("envoy", StringComparison.OrdinalIgnoreCase)
            || IsConstituencyTitle(t);
    }

    /// <summary>Titles named with the place their holder represents: "Senator from Vermont", "Congresswoman from Texas".</summary>
    private bool IsConstituencyTitle(int t)
    {
        var w = Word(t);
        return w.Equals("senator", StringComparison.OrdinalIgnoreCase) || w.Equals("congressman", StringComparison.OrdinalIgnoreCase)
            || w.Equals("congresswoman", StringComparison.OrdinalIgnoreCase) || w.Equals("representative", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// After a posted title: "to [the] STATE" or "to [the] IGO" (ambassadors, envoys), or "from PLACE" (legislators);
    /// the token after it, or null.
    /// </summary>
    private int? PostHostEnd(int t)
    {
        if (t + 1 < _sentenceEnd && Word(t) is "from" && IsConstituencyTitle(t - 1)
            && MatchActor(t + 1, out var place) is int placeLength and > 0 && place!.Kind is EntryKind.Place or EntryKind.Country)
        {
            return t + 1 + placeLength;
        }

        if (t + 1 >= _sentenceEnd || Word(t) is not "to")
        {
            return null;
        }

        return ActorAfterArticle(t + 1, out var entry) is int hostEnd
            && (entry!.Kind == EntryKind.Country || (entry.Kind == EntryKind.Organization && entry.Country == "IGO")) ? hostEnd : null;
    }

    /// <summary>
    /// What "its"/"their" points to: the last state, government or body of a state named in this sentence or the one
    /// before (not a person, a place or an international organization).
    /// </summary>
    private int? Possessor(bool plural)
    {
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence >= (plural ? _sentence : _sentence - 1); m--)
        {
            var candidate = _mentions[m];
            if (candidate.Kind is MentionKind.Person or MentionKind.Location)
            {
                continue;
            }

            if (plural && m > 0 && _mentions[m - 1].Sentence == candidate.Sentence && _mentions[m - 1].Span.End <= candidate.Span.Start
                && _text.AsSpan(_mentions[m - 1].Span.End, candidate.Span.Start - _mentions[m - 1].Span.End).Trim() is "and" or "," or "or")
            {
                // "Iran and Iraq said their governments …": several owners, none of them alone.
                return null;
            }

            return candidate.Country is { } country && country != "IGO" && candidate.Kind is MentionKind.Country or MentionKind.Organization ? m : null;
        }

        return null;
    }

    private bool IsSpokesTitle(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (Word(t).StartsWith("spokes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the possessive at <paramref name="k"/> opens a reported clause ("said its forces …", "… and that its
    /// forces had captured …"): it then speaks of the reporter's own.
    /// </summary>
    private bool OpensReport(int k)
    {
        if (k - 1 <= _sentenceStart)
        {
            return false;
        }

        if (SpeechVerbAt(k - 1))
        {
            return true;
        }

        if (Word(k - 1) is not "that")
        {
            return false;
        }

        for (int t = k - 2; t > _sentenceStart; t--)
        {
            if (SpeechVerbAt(t))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mention that opens this sentence as its subject, a state or a body of one; else null.</summary>
    private int? SentenceSubject()
    {
        int m = _mentions.Count - 1;
        while (m > 0 && _mentions[m - 1].Sentence == _sentence)
        {
            m--;
        }

        if (m < 0 || _mentions[m].Sentence != _sentence || _mentions[m] is not { Country: { } country, Kind: MentionKind.Country or MentionKind.Organization } first || country == "IGO")
        {
            return null;
        }

        var before = _text.AsSpan(Tokens[_sentenceStart].Start, first.Span.Start - Tokens[_sentenceStart].Start).Trim();
        return before.IsEmpty || before is "The" ? m : null;
    }

    /// <summary>The mention that opens the sentence before this one as its subject, a state or a body of one; else null.</summary>
    private int? PreviousSubject() =>
        PreviousOpening() is int m && _mentions[m] is { Country: { } country, Kind: MentionKind.Country or MentionKind.Organization } && country != "IGO" ? m : null;

    /// <summary>
    /// The state that opens the sentence before this one as its subject, a state or one of its organs ("Iran rejected
    /// the accusations. Foreign Ministry spokesman … said"); null when that sentence opens otherwise.
    /// </summary>
    private string? PreviousSubjectState() =>
        PreviousOpening() is int m && _mentions[m] is { Country: { } country } first && country != "IGO"
        && (first.Kind == MentionKind.Country || OrganState(first) is not null && first.Kind == MentionKind.Organization) ? country : null;

    /// <summary>The first mention of the sentence before this one when it opens that sentence (after nothing or "The").</summary>
    private int? PreviousOpening()
    {
        if (_sentence == 0)
        {
            return null;
        }

        int m = _mentions.Count - 1;
        while (m >= 0 && _mentions[m].Sentence >= _sentence)
        {
            m--;
        }

        while (m > 0 && _mentions[m - 1].Sentence == _sentence - 1)
        {
            m--;
        }

        if (m < 0 || _mentions[m].Sentence != _sentence - 1)
        {
            return null;
        }

        var previous = _document.Sentences[_sentence - 1];
        var before = _text.AsSpan(previous.Span.Start, _mentions[m].Span.Start - previous.Span.Start).Trim();
        return before.IsEmpty || before is "The" ? m : null;
    }

    /// <summary>The state of the last government body (not a person) named in the sentence before this one.</summary>
    private string? PreviousSentenceBody()
    {
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence >= _sentence - 1; m--)
        {
            var candidate = _mentions[m];
            if (candidate.Sentence == _sentence - 1 && candidate.Kind is MentionKind.Organization or MentionKind.Country
                && candidate.Country is { } country && country != "IGO" && candidate.Agent is { } agent && Words.IsNationalAgent(agent))
            {
                return country;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LedBodies = new[]
    {
        "coalition", "forces", "force", "troops", "operation", "mission", "campaign", "offensive", "intervention",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>After a state's name: "-led coalition" (also "- led", "-backed" is not taken); the token after the noun, or null.</summary>
    private int? LedBody(int k)
    {
        if (k + 2 < _sentenceEnd && Word(k) is "-" or "‑" && Word(k + 1) is "led" && Tokens[k + 1].Start == Tokens[k].End)
        {
            k += 2;
        }
        else
        {
            return null;
        }

        // "the Saudi-led military coalition": at most one modifier before the noun.
        for (int t = k; t < Math.Min(_sentenceEnd, k + 2); t++)
        {
            if (Tokens[t].Kind == TokenKind.Word && LedBodies.Contains(Word(t)))
            {
                return t + 1;
            }
        }

        return null;
    }

    /// <summary>
    /// At "pro"/"anti" + "-" + a word, or at the word after such a prefix: the token after the compound; otherwise null.
    /// </summary>
    private int? StanceCompoundEnd(int i)
    {
        static bool Stance(ReadOnlySpan<char> w) => w.Equals("pro", StringComparison.OrdinalIgnoreCase) || w.Equals("anti", StringComparison.OrdinalIgnoreCase);

        // Asked at every stop and almost always false: the adjacency and the one-character hyphen are tested before
        // the words are compared.
        var tokens = Tokens;
        if (i + 2 < _sentenceEnd && tokens[i + 1].Start == tokens[i].End && tokens[i + 1].Span.Length == 1 && Word(i + 1) is "-" or "‑"
            && tokens[i + 2].Start == tokens[i + 1].End && Stance(Word(i)))
        {
            return i + 3;
        }

        if (i - 2 >= _sentenceStart && tokens[i].Start == tokens[i - 1].End && tokens[i - 1].Span.Length == 1 && Word(i - 1) is "-" or "‑" && Stance(Word(i - 2)))
        {
            return i + 1;
        }

        return null;
    }

    /// <summary>
    /// The state of a place that opens this sentence before a comma ("In New Delhi, …", "In the Indian capital, …" is
    /// not one): the sentence's first mention, after nothing but "In" and an article.
    /// </summary>
    private string? FrontedPlace()
    {
        int first = _mentions.Count;
        while (first > 0 && _mentions[first - 1].Sentence == _sentence)
        {
            first--;
        }

        if (first == _mentions.Count || _mentions[first] is not { Kind: MentionKind.Location or MentionKind.Country, Country: { } country } place || country == "IGO")
        {
            return null;
        }

        int sentenceStart = Tokens[_sentenceStart].Start;
        var before = _text.AsSpan(sentenceStart, place.Span.Start - sentenceStart).Trim();
        return before is "In" or "In the" && place.Span.End < _text.Length && _text[place.Span.End] == ',' ? country : null;
    }

    /// <summary>The state of the last place or state named so far in this sentence.</summary>
    private string? SentencePlace()
    {
        for (int m = _mentions.Count - 1; m >= 0 && _mentions[m].Sentence == _sentence; m--)
        {
            var candidate = _mentions[m];
            if (candidate.Kind is MentionKind.Location or MentionKind.Country && candidate.Country is { } country && country != "IGO")
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>Whether the title [start, end) is a local office ("Governor", "Lieutenant Governor", "Mayor").</summary>
    private bool IsLocalTitle(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            var w = Word(t);
            if (w.Equals("governor", StringComparison.OrdinalIgnoreCase) || w.Equals("mayor", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private string? ContextCountry()
    {
        if (_countryWeights is null)
        {
            return null;
        }

        string? best = null;
        int weight = 1;
        foreach (var (country, w) in _countryWeights)
        {
            if (w > weight)
            {
                best = country;
                weight = w;
            }
        }

        return best;
    }

    /// <summary>The weight the article has given <paramref name="country"/> so far (0 when never named).</summary>
    private int CountryWeight(string country) => WeightIndex(country) is int k and >= 0 ? _countryWeights![k].Weight : 0;

    private int WeightIndex(string country)
    {
        var weights = _countryWeights;
        for (int k = 0; weights is not null && k < weights.Count; k++)
        {
            if (ReferenceEquals(weights[k].Country, country) || weights[k].Country == country)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The article's state when it clearly dominates the states named so far (twice the weight of the next): a
    /// titled name with no state named ("Interior Minister Joachim Brudziński") is more often a foreigner than
    /// "the official" is, so it takes the article's state only when there is little doubt which that is.
    /// </summary>
    private string? DominantCountry()
    {
        if (_countryWeights is null)
        {
            return null;
        }

        string? best = null;
        int weight = 1, second = 0;
        foreach (var (country, w) in _countryWeights)
        {
            if (w > weight)
            {
                second = Math.Max(second, weight);
                best = country;
                weight = w;
            }
            else
            {
                second = Math.Max(second, w);
            }
        }

        return best is not null && weight >= 2 * second ? best : null;
    }

    /// <summary>An earlier coded mention whose text ends with tokens [start, end) after a state's name or possessive.</summary>
    private int? EarlierWithTail(int start, int end)
    {
        var tail = _text.AsSpan(Tokens[start].Start, Tokens[end - 1].End - Tokens[start].Start);
        for (int m = _mentions.Count - 1; m >= 0; m--)
        {
            var e = _mentions[m];
            if (e.Country is null || e.Kind != MentionKind.Organization || e.Span.Length <= tail.Length)
            {
                continue;
            }

            var text = _text.AsSpan(e.Span.Start, e.Span.Length);
            if (text.EndsWith(tail, StringComparison.Ordinal) && text[text.Length - tail.Length - 1] == ' ')
            {
                return e.RefersTo ?? m;
            }
        }

        return null;
    }

    /// <summary>A state's name at <paramref name="i"/>, after an optional article ("of the United Kingdom").</summary>
    private bool StateAt(int i) => ActorAfterArticle(i, out var entry) is not null && entry!.Kind == EntryKind.Country;

    /// <summary>The state of "in" + a state or capital at <paramref name="i"/> ("Members of Parliament in Iraq"), or null.</summary>
    private string? StateIn(int i) =>
        i + 1 < _sentenceEnd && Word(i) is "in" && ActorAfterArticle(i + 1, out var entry) is not null && entry!.Kind is EntryKind.Country or EntryKind.Capital
            ? CountryOf(entry)
            : null;

    /// <summary>An intergovernmental organization's name at <paramref name="i"/>, after an optional article.</summary>
    private bool IntergovernmentalAt(int i) => ActorAfterArticle(i, out var entry) is not null && entry!.Kind == EntryKind.Organization;

    /// <summary>A dictionary actor at <paramref name="i"/> after an optional article: the token after it, or null.</summary>
    private int? ActorAfterArticle(int i, out LexiconEntry? entry)
    {
        entry = null;
        if (i + 1 < _sentenceEnd && Words.IsDeterminer(Word(i), Class(i)))
        {
            i++;
        }

        return i < _sentenceEnd && MatchActor(i, out entry) is int length and > 0 ? i + length : null;
    }

    /// <summary>The state an entry belongs to: its own, or the one its code on the article's date names.</summary>
    private string? CountryOf(LexiconEntry entry) =>
        entry.Kind == EntryKind.Person ? CountryOf(entry, entry.CodeOn(_date)) : entry.Country ?? entry.CodePartsOn(_date, _lexicon.Countries).Country;

    /// <summary>
    /// The state of <paramref name="entry"/> when <paramref name="code"/> applies: a person's is that of the office
    /// held on the article's date (Mark Rutte is Dutch as prime minister, IGO as NATO's secretary general), else their
    /// own state; other entries have a fixed state or take the code's.
    /// </summary>
    private string? CountryOf(LexiconEntry entry, string? code) =>
        entry.Kind == EntryKind.Person && code is not null
            ? ActorCodes.CountryOf(code, _lexicon.Countries) ?? entry.Country
            : entry.Country ?? ActorCodes.CountryOf(code, _lexicon.Countries);

    /// <summary>
    /// Whether a name stands right before <paramref name="start"/> (a capitalized word that does not open the
    /// sentence); <paramref name="country"/> is its state when it is a place the dictionaries place in one.
    /// </summary>
    private bool NameBefore(int start, out string? country)
    {
        country = null;
        int t = start - 1;
        if (t < _sentenceStart || Tokens[t].Kind != TokenKind.Word || !Tokens[t].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        if (_mentions.Count > 0 && _mentions[^1] is { } last && last.Sentence == _sentence && last.Span.End == Tokens[t].End && last.Kind == MentionKind.Location)
        {
            country = last.Country;
            return true;
        }

        // A sentence's first word is capitalized anyway ("Interior Minister …" opens many sentences).
        return t > _sentenceStart;
    }

    /// <summary>"former President …", "the late Prime Minister …", "ex-Governor …": not in office on the article's date.</summary>
    private bool IsFormer(int start)
    {
        int t = start - 1;
        if (t >= _sentenceStart && Tokens[t].Kind != TokenKind.Word && Word(t) is "-" or "‑" or "–")
        {
            t--;
        }

        if (t < _sentenceStart || Tokens[t].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = Word(t);
        return w.Equals("former", StringComparison.OrdinalIgnoreCase) || w.Equals("late", StringComparison.OrdinalIgnoreCase)
            || w.Equals("ex", StringComparison.OrdinalIgnoreCase) || w.Equals("then", StringComparison.OrdinalIgnoreCase)
            || w.Equals("onetime", StringComparison.OrdinalIgnoreCase) || w.Equals("retired", StringComparison.OrdinalIgnoreCase)
            || w.Equals("deposed", StringComparison.OrdinalIgnoreCase);
    }

    private bool ContextHolds(LexiconEntry entry)
    {
        if (entry.Context.Count == 0)
        {
            return true;
        }

        _contextChecks ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_contextChecks.TryGetValue(entry.Phrase, out bool holds))
        {
            holds = ContainsAny(entry.Context);
            _contextChecks[entry.Phrase] = holds;
        }

        return holds;
    }

    // ---- emission --------------------------------------------------------------------------------------------

    private void Emit(int start, int end, MentionKind kind, string? actor, string? country, string? agent, int? refersTo, string rule)
    {
        var tokens = Tokens;
        var span = TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End);
        var mention = new Mention(span, _sentence, kind, actor, country, agent, refersTo, new Evidence(ActorStage.StageName, rule));
        _anyWeak |= IsWeak(mention);
        _mentions.Add(mention);
        Weigh(mention);
    }

    private void Weigh(Mention mention)
    {
        if (mention.Country is not { } country || country == "IGO" || mention.Kind == MentionKind.Location)
        {
            return;
        }

        AddWeight(country, (mention.Agent is not null && Words.IsNationalAgent(mention.Agent) ? 2 : 1) + (_sentence == 0 ? 2 : 0));
    }

    private void AddWeight(string country, int weight)
    {
        var weights = _countryWeights ??= new List<(string Country, int Weight)>(8);
        if (WeightIndex(country) is int k and >= 0)
        {
            weights[k] = (weights[k].Country, weights[k].Weight + weight);
            return;
        }

        weights.Add((country, weight));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string? Compose(string? country, string? agent) =>
        country is null ? null : country == "IGO" ? null : agent is null ? country : country + agent;

    // ---- token helpers ---------------------------------------------------------------------------------------

    /// <summary>Token <paramref name="i"/>'s cache entry (emptied for this document by <see cref="Scratch.Prepare"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref TokenCache Cache(int i) => ref _cache[i];

    /// <summary>The word classes of token <paramref name="i"/>, looked up once per token and document.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordClass Class(int i)
    {
        ref var cached = ref Cache(i);
        if ((cached.Class & WordClass.Known) == 0)
        {
            LookUp(ref cached, i);
        }

        return cached.Class;
    }

    /// <summary>Fills token <paramref name="i"/>'s classes and first trie steps from the lexicon's word table (one probe).</summary>
    private void LookUp(ref TokenCache cached, int i)
    {
        var word = Word(i);
        ulong key = Key(ref cached, i);
        if (key == WordKey.None)
        {
            cached.Class |= Words.Classify(word) | WordClass.Known;
            return;
        }

        var info = _lexicon.Table.Find(word, key);
        cached.Class |= info.Class | WordClass.Known;
        cached.ActorNode = info.ActorNode;
        cached.AgentNode = info.AgentNode;
    }

    /// <summary>Whether token <paramref name="i"/> is one of the lexicon's given names, asked once per token and document.</summary>
    private bool IsGivenName(int i)
    {
        ref var cached = ref Cache(i);
        if ((cached.Class & WordClass.GivenNameKnown) == 0)
        {
            // The table says whether the word is a given name in some case; the set decides the exact spelling.
            bool candidate = (Class(i) & WordClass.GivenNameFolded) != 0 || cached.Key == WordKey.None;
            cached.Class |= WordClass.GivenNameKnown | (candidate && _lexicon.IsGivenName(Word(i)) ? WordClass.GivenName : WordClass.None);
        }

        return (cached.Class & WordClass.GivenName) != 0;
    }

    /// <summary>The <see cref="WordKey"/> of token <paramref name="i"/>, computed once per token and document.</summary>
    private ulong Key(int i) => Key(ref Cache(i), i);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Key(ref TokenCache cached, int i)
    {
        if (cached.Key == 0)
        {
            cached.Key = WordKey.Of(Word(i));
        }

        return cached.Key;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Span.Start, _tokens[i].Span.Length);

    private int MatchActor(int i, out LexiconEntry? entry)
    {
        // Each token is looked up at most once per dictionary: the scanner often asks again while composing.
        ref var cached = ref Cache(i);
        if (cached.ActorLength == 0)
        {
            if ((cached.Class & WordClass.Known) == 0)
            {
                LookUp(ref cached, i);
            }

            int length = Walk(_lexicon.Actors, i, cached.Key, cached.ActorNode, out var found);

            if (length > 0 && found!.Kind == EntryKind.ShortForm && !ContextHolds(found))
            {
                length = 0;
                found = null;
            }

            cached.ActorLength = (short)(length + 1);
            cached.Actor = found;
        }

        entry = cached.Actor;
        return cached.ActorLength - 1;
    }

    /// <summary>
    /// The longest phrase of <paramref name="dictionary"/> at token <paramref name="i"/>, from the first trie step
    /// <paramref name="node"/> the word table gave. Most words start no phrase (the table says so) and need no walk;
    /// one-word stems may start any; a word without a key (too long or unusual) walks from the root.
    /// </summary>
    private int Walk(PhraseDictionary dictionary, int i, ulong key, int node, out LexiconEntry? found)
    {
        found = null;
        if (key == WordKey.None)
        {
            return dictionary.Match(_text, Tokens[.._sentenceEnd], i, _date, new CachedKeys(this), out found);
        }

        return node != 0 || dictionary.HasStems
            ? dictionary.MatchFrom(_text, Tokens[.._sentenceEnd], i, _date, node, new CachedKeys(this), out found)
            : 0;
    }

    private int MatchAgent(int i, out LexiconEntry? entry)
    {
        entry = null;
        if (i >= _sentenceEnd || _tokens[i].Kind != TokenKind.Word)
        {
            return 0;
        }

        ref var cached = ref Cache(i);
        if (cached.AgentLength == 0)
        {
            if ((cached.Class & WordClass.Known) == 0)
            {
                LookUp(ref cached, i);
            }

            int length = Walk(_lexicon.Agents, i, cached.Key, cached.AgentNode, out var found);

            cached.AgentLength = (short)(length + 1);
            cached.Agent = found;
        }

        entry = cached.Agent;
        return cached.AgentLength - 1;
    }

    /// <summary>Follows role words after <paramref name="i"/> ("Blue House presidential office"); returns the new end.</summary>
    private int ExtendWithAgents(int i, out string? agent) => ExtendWithAgents(i, out agent, out _);

    private int ExtendWithAgents(int i, out string? agent, out bool human)
    {
        agent = null;
        human = false;
        int guard = 0;
        while (i < _sentenceEnd && guard++ < 3 && !Tokens[i].Has(TokenTraits.Capitalized))
        {
            int length = MatchAgent(i, out var entry);
            if (length == 0)
            {
                break;
            }

            // The head decides: "government forces" (MIL), "state media" (MED); "government officials" stay GOV.
            agent = agent is null || entry!.Agent is "MIL" or "MED" ? entry!.Agent : agent;
            human = entry!.IsHuman;
            i += length;
        }

        return i;
    }

    /// <summary>
    /// A run of capitalized words from <paramref name="start"/>: hyphenated parts join (<c>Jae-in</c>), and with
    /// <paramref name="allowJoiners"/> so do <c>of</c>, <c>for</c>, <c>&amp;</c>, <c>de</c> between capitalized words.
    /// </summary>
    private int NameRun(int start, bool allowJoiners)
    {
        var tokens = Tokens;
        int i = start;
        int end = start;
        while (i < _sentenceEnd && end - start < 10)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Word && (t.Has(TokenTraits.Capitalized) || IsAcronym(i)) && !Words.IsMonthOrWeekday(Word(i), Class(i)))
            {
                if (i > start && Words.IsDeterminer(Word(i), Class(i)))
                {
                    break;
                }

                // "Apple CEO Steve Jobs": a title ends one name and introduces the next.
                if (i > start && i + 1 < _sentenceEnd && tokens[i + 1].Has(TokenTraits.Capitalized) && MatchAgent(i, out var title) > 0 && title!.IsTitle && title.Agent is not null)
                {
                    break;
                }

                i++;
                end = i;
                continue;
            }

            // Hyphenated names: "Jae-in", "Coca-Cola", "Kramp-Karrenbauer".
            if (i > start && i + 1 < _sentenceEnd && Word(i) is "-" && !t.Has(TokenTraits.SpaceBefore) && !tokens[i + 1].Has(TokenTraits.SpaceBefore) && tokens[i + 1].Kind == TokenKind.Word)
            {
                i += 2;
                end = i;
                continue;
            }

            // "Saad al-Hariri", "Abdel Fattah el-Sisi": an Arabic article glued to the family name.
            if (i > start && i + 2 < _sentenceEnd && IsGluedArticle(i))
            {
                i += 3;
                end = i;
                continue;
            }

            // "Mohammed bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva": lower-case particles inside a
            // personal name.
            if (i > start && i + 1 < _sentenceEnd && t.Kind == TokenKind.Word && !t.Has(TokenTraits.Capitalized) && NameParticles.Contains(Word(i))
                && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Has(TokenTraits.Capitalized))
            {
                i++;
                continue;
            }

            // "Civic Party and Wong Pik-wan": a body's name ends at its cue word; "and" after it starts another name.
            if (allowJoiners && i > start && i + 1 < _sentenceEnd && t.Kind == TokenKind.Word && Words.IsJoiner(Word(i), Class(i))
                && tokens[i + 1].Kind == TokenKind.Word && tokens[i + 1].Has(TokenTraits.Capitalized) && !Words.IsDeterminer(Word(i + 1), Class(i + 1))
                && !(Word(i) is "and" && Words.IsOrganizationCue(Word(i - 1), Class(i - 1))))
            {
                i++;
                continue;
            }

            if (allowJoiners && i > start && t.Kind == TokenKind.Symbol && Word(i) is "&" && i + 1 < _sentenceEnd && tokens[i + 1].Has(TokenTraits.Capitalized))
            {
                i++;
                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// Whether the titled name at <paramref name="start"/> is the other party of a meeting or a call: right after
    /// "met", "hosted", "received", "telephoned", or after "with"/"to" that follows "met", "talks", "spoke", "call".
    /// </summary>
    private bool IsCounterpart(int start)
    {
        int b = start - 1;
        if (b <= _sentenceStart || Tokens[b].Kind != TokenKind.Word)
        {
            return false;
        }

        if (Word(b) is "with" or "to")
        {
            b--;
            if (b < _sentenceStart || Tokens[b].Kind != TokenKind.Word)
            {
                return false;
            }

            return Word(b) is "met" or "meet" or "meets" or "meeting" or "talks" or "spoke" or "speaks" or "talked" or "call" or "conversation" or "phoned" or "wrote";
        }

        return Word(b) is "met" or "meets" or "hosted" or "hosts" or "received" or "receives" or "telephoned" or "phoned" or "congratulated" or "visited";
    }

    /// <summary>
    /// The state of an adjective before a place noun, with at most two lower-case words between ("the Syrian town",
    /// "the northern Nigerian city", "the Malian capital"): the last mention of the sentence when it ends there.
    /// </summary>
    private string? StateBeforeNoun(int noun)
    {
        if (_mentions.Count == 0 || _mentions[^1] is not { Kind: MentionKind.Location or MentionKind.Country, Country: { } state } before
            || before.Sentence != _sentence || state == "IGO")
        {
            return null;
        }

        int t = noun - 1;
        for (int k = 0; k < 2 && t > _sentenceStart && Tokens[t].Start >= before.Span.End && Tokens[t].Kind == TokenKind.Word && !Tokens[t].Has(TokenTraits.Capitalized); k++)
        {
            t--;
        }

        return t >= _sentenceStart && Tokens[t].End == before.Span.End ? state : null;
    }

    /// <summary>The state named right after a place by "in" ("in Syria", "in northwestern Syria"), else null.</summary>
    private string? StateInAfter(int t)
    {
        if (t + 1 >= _sentenceEnd || Word(t) is not "in")
        {
            return null;
        }

        t++;
        if (t + 1 < _sentenceEnd && Tokens[t].Kind == TokenKind.Word && !Tokens[t].Has(TokenTraits.Capitalized) && Word(t).EndsWith("ern", StringComparison.Ordinal))
        {
            t++;
        }

        return ActorAfterArticle(t, out var entry) is not null && entry!.Kind == EntryKind.Country && CountryOf(entry) is { } state && state != "IGO" ? state : null;
    }

    /// <summary>Whether token <paramref name="t"/> is a lower-case "al"/"el" glued by a hyphen to a capitalized word ("al-Hariri").</summary>
    private bool IsGluedArticle(int t)
    {
        var tokens = Tokens;
        return t + 2 < _sentenceEnd && tokens[t].Kind == TokenKind.Word && tokens[t].Span.Length == 2 && Word(t) is "al" or "el"
            && tokens[t + 1].Start == tokens[t].End && Word(t + 1) is "-" or "‑" && tokens[t + 2].Start == tokens[t + 1].End
            && tokens[t + 2].Kind == TokenKind.Word && tokens[t + 2].Has(TokenTraits.Capitalized);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles = new[]
    {
        "bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "dos", "das", "di", "du", "del", "della", "la", "le",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a capitalized run names a body: its role (a dictionary agent inside it) and whether it has an organization cue word.</summary>
    private bool BodyAgent(int start, int end, out string? agent, out bool cue)
    {
        agent = null;
        cue = false;
        for (int t = start; t < end; t++)
        {
            if (Words.IsOrganizationCue(Word(t), Class(t)))
            {
                cue = true;
            }
        }

        // Only the words that end the run decide the role ("Defense Ministry", not "Ministry of Defense Press Office").
        for (int t = start; t < end; t++)
        {
            int length = MatchAgent(t, out var entry);
            if (length > 0 && t + length == end && !entry!.IsHuman && entry.Agent is not null)
            {
                agent = entry.Agent;
                return true;
            }

            if (length > 0 && t + length == end && entry!.Agent is not null && Words.IsNationalBody(Word(end - 1), Class(end - 1)))
            {
                agent = entry.Agent;
                return true;
            }
        }

        // "Ministry of Foreign Affairs", "Ministry of Defense": the head comes first.
        int headLength = MatchAgent(start, out var head);
        if (headLength > 0 && head!.Agent is not null && !head.IsHuman && Words.IsNationalBody(Word(start), Class(start)))
        {
            agent = head.Agent;
            for (int t = start + headLength; t < end; t++)
            {
                if (Word(t).StartsWith("Defen", StringComparison.Ordinal))
                {
                    agent = "MIL";
                }
            }

            return true;
        }

        return false;
    }

    private string? InnerCountry(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            int length = MatchActor(t, out var entry);
            if (length > 0 && entry!.Kind is EntryKind.Country or EntryKind.Adjective && t + length <= end)
            {
                return entry.Country;
            }

            // A longer phrase covers its words: "New Jersey" holds no Jersey.
            t += Math.Max(0, length - 1);
        }

        return null;
    }

    /// <summary>
    /// A phrase in quotation marks after "known as", "called", "dubbed" or "nicknamed": <c>known as the “Blue House”</c>,
    /// <c>dubbed “the Kremlin”</c> (one article before or after the mark).
    /// </summary>
    private bool IsNickname(int start)
    {
        int p = start - 1;
        bool quoted = false;
        for (int steps = 0; steps < 3 && p >= _sentenceStart; steps++, p--)
        {
            if (Tokens[p].Kind == TokenKind.Quote && !quoted)
            {
                quoted = true;
            }
            else if (!Words.IsDeterminer(Word(p), Class(p)))
            {
                break;
            }
        }

        return quoted && p >= _sentenceStart && Word(p) is "as" or "called" or "dubbed" or "nicknamed" or "named";
    }

    private bool IsLocated(int start, int end = -1, string? country = null)
    {
        int p = start - 1;
        if (p >= _sentenceStart && Words.IsDeterminer(Word(p), Class(p)))
        {
            p--;
        }

        if (p >= _sentenceStart && Tokens[p].Kind == TokenKind.Word && Words.IsLocationPreposition(Word(p), Class(p)))
        {
            return true;
        }

        // "the capital, Bamako,", "the Malian capital Bamako": a city named after the word "capital" is the place.
        if (p >= _sentenceStart && (Word(p) is "capital" || Word(p) is "," && p - 1 >= _sentenceStart && Word(p - 1) is "capital"))
        {
            return true;
        }

        // "in Xinjiang, Hong Kong and Taiwan": a later member of a list of places is placed too; after a comma only when
        // the list goes on and the place before lies in another state ("in Izmir, Turkey, …" names the state the place
        // is in, and that state still counts as the article's).
        if (p > _sentenceStart && _mentions.Count > 0 && _mentions[^1] is { Kind: MentionKind.Location } last && last.Sentence == _sentence
            && last.Span.End <= Tokens[p].Start
            && (Word(p) is "and" or "or" || Word(p) is "," && end > start && end < _sentenceEnd && Word(end) is "," or "and" or "or" && last.Country is { } before && before != country))
        {
            int q = p;
            if (Word(q) is "and" or "or" && q - 1 > _sentenceStart && Word(q - 1) is ",")
            {
                q--;
            }

            return TokenAt(last.Span.End) == q;
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsPossessive(int i)
    {
        var w = Word(i);
        return w.Length == 2 && w[0] is '\'' or '’' && w[1] is 's' or 'S';
    }

    /// <summary>Roles whose holders are often abroad: "foreign ministers in Cairo", "diplomats in Beijing".</summary>
    private bool IsVisitingRole(int i)
    {
        var w = Word(i);
        return w.StartsWith("minister", StringComparison.OrdinalIgnoreCase) || w.StartsWith("diplomat", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("envoy", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ambassador", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("delegat", StringComparison.OrdinalIgnoreCase) || w.StartsWith("leader", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a role word names a weapon that stands for its armed forces ("drone", "warplanes").</summary>
    private static bool IsWeapon(ReadOnlySpan<char> w) =>
        w.StartsWith("drone", StringComparison.OrdinalIgnoreCase) || w.StartsWith("warplane", StringComparison.OrdinalIgnoreCase)
        || w.StartsWith("warship", StringComparison.OrdinalIgnoreCase) || w.StartsWith("gunship", StringComparison.OrdinalIgnoreCase)
        || w.Equals("jet", StringComparison.OrdinalIgnoreCase) || w.Equals("jets", StringComparison.OrdinalIgnoreCase);

    /// <summary>"police": an institution's name that also names its people ("police arrested", "police in Lagos").</summary>
    private bool IsPolice(int i) => Word(i).Equals("police", StringComparison.OrdinalIgnoreCase);

    private bool IsPluralWord(int i)
    {
        var w = Word(i);
        // "spokesmen", "gunmen", "congressmen": the -men plurals of role words.
        return w.Length > 3 && w[^1] == 's' && w[^2] != 's' || w is "police" or "people" or "media"
            || w.Length > 4 && w.EndsWith("men", StringComparison.OrdinalIgnoreCase);
    }

    private bool IsAcronym(int i)
    {
        var w = Word(i);
        if (w.Length < 2)
        {
            return false;
        }

        int upper = 0;
        foreach (char c in w)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2;
    }

    private bool AllNameLike(int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            // A joiner that is a name particle ("bin", "de") may stand inside a personal name; "of", "for", "and" may not.
            if (Tokens[t].Kind == TokenKind.Word && (IsAcronym(t) || Words.IsOrganizationCue(Word(t), Class(t))
                || Words.IsJoiner(Word(t), Class(t)) && !NameParticles.Contains(Word(t))))
            {
                return false;
            }
        }

        return true;
    }

    private bool SpeechFollows(int end)
    {
        int p = end;
        if (p < _sentenceEnd && Word(p) is ",")
        {
            p++;
        }

        return p < _sentenceEnd && Words.IsSpeechVerb(Word(p), Class(p));
    }

    /// <summary>"Jusman Syafii Djamal, minister of transport": a comma and a lower-case role or article.</summary>
    private bool AppositionFollows(int end)
    {
        if (end + 1 >= _sentenceEnd || Word(end) is not ",")
        {
            return false;
        }

        // A plural role starts a list, not an apposition: "the leader of Roman Catholic Christianity, priests and nuns".
        var next = Tokens[end + 1];
        return next.Kind == TokenKind.Word && !next.Has(TokenTraits.Capitalized)
            && (MatchAgent(end + 1, out var role) is > 0 and var length && role!.IsHuman && !IsPluralWord(end + length) || Word(end + 1) is "a" or "the" or "who" or "aged");
    }

    private int WordCount(int start, int end)
    {
        int n = 0;
        for (int t = start; t < end; t++)
        {
            if (Tokens[t].Kind == TokenKind.Word && Tokens[t].Has(TokenTraits.SpaceBefore) || t == start)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>Whether token <paramref name="i"/> starts the sentence, or the quotation, colon or parenthesis that opens it.</summary>
    private bool IsSentenceInitial(int i) =>
        i == _sentenceStart || Tokens[i - 1].Kind is TokenKind.Quote or TokenKind.Punctuation && (i - 1 == _sentenceStart || Word(i - 1) is ":" or "“" or "\"" or "(");

    /// <summary>
    /// A capitalized word that only starts the sentence ("However", "Still", "Ties"): a function word, or a word the
    /// document also writes in lower case.
    /// </summary>
    private bool IsSentenceInitialCommonWord(int i)
    {
        var w = Word(i);
        if (Words.IsMonthOrWeekday(w, Class(i)) || Words.IsCommonCapitalized(w, Class(i)))
        {
            return true;
        }

        if (!IsSentenceInitial(i))
        {
            return false;
        }

        if (Words.IsFunctionWord(w, Class(i)))
        {
            return true;
        }

        // A capitalized word followed by another is a name's start ("Prime Minister", "Air France"), not the case here.
        if (i + 1 < _sentenceEnd && Tokens[i + 1].Has(TokenTraits.Capitalized) && Tokens[i + 1].Kind == TokenKind.Word)
        {
            return false;
        }

        // Seen in lower case elsewhere in the document: a common word, not a name (a vectorized search, rarely needed).
        if (w.Length < 3 || w.Length > 40)
        {
            return false;
        }

        var lower = LowerFirst(w, stackalloc char[w.Length]);
        // Near the word is enough, and keeps the search linear in the document's length.
        int origin = Math.Max(0, Tokens[i].Start - 2500);
        var text = _text.AsSpan(origin, Math.Min(_text.Length, Tokens[i].Start + 2500) - origin);
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            int after = at + lower.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (after >= text.Length || !char.IsLetter(text[after])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>A lone sentence-initial word shaped like a common noun or adverb ("Reconciliation", "Ties", "Officially").</summary>
    private bool LooksCommon(int i)
    {
        bool initial = i == _sentenceStart || Tokens[i - 1].Kind is TokenKind.Quote || (i - 1 == _sentenceStart && Tokens[i - 1].Kind == TokenKind.Punctuation);
        if (!initial || IsAcronym(i))
        {
            return false;
        }

        var w = Word(i);
        if (w.Length > 3 && w[^1] == 's' && w[^2] != 's' && w[^2] != 'u')
        {
            return true;
        }

        // "Fighting erupted …", "Shelling continued …": a gerund that opens a sentence alone (4 letters before "ing").
        if (w.Length > 6 && w.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        ReadOnlySpan<string> suffixes = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ous", "ful", "ive", "ly", "ies", "ship", "ogy", "acy"];
        foreach (var suffix in suffixes)
        {
            if (w.Length > suffix.Length + 2 && w.EndsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^3];
        }

        return word.Length > 3 && (word[^1] is 's' or 'S') ? word[..^1] : word;
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, ReadOnlySpan<char> stem, StringComparison comparison = StringComparison.Ordinal)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOf(stem, comparison);
            if (at < 0)
            {
                return false;
            }

            at += from;
            bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
            int after = at + stem.Length;
            bool endOk = after >= text.Length || !char.IsLetter(text[after]) || text[after..].StartsWith("s", StringComparison.Ordinal) || text[after..].StartsWith("ies", StringComparison.Ordinal);
            if (startOk && endOk)
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>
    /// Reusable per-thread arrays: the document's tokens and the per-token caches. The caches of a document's tokens
    /// are cleared in one sweep before its scan: that costs less than testing, at every one of the hundreds of
    /// thousands of cache reads a megabyte makes, whether the entry is still the last document's.
    /// </summary>
    private sealed class Scratch
    {
        private int?[] _weakMentions = [];

        public TokenCache[] Cache { get; private set; } = [];

        /// <summary>For <see cref="Harmonize"/>: kinds of names by hash, and the hashes of lone weak names.</summary>
        public Dictionary<int, MentionKind> StrongNames { get; } = [];

        public HashSet<int> SingleNames { get; } = [];

        /// <summary>For <see cref="Harmonize"/>: per mention, the hash of its text when it is weak, else null.</summary>
        public int?[] WeakMentions(int count)
        {
            if (_weakMentions.Length < count)
            {
                _weakMentions = new int?[Math.Max(count, _weakMentions.Length * 2)];
            }

            return _weakMentions;
        }

        public Token[] Tokens { get; private set; } = [];

        public void Prepare(int tokens)
        {
            if (Cache.Length < tokens)
            {
                int size = Math.Max(tokens, Cache.Length * 2);
                Cache = new TokenCache[size];
                Tokens = new Token[size];
            }
            else
            {
                Array.Clear(Cache, 0, tokens);
            }
        }
    }

    /// <summary>The scanner's per-token keys, for dictionary walks.</summary>
    private readonly struct CachedKeys(MentionScanner scanner) : IWordKeys
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong KeyOf(int token) => scanner.Key(token);
    }

    /// <summary>
    /// What the scanner learned about one token: its word key and classes, and each dictionary's answer as length in
    /// tokens plus one (0 = not asked yet) with the entry. 40 bytes (phrases are short, so are their lengths): the
    /// array a document's scan clears and fills is a sixth smaller than with whole-word lengths.
    /// </summary>
    [StructLayout(LayoutKind.Auto)]
    private struct TokenCache
    {
        public WordClass Class;
        public short ActorLength;
        public short AgentLength;
        public ulong Key;
        public int ActorNode;
        public int AgentNode;
        public LexiconEntry? Actor;
        public LexiconEntry? Agent;
    }
}
