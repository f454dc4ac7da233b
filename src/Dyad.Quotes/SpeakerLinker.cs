using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// Links a speaker phrase to the actors stage's mentions: the best mention inside the phrase (a person before an
/// organization with an agent before a country), its codes followed through <see cref="Mention.RefersTo"/>. A short
/// reference with no coded mention of its own (<c>the official</c>, <c>he</c>, <c>the sources</c>) takes the codes of
/// an earlier speaker with the same head noun (or of any earlier person-like speaker for a pronoun), and failing that
/// of the nearest earlier mention that carries an agent.
/// </summary>
internal sealed class SpeakerLinker
{
    private const int MaxChain = 8;

    /// <summary>How far back (in sentences) a reference may find its antecedent.</summary>
    private const int AntecedentReach = 8;

    private readonly TokenView _view;
    private readonly List<Mention> _mentions;
    private readonly int[] _byStart;
    private readonly int _longest;

    /// <summary>The sentence of a wire dateline (<c>KHARTOUM (Reuters) -</c>), or -1: its agency speaks for no one.</summary>
    private readonly int _datelineSentence = -1;
    private readonly List<(SpeakerPhrase Phrase, Speaker Speaker)> _earlier = [];

    /// <summary>The contents of quotation marks, in text order: the people named there do not speak the quote.</summary>
    private readonly List<TextSpan> _quoted;

    public SpeakerLinker(TokenView view, List<TextSpan>? quoted = null)
    {
        _view = view;
        _quoted = quoted ?? [];
        _mentions = view.Document.Mentions;
        _byStart = new int[_mentions.Count];
        for (int i = 0; i < _byStart.Length; i++)
        {
            _byStart[i] = i;
            _longest = Math.Max(_longest, _mentions[i].Span.Length);
            if (_datelineSentence < 0 && _mentions[i].Evidence.Rule == "actors.dateline")
            {
                _datelineSentence = _mentions[i].Sentence;
            }
        }

        Array.Sort(_byStart, (a, b) => _mentions[a].Span.Start.CompareTo(_mentions[b].Span.Start));
    }

    /// <summary>Links <paramref name="phrase"/>; call in text order so earlier speakers can serve as antecedents.</summary>
    public Speaker Link(SpeakerPhrase phrase)
    {
        int own = BestMention(phrase.Span, out int coded);
        string? actor = null;
        string? country = null;
        if (coded >= 0)
        {
            (actor, country) = Resolve(coded);
        }

        if (IsPossessorsAide(phrase) && RecentPerson(phrase.Span.Start, _view.Document.SentenceAt(phrase.Span.Start), reach: 1) is { } possessor
            && Resolve(possessor.Mention) is var codes && codes != (null, null))
        {
            // "Guterres condemned the detentions, his spokesman said": the spokesman speaks for the person just named,
            // whatever state the article's context would give an unqualified spokesman.
            (actor, country) = codes;
        }
        else if (actor is null && country is null && IsReference(phrase))
        {
            (actor, country) = Antecedent(phrase, own);
        }

        var speaker = new Speaker(phrase.Span, own >= 0 ? own : null, actor, country);
        _earlier.Add((phrase, speaker));
        return speaker;
    }

    /// <summary>The best mention overlapping <paramref name="span"/> (-1 when none), and the best one that resolves to codes.</summary>
    private int BestMention(TextSpan span, out int coded)
    {
        coded = -1;
        int best = -1;
        int bestScore = int.MinValue;
        int codedScore = int.MinValue;
        int lo = LowerBound(span.Start - _longest);
        for (int k = lo; k < _byStart.Length; k++)
        {
            int index = _byStart[k];
            var mention = _mentions[index];
            if (mention.Span.Start >= span.End)
            {
                break;
            }

            if (!mention.Span.Overlaps(span))
            {
                continue;
            }

            int score = Score(mention);
            if (score > bestScore)
            {
                bestScore = score;
                best = index;
            }

            if (score > codedScore && Resolve(index) is not (null, null))
            {
                codedScore = score;
                coded = index;
            }
        }

        return best;
    }

