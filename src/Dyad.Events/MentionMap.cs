using Dyad.Core;

namespace Dyad.Events;

/// <summary>
/// Mentions seen from the tokens: which mention starts at or covers each token, each mention's token range, and the
/// codes a pronoun or short reference gets by following <see cref="Mention.RefersTo"/>. Built once per document.
/// </summary>
internal sealed class MentionMap
{
    private readonly Document _document;
    private const byte FullActor = 1;
    private const byte TargetOnly = 2;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleNouns = Lookup(
        "nationals national citizens citizen people civilians civilian troops soldiers soldier forces officials official "
        + "diplomats diplomat workers worker students student journalists journalist reporters reporter fishermen fisherman "
        + "tourists tourist residents refugees migrants sailors sailor hostages hostage prisoners prisoner pilots pilot "
        + "activists activist protesters protestors demonstrators militants militant rebels fighters envoy envoys "
        + "businessman businessmen nurses doctors engineers crew crews warships warship vessels vessel jets drones "
        + "negotiators negotiator delegates delegation delegations");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InvolvementNouns = Lookup(
        "involvement interference meddling complicity role hand backing sponsorship");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = Lookup(
        "and or but nor the a an of in on at to for with by from as than is are was were be been has have had will would "
        + "can could may might should must said says say told that which who whose whom while when after before");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackingParticiples = Lookup(
        "backed sponsored supported funded armed linked");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnershipParticiples = Lookup(
        "flagged registered owned operated run based made built");

    private readonly int[] _resolved;
    private readonly byte[] _adjective;
    private readonly string?[] _borrowedAgent;
    private readonly bool[] _thing;
    private readonly bool[] _attribution;

    public MentionMap(Document document)
    {
        _document = document;
        int n = document.Tokens.Count;
        StartsAt = new int[n + 1];
        Covering = new int[n + 1];
        Array.Fill(StartsAt, -1);
        Array.Fill(Covering, -1);
        int count = document.Mentions.Count;
        StartToken = new int[count];
        EndToken = new int[count];
        _resolved = new int[count];
        for (int m = 0; m < count; m++)
        {
            var mention = document.Mentions[m];
            int start = TokenAt(mention.Span.Start);
            int end = start;
            while (end < n && document.Tokens[end].Start < mention.Span.End)
            {
                end++;
            }

            StartToken[m] = start;
            EndToken[m] = Math.Max(end, start + 1);
            _resolved[m] = -2;

            // Pronouns that the quotes stage resolved ("we" inside a quote) are for readers: words inside a quote are
            // not coded as acts of its speaker's state. A sentence's subject "He"/"She" is an actor; an object "him" too.
            if (start < 0 || start >= n
                || mention.Evidence.Stage.StartsWith("dyad.quotes", StringComparison.Ordinal) && mention.Evidence.Rule is not ("quotes.pronoun.subject" or "quotes.pronoun.object")
                || CompoundModifier(document, mention, end))
            {
                StartToken[m] = EndToken[m] = n;
                continue;
            }

            // The longest mention wins a token: "South Korea ’s National Defense Ministry" over "South Korea".
            if (StartsAt[start] < 0 || EndToken[StartsAt[start]] < EndToken[m])
            {
                StartsAt[start] = m;
            }

            for (int t = start; t < EndToken[m] && t < n; t++)
            {
                int current = Covering[t];
                if (current < 0 || EndToken[current] - StartToken[current] < EndToken[m] - start)
                {
                    Covering[t] = m;
                }
            }
        }

        _adjective = new byte[count];
        _borrowedAgent = new string?[count];
        _thing = new bool[count];
        _attribution = new bool[count];
        MarkAttributions(document);
        MarkAdjectiveActors(document);
        MarkCoordinatedAdjectives(document);
        MarkThingAdjectives(document);
        MarkDistributedRoles(document);

        // A token covered by a longer mention starts nothing shorter inside it.
        for (int t = 0; t < n; t++)
        {
            if (StartsAt[t] >= 0 && Covering[t] != StartsAt[t] && Covering[t] >= 0 && StartToken[Covering[t]] < t)
            {
                StartsAt[t] = -1;
            }
        }
    }