    private static int Score(Mention mention)
    {
        int kind = mention.Kind switch
        {
            MentionKind.Person => 3,
            MentionKind.Organization or MentionKind.Group => 2,
            MentionKind.Country => 1,
            _ => 0,
        };
        return kind * 2 + (mention.Agent is not null ? 3 : 0);
    }

    private int LowerBound(int start)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_mentions[_byStart[mid]].Span.Start < start)
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

    /// <summary>The codes of a mention, following <see cref="Mention.RefersTo"/> (bounded, so a cycle cannot hang).</summary>
    private (string? Actor, string? Country) Resolve(int index) =>
        CodedMention(index) is { } m ? (m.Actor, m.Country) : (null, null);

    /// <summary>The mention, or the one it refers to, that carries codes (null when none does).</summary>
    public Mention? CodedMention(int index)
    {
        for (int step = 0; step < MaxChain && index >= 0 && index < _mentions.Count; step++)
        {
            var mention = _mentions[index];
            if (mention.Actor is not null || mention.Country is not null)
            {
                return mention;
            }

            if (mention.RefersTo is not { } next)
            {
                break;
            }

            index = next;
        }

        return null;
    }

    /// <summary>A short <c>his spokesman</c>, <c>her spokeswoman</c>, <c>his office</c>: someone who speaks for the person named before.</summary>
    private bool IsPossessorsAide(SpeakerPhrase phrase)
    {
        var v = _view;
        int first = phrase.FirstToken;
        return phrase.EndToken - first is 2 or 3 && (v.Is(first, "his") || v.Is(first, "her"))
               && v.Has(phrase.EndToken - 1, WordClass.SpeakerNoun) && !v.IsCapitalized(phrase.EndToken - 1);
    }

    /// <summary>
    /// A pronoun or an unnamed speaker: <c>he</c>, <c>the official</c>, <c>another government source</c>,
    /// <c>informed sources</c>. News names the body such speakers belong to earlier, not in the phrase.
    /// </summary>
    private bool IsReference(SpeakerPhrase phrase)
    {
        var v = _view;
        if (phrase.EndToken - phrase.FirstToken == 1 && v.Has(phrase.FirstToken, WordClass.Pronoun))
        {
            return true;
        }

        for (int t = phrase.FirstToken; t < phrase.EndToken; t++)
        {
            if (v.IsCapitalized(t) && !(t == phrase.FirstToken && v.Has(t, WordClass.Determiner)))
            {
                return false;
            }
        }

        return v.Has(Head(phrase), WordClass.SpeakerNoun);
    }

    private (string? Actor, string? Country) Antecedent(SpeakerPhrase phrase, int phraseMention)
    {
        var v = _view;
        int head = Head(phrase);
        bool pronoun = v.Has(head, WordClass.Pronoun);
        int sentence = v.Document.SentenceAt(phrase.Span.Start);
        bool person = v.Is(head, "he") || v.Is(head, "she");
        // "Queen Elizabeth hosted President Trump. “…,” she said": a title or role that says who is a woman or a man
        // keeps "he" and "she" off the other (most names carry none, and then nothing is ruled out).
        var other = !person ? WordClass.None : v.Is(head, "he") ? WordClass.Feminine : WordClass.Masculine;
        var recent = person ? RecentPerson(phrase.Span.Start, sentence, AntecedentReach, other) : null;
        for (int k = _earlier.Count - 1; k >= 0; k--)
        {
            var (earlier, speaker) = _earlier[k];
            if (earlier.Span.Start >= phrase.Span.Start)
            {
                continue;
            }

            if (sentence - v.Document.SentenceAt(earlier.Span.Start) > AntecedentReach)
            {
                break;
            }

            int otherHead = Head(earlier);
            // "it" is never a person who spoke before; "she" is never a speaker titled as a man, nor "he" as a woman.
            bool match = pronoun
                ? Agrees(v, head, otherHead) && !(v.Is(head, "it") && speaker.Mention is { } said && _mentions[said].Kind == MentionKind.Person)
                  && (other == WordClass.None || !PhraseIs(earlier, other) && !(speaker.Mention is { } named && MentionIs(named, other)))
                : SameNoun(v.Word(head), v.Word(otherHead));
            if (match && recent is { } r && v.Document.SentenceAt(earlier.Span.Start) < r.Sentence)
            {
                // A person named since that speaker is the nearer antecedent: "… He said." then "Scholz hosted Macron.
                // “…,” he said." is Scholz.
                break;
            }

            if (match)
            {
                // The most recent matching speaker is the antecedent, even when it has no codes: "Smith … he said"
                // must not reach past Smith to an older coded speaker.
                return (speaker.Actor, speaker.Country);
            }
        }

        // "…, diplomats said", "officials said": several unnamed people that the actors stage tied to no state (their
        // sentence names none, or several) are no earlier body's either.
        if (phraseMention >= 0 && _mentions[phraseMention] is { Kind: MentionKind.Group, Country: null, Actor: null } group
            && group.Evidence.Rule == "actors.nominal" && !v.Has(phrase.FirstToken, WordClass.Determiner))
        {
            return (null, null);
        }

        // "he"/"she": the first person named in the latest sentence that names one (its subject, more often than not:
        // "Putin met Erdogan. He said …" is Putin); otherwise the nearest earlier mention with an agent, since in news an
        // unnamed official belongs to the body last named.
        if (recent is { } latest)
        {
            return Resolve(latest.Mention);
        }

        // "They" is a group or a body, not the one person named last; when the latest sentence with such actors names
        // several states ("Egyptian foreign minister X and his Greek, Cypriot and French counterparts … They
        // concluded …"), "they" is all of them: no one state's code.
        if (v.Is(head, "they"))
        {
            return OneStateOfLatestSentence(phrase, sentence) ?? (null, null);
        }

        // Speakers who hold no office ("organizers", "researchers", "witnesses") belong to no body named before them.
        if (!pronoun && v.Has(head, WordClass.Unaffiliated))
        {
            return (null, null);
        }

        // A speaker noun with a role of its own ("officials": GOV) takes a body of a kind that fits, not the company or
        // newspaper named last ("… at a Walmart store …, reported officials"). A state's organ of another kind lends its
        // state, and the speaker keeps its own role: "police" after "the Indian government" is INDCOP.
        // "Amnesty accused the authorities … “…,” the group said": a group, company or charity is the nearest such body
        // named before, never a state organ named since (and no code when that body has none).
        if (!pronoun && v.Has(head, WordClass.NonStateBody) && OwnAgent(phrase, head) is null)
        {
            return NearestEarlier(phrase, sentence, m => m.Agent is not null && !IsNational(m.Agent) && m.Kind is MentionKind.Organization or MentionKind.Group)
                   ?? (null, null);
        }

        var own = OwnAgent(phrase, head);
        if (own is null && !pronoun && ModifiedBody(phrase, head))
        {
            // "The strike committee said …", "The central election commission said …": a body its modifier sets apart
            // is not the one named last; it keeps that one's state, not its role.
            var seat = NearestEarlier(phrase, sentence, m => m.Country is { Length: 3 } c && c != "IGO" && m.Kind != MentionKind.Location);
            return seat is { Country: { } country } ? (country, country) : (null, null);
        }

        var found = NearestEarlier(phrase, sentence, m => m.Agent is not null && Fits(own, m));
        if (own is not null && found is { Country: { Length: 3 } state } && state != "IGO" && IsNational(own))
        {
            return (state + own, state);
        }

        return found ?? (null, null);
    }

    /// <summary>
    /// Whether the phrase names a body (<c>committee</c>, <c>commission</c>, <c>council</c> …) with a lower-case modifier of
    /// its own before the head (<c>strike</c>, <c>central election</c>); role words (<c>the foreign ministry</c>, <c>a
    /// government</c> …) are no such modifier.
    /// </summary>
    private bool ModifiedBody(SpeakerPhrase phrase, int head)
    {
        var v = _view;
        if (!(v.Is(head, "committee") || v.Is(head, "commission") || v.Is(head, "council") || v.Is(head, "board") || v.Is(head, "panel")
              || v.Is(head, "union") || v.Is(head, "movement") || v.Is(head, "coalition") || v.Is(head, "alliance")))
        {
            return false;
        }

        for (int t = phrase.FirstToken; t < head; t++)
        {
            if (v.IsLowerWord(t) && !v.Has(t, WordClass.Determiner | WordClass.TitleWord | WordClass.SpeakerNoun | WordClass.Adverb))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNational(string? agent) => agent is "GOV" or "COP" or "MIL" or "JUD" or "LEG" or "SPY";

    /// <summary>The agent of the mention inside the phrase that covers its head word ("officials": GOV), if any.</summary>
    private string? OwnAgent(SpeakerPhrase phrase, int head)
    {
        var span = _view.Tokens[head].Span;
        for (int k = LowerBound(_view.Tokens[phrase.FirstToken].Start); k < _byStart.Length && _mentions[_byStart[k]].Span.Start <= span.Start; k++)
        {
            if (_mentions[_byStart[k]].Span.Overlaps(span))
            {
                return _mentions[_byStart[k]].Agent;
            }
        }

        return null;
    }

    private static bool Fits(string? own, Mention m) =>
        own is null || m.Agent == own || m.Kind == MentionKind.Country || (IsNational(own) && IsNational(m.Agent));

    /// <summary>
    /// For "they": the latest sentence naming a group or body with an agent (sentences naming only single people are
    /// passed over: one person is no "they"); its codes when all its agent-bearing mentions belong to one state, else
    /// none.
    /// </summary>
    private (string? Actor, string? Country)? OneStateOfLatestSentence(SpeakerPhrase phrase, int sentence)
    {
        int lo = LowerBound(phrase.Span.Start) - 1;
        int current = -1;
        bool group = false, mixed = false;
        (string? Actor, string? Country)? found = null;
        for (int k = lo; k >= 0 && lo - k < 64; k--)
        {
            var mention = _mentions[_byStart[k]];
            if (sentence - mention.Sentence > AntecedentReach)
            {
                break;
            }

            if (mention.Sentence != current)
            {
                if (group)
                {
                    break;
                }

                current = mention.Sentence;
                mixed = false;
                found = null;
            }

            if (mention.Span.End > phrase.Span.Start || mention.Agent is null)
            {
                continue;
            }

            var codes = Resolve(_byStart[k]);
            if (codes == (null, null))
            {
                continue;
            }

            group |= mention.Kind != MentionKind.Person;
            mixed |= found is { } f && f.Country != codes.Country;
            found ??= codes;
        }

        return group && !mixed ? found : null;
    }

    /// <summary>
    /// The first person mention of the latest sentence (before <paramref name="start"/>, at most <paramref name="reach"/>
    /// sentences back) that has one, with that sentence. Persons titled as <paramref name="excluded"/> are passed over,
    /// and one titled as the other gender is preferred in its sentence.
    /// </summary>
    public (int Sentence, int Mention)? RecentPerson(int start, int sentence, int reach = AntecedentReach, WordClass excluded = WordClass.None)
    {
        int lo = LowerBound(start) - 1;
        int found = -1;
        int titled = -1;
        int foundSentence = -1;
        for (int k = lo; k >= 0 && lo - k < 64; k--)
        {
            var mention = _mentions[_byStart[k]];
            if (sentence - mention.Sentence > reach || (foundSentence >= 0 && mention.Sentence != foundSentence))
            {
                break;
            }

            if (mention.Span.End <= start && mention.Kind == MentionKind.Person
                && !mention.Evidence.Rule.StartsWith("quotes.", StringComparison.Ordinal) && !IsQuoted(mention.Span)
                && (excluded == WordClass.None || !MentionIs(_byStart[k], excluded)))
            {
                found = _byStart[k];
                foundSentence = mention.Sentence;
                if (excluded != WordClass.None && MentionIs(found, excluded ^ (WordClass.Feminine | WordClass.Masculine)))
                {
                    titled = found; // "President Trump met Queen Elizabeth. “…,” she said": the one titled as the pronoun is
                }
            }
        }

        found = titled >= 0 ? titled : found;
        return found >= 0 ? (foundSentence, found) : null;
    }

    /// <summary>Whether a word of the speaker phrase is of <paramref name="gender"/> (<c>the spokeswoman</c>, <c>she</c>).</summary>
    private bool PhraseIs(SpeakerPhrase phrase, WordClass gender)
    {
        for (int t = phrase.FirstToken; t < phrase.EndToken; t++)
        {
            if (_view.Has(t, gender))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the mention, or one it refers back to, has a word of <paramref name="gender"/> (<c>Mrs. May</c>,
    /// <c>Queen Elizabeth</c>); a trailing period of an abbreviated title is ignored.
    /// </summary>
    private bool MentionIs(int mention, WordClass gender)
    {
        var text = _view.Text.AsSpan();
        for (int hops = 0; hops < 4 && mention >= 0 && mention < _mentions.Count; hops++)
        {
            var span = _mentions[mention].Span;
            var rest = text.Slice(span.Start, span.Length);
            while (!rest.IsEmpty)
            {
                int space = rest.IndexOf(' ');
                var word = space < 0 ? rest : rest[..space];
                rest = space < 0 ? default : rest[(space + 1)..];
                if (word.Length > 1 && word[^1] == '.')
                {
                    word = word[..^1];
                }

                if (WordClasses.Is(word, gender))
                {
                    return true;
                }
            }

            if (_mentions[mention].RefersTo is not int earlier || earlier == mention)
            {
                break;
            }

            mention = earlier;
        }

        return false;
    }

    /// <summary>Whether <paramref name="span"/> lies inside quotation marks (a binary search over the quoted spans).</summary>
    private bool IsQuoted(TextSpan span)
    {
        int lo = 0, hi = _quoted.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var q = _quoted[mid];
            if (q.End <= span.Start)
            {
                lo = mid + 1;
            }
            else if (q.Start > span.Start)
            {
                hi = mid - 1;
            }
            else
            {
                return q.Contains(span);
            }
        }

        return false;
    }

    private (string? Actor, string? Country)? NearestEarlier(SpeakerPhrase phrase, int sentence, Func<Mention, bool> accept)
    {
        int lo = LowerBound(phrase.Span.Start) - 1;
        for (int k = lo; k >= 0 && lo - k < 64; k--)
        {
            var mention = _mentions[_byStart[k]];
            if (sentence - mention.Sentence > AntecedentReach)
            {
                break;
            }

            // "KHARTOUM (Reuters) - … “…,” the association said": the wire credited in the dateline is no antecedent.
            if (mention.Span.End <= phrase.Span.Start && mention.Sentence != _datelineSentence && accept(mention)
                && Resolve(_byStart[k]) is var codes && codes != (null, null))
            {
                return codes;
            }
        }

        return null;
    }

    /// <summary>The head of a phrase: its last word before a preposition, a comma or a possessive (<c>official</c> in <c>a senior official at …</c>).</summary>
    private int Head(SpeakerPhrase phrase)
    {
        var v = _view;
        int head = phrase.FirstToken;
        for (int t = phrase.FirstToken; t < phrase.EndToken; t++)
        {
            if (v.Is(t, ',') || (v.IsLowerWord(t) && v.Has(t, WordClass.Preposition)))
            {
                break;
            }

            if (v.IsWord(t))
            {
                head = t;
            }
        }

        return head;
    }

    private static bool Agrees(TokenView v, int pronoun, int head)
    {
        bool plural = v.Is(pronoun, "they") || v.Is(pronoun, "we");
        bool headPlural = v.Has(head, WordClass.Plural) || v.Is(head, "they") || v.Is(head, "we");
        if (v.Is(pronoun, "it"))
        {
            return !headPlural && !v.Is(head, "he") && !v.Is(head, "she");
        }

        return plural == headPlural || v.Is(pronoun, "we");
    }

    private static bool SameNoun(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Equals(b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // official / officials, source / sources
        return (a.Length == b.Length + 1 && (a[^1] is 's' or 'S') && a[..^1].Equals(b, StringComparison.OrdinalIgnoreCase))
               || (b.Length == a.Length + 1 && (b[^1] is 's' or 'S') && b[..^1].Equals(a, StringComparison.OrdinalIgnoreCase));
    }
}