    /// <summary>
    /// "… according to CNN", "according to the prosecutors": a source of the report, never a party to its events.
    /// </summary>
    private void MarkAttributions(Document document)
    {
        for (int m = 0; m < _attribution.Length; m++)
        {
            int t = StartToken[m] - 1;
            if (t >= 0 && document.Slice(document.Tokens[t].Span) is "the" or "The")
            {
                t--;
            }

            // "according to CNN"; "reported by The Guardian", "and by Associated Press" after a report.
            _attribution[m] = t >= 1 && (document.Slice(document.Tokens[t].Span) is "to"
                    && document.Slice(document.Tokens[t - 1].Span).Equals("according", StringComparison.OrdinalIgnoreCase)
                || document.Slice(document.Tokens[t].Span) is "by" && document.Slice(document.Tokens[t - 1].Span) is "reported" or "quoted" or "cited");
        }
    }

    /// <summary>
    /// "a new judge-led investigation", "police-run checkpoints": a common-noun mention glued by a hyphen to a word after
    /// it only modifies the noun that follows; it is no party to the sentence's events.
    /// </summary>
    private static bool CompoundModifier(Document document, Mention mention, int end)
    {
        var tokens = document.Tokens;
        if (end + 1 >= tokens.Count || mention.Span.Length == 0 || !char.IsLower(document.Text[mention.Span.Start]))
        {
            return false;
        }

        var hyphen = tokens[end];
        var next = tokens[end + 1];
        return document.Slice(hyphen.Span) is "-" or "‑" && hyphen.Start == mention.Span.End && next.Start == hyphen.Span.End
            && next.Kind == TokenKind.Word && char.IsLower(document.Text[next.Start]);
    }

    /// <summary>
    /// A bare country adjective is a place-like mention, but before a people noun it names that country's people
    /// ("Japanese nationals abducted to North Korea"), and before an involvement noun or "-backed" it names the country
    /// as the one acting behind the scenes ("alleged Iranian involvement"), which can only be a target.
    /// </summary>
    private void MarkAdjectiveActors(Document document)
    {
        int n = document.Tokens.Count;
        for (int m = 0; m < _adjective.Length; m++)
        {
            var mention = document.Mentions[m];
            if (mention.Kind != MentionKind.Location || mention.Actor is not null || mention.Country is null
                || !mention.Evidence.Rule.EndsWith(".adjective", StringComparison.Ordinal))
            {
                continue;
            }

            int next = EndToken[m];
            if (next >= n)
            {
                continue;
            }

            var word = document.Slice(document.Tokens[next].Span);
            if (Covering[next] < 0 && PeopleNouns.Contains(word))
            {
                _adjective[m] = FullActor;
                EndToken[m] = next + 1;
                Covering[next] = m;
            }
            else if (Covering[next] < 0 && InvolvementNouns.Contains(word))
            {
                _adjective[m] = TargetOnly;
            }
            else if (next + 1 < n && document.Slice(document.Tokens[next].Span) is "-" or "‑" && Covering[next + 1] < 0
                && BackingParticiples.Contains(document.Slice(document.Tokens[next + 1].Span)))
            {
                _adjective[m] = TargetOnly;
            }
            else if (next + 1 < n && document.Slice(document.Tokens[next].Span) is "-" or "‑" && Covering[next + 1] < 0
                && OwnershipParticiples.Contains(document.Slice(document.Tokens[next + 1].Span)))
            {
                // "a British-flagged tanker", "a Chinese-owned firm": the adjective and its participle modify the noun.
                EndToken[m] = next + 2;
                Covering[next] = m;
                Covering[next + 1] = m;
            }
        }
    }

    /// <summary>
    /// "Chinese and Indian troops", "American, British and French warplanes": a bare country adjective coordinated with
    /// an adjective that heads a group ("Indian troops", "French warplanes", "Chinese nationals") shares its head noun, so
    /// it names its own country's group with the same agent. Only groups and organizations lend their noun: a person's
    /// title ("Indian Prime Minister Modi") belongs to that person alone.
    /// </summary>
    private void MarkCoordinatedAdjectives(Document document)
    {
        int n = document.Tokens.Count;
        for (int m = _adjective.Length - 1; m >= 0; m--)
        {
            if (_adjective[m] != 0 || !IsBareAdjective(document.Mentions[m]))
            {
                continue;
            }

            int q = EndToken[m];
            if (q < n && document.Slice(document.Tokens[q].Span) is ",")
            {
                q++;
            }

            if (q < n && document.Slice(document.Tokens[q].Span) is "and" or "or")
            {
                q++;
            }

            if (q == EndToken[m] || q >= n || StartsAt[q] is not (int head and >= 0) || head == m)
            {
                continue;
            }

            var other = document.Mentions[head];
            if (IsBareAdjective(other) && _adjective[head] == FullActor)
            {
                // "Japanese and Chinese nationals": the country's people, as the head adjective has them.
                _adjective[m] = FullActor;
                _borrowedAgent[m] = _borrowedAgent[head];
            }
            else if (other.Kind is MentionKind.Group or MentionKind.Organization && other.Agent is { Length: > 0 } agent && other.Country is { } country
                && other.Actor == country + agent && StartsWithDemonym(other))
            {
                _adjective[m] = FullActor;
                _borrowedAgent[m] = agent;
            }
        }
    }

    /// <summary>
    /// "attacked a Saudi oil field", "seized an Iranian tanker": a bare country adjective before a common noun names the
    /// country whose property or interest the noun is. It may be acted on (a target), never the actor: "Russian shelling"
    /// does not say who fired.
    /// </summary>
    private void MarkThingAdjectives(Document document)
    {
        int n = document.Tokens.Count;
        for (int m = 0; m < _adjective.Length; m++)
        {
            if (_adjective[m] != 0 || !IsBareAdjective(document.Mentions[m]) || EndToken[m] >= n || Covering[EndToken[m]] >= 0)
            {
                continue;
            }

            // "the U.S.-Mexican border" names a place between two states, not one state's property.
            int before = StartToken[m] - 1;
            if (before >= 0 && document.Slice(document.Tokens[before].Span) is "-" or "‑" or "/" or "–")
            {
                continue;
            }

            var token = document.Tokens[EndToken[m]];
            var word = document.Slice(token.Span);
            if (token.Kind == TokenKind.Word && word.Length > 1 && char.IsLower(word[0]) && !FunctionWords.Contains(word) && !BeforeActor(document, EndToken[m]))
            {
                _adjective[m] = TargetOnly;
                _thing[m] = true;
            }
        }
    }

    /// <summary>
    /// "the foreign ministers of Russia and Ukraine", "leaders of Japan, China and South Korea": a plural role of a state
    /// coordinated with more states applies to each of them, so each state takes the role's agent.
    /// </summary>
    private void MarkDistributedRoles(Document document)
    {
        int n = document.Tokens.Count;
        for (int g = 0; g < _adjective.Length; g++)
        {
            var role = document.Mentions[g];
            if (role.Kind != MentionKind.Group || role.Agent is not { Length: > 0 } agent || role.Country is null
                || !role.Evidence.Rule.StartsWith("actors.role+affiliation", StringComparison.Ordinal))
            {
                continue;
            }

            int q = EndToken[g];
            var members = new List<int>();
            bool sawAnd = false;
            while (q < n && !sawAnd)
            {
                var w = document.Slice(document.Tokens[q].Span);
                if (w is ",")
                {
                    q++;
                    w = q < n ? document.Slice(document.Tokens[q].Span) : default;
                }

                if (w is "and")
                {
                    sawAnd = true;
                    q++;
                }

                if (q == EndToken[g] || q >= n || StartsAt[q] is not (int c and >= 0) || document.Mentions[c].Kind != MentionKind.Country
                    || document.Mentions[c].Country is null || document.Mentions[c].Actor is { } a && a != document.Mentions[c].Country)
                {
                    members.Clear();
                    break;
                }

                members.Add(c);
                q = EndToken[c];
                if (q < n && document.Slice(document.Tokens[q].Span) is "'s" or "’s")
                {
                    // "the ministers of Russia and Ukraine's president": the last state belongs to another noun.
                    members.Clear();
                    break;
                }
            }

            if (!sawAnd)
            {
                continue;
            }

            foreach (int c in members)
            {
                _borrowedAgent[c] = agent;
            }
        }
    }

    // "Chinese paramount leader Xi Jinping": lower-case words that lead into a mention describe that actor.
    private bool BeforeActor(Document document, int from)
    {
        for (int q = from; q < document.Tokens.Count && q < from + 4; q++)
        {
            if (Covering[q] >= 0)
            {
                var m = document.Mentions[Covering[q]];
                return m.Kind is MentionKind.Person or MentionKind.Group or MentionKind.Organization;
            }

            var word = document.Slice(document.Tokens[q].Span);
            if (document.Tokens[q].Kind != TokenKind.Word || word.Length == 0 || !char.IsLower(word[0]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsBareAdjective(Mention mention) =>
        mention.Kind == MentionKind.Location && mention.Actor is null && mention.Country is not null
        && mention.Evidence.Rule.EndsWith(".adjective", StringComparison.Ordinal);

    // The group's mention opens with a demonym ("Indian troops", the actors stage's "demonym+agent"), not a state's
    // name ("India's army"): only an adjective can share its noun with another adjective.
    private static bool StartsWithDemonym(Mention mention) =>
        mention.Evidence.Rule.StartsWith("actors.demonym+agent", StringComparison.Ordinal);

    /// <summary>
    /// The codes a mention takes: those of the mention it resolves to, except that a country adjective coordinated
    /// with a group ("Chinese" in "Chinese and Indian troops") takes its own country with the group's agent.
    /// </summary>
    public (string? Actor, string? Country, string? Agent) Codes(int mention)
    {
        var r = _document.Mentions[Resolve(mention)];
        if (_borrowedAgent[mention] is { } agent && r.Country is { } country)
        {
            return (country + agent, country, agent);
        }

        return (r.Actor, r.Country, r.Agent);
    }

    /// <summary>Whether the mention is a country adjective before a common noun ("the British decision"): the noun, not the country, is what a verb acts on directly.</summary>
    public bool ModifiesThing(int mention) => _thing[mention];

    /// <summary>Whether the mention may only be a target (a country adjective before "involvement" or "-backed").</summary>
    public bool TargetOnlyActor(int mention) => _adjective[mention] == TargetOnly;

    /// <summary>Per token: the mention that starts there, or -1.</summary>
    public int[] StartsAt { get; }

    /// <summary>Per token: the longest mention that covers it, or -1.</summary>
    public int[] Covering { get; }

    public int[] StartToken { get; }

    /// <summary>Exclusive.</summary>
    public int[] EndToken { get; }

    /// <summary>The mention whose codes <paramref name="mention"/> takes: itself, or the end of its refers-to chain.</summary>
    public int Resolve(int mention)
    {
        if (_resolved[mention] != -2)
        {
            return _resolved[mention];
        }

        int current = mention;
        for (int steps = 0; steps < 16; steps++)
        {
            var m = _document.Mentions[current];
            if (m.Actor is not null || m.Country is not null || m.RefersTo is not int next || next < 0 || next >= _document.Mentions.Count || next == current)
            {
                break;
            }

            current = next;
        }

        _resolved[mention] = current;
        return current;
    }

    /// <summary>Whether the mention can be an event actor: it (or what it refers to) has codes and it is not a place.</summary>
    public bool Actor(int mention)
    {
        if (_attribution[mention])
        {
            return false;
        }

        var own = _document.Mentions[mention];
        if (own.Kind == MentionKind.Location && _adjective[mention] == 0)
        {
            return false;
        }

        var m = _document.Mentions[Resolve(mention)];
        return m.Actor is not null || m.Country is not null;
    }

    /// <summary>A case-insensitive word set queried by span (the coder's word lists use it too).</summary>
    internal static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string words) =>
        new HashSet<string>(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token containing (or first after) character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var tokens = _document.Tokens;
        int lo = 0, hi = tokens.Count - 1, found = tokens.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                found = mid;
                hi = mid - 1;
            }
        }

        return found;
    }
}
