using System.Runtime.InteropServices;
using Dyad.Core;
using Dyad.Events.Dictionary;

namespace Dyad.Events;

/// <summary>
/// Codes events from a tokenized document with actor mentions: finds dictionary verbs, matches their patterns on the
/// tokens around them (shallow structure only: clauses, mentions as noun phrases, passives, coordination), takes the
/// source and target from the mentions, and dates, places and qualifies each event. Read-only after construction.
/// </summary>
public sealed class EventCoder
{
    private static readonly HashSet<string> AllKnown = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", ";", ":", "—", "–", "(", "\"", "the", "by", "to", "from", "but", "then", "have", "has", "had", "do", "does", "did", "if", "unless",
        "whether", "denied", "denies", "deny", "denying", "'s", "’s", "'", "’",
    };

    private static readonly HashSet<string> Prepositions = Words(
        "of to with in on at from by for against about over into toward towards between among amongst under after before during "
        + "like including via through across within without upon onto near around behind beyond despite regarding concerning");

    private static readonly HashSet<string> Determiners = Words("the a an this these those its their his her our my your some any every each such");

    private static readonly HashSet<string> ClauseWords = Words(
        "that which who whom whose because although though while whereas unless if when whereby where why");

    private static readonly HashSet<string> BeForms = Words("is are was were be been being am 's ’s get gets got");

    private static readonly HashSet<string> SkipBetween = Words(
        "not n't n’t also still already reportedly allegedly just recently later then yet again further now never officially publicly "
        + "formally strongly sharply repeatedly once previously subsequently jointly immediately finally apparently each both all");

    private static readonly HashSet<string> Negators = Words("not n't n’t never no neither nor without");

    private static readonly HashSet<string> NegatingVerbs = Words(
        "refrain refrains refrained refraining refuse refuses refused refusing decline declines declined declining deny denies "
        + "denied denying avoid avoids avoided avoiding fail fails failed failing stop stops stopped stopping cease ceases ceased "
        + "ceasing halt halts halted halting rule ruled ruling");

    private static readonly HashSet<string> Modals = Words("would could may might should can cannot shall must");

    private static readonly HashSet<string> IntentionVerbs = Words(
        "plan plans planned planning intend intends intended intending want wants wanted wanting seek seeks sought seeking "
        + "hope hopes hoped hoping threaten threatens threatened threatening expect expected expects likely unlikely ready willing "
        + "prepared eager keen determined aim aims aimed aiming vow vows vowed vowing pledge pledges pledged promise promises promised try tries tried "
        + "trying attempt attempts attempted going set poised considering consider considers considered mull mulls mulled");

    private static readonly HashSet<string> ThreatVerbs = Words("threaten threatens threatened threatening warn warns warned warning");

    // Verbs whose "that" clause is asked for, not done: "demanded that Ukraine withdraw". Not in AllKnown: these are
    // event verbs themselves, read here only before "that".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DirectiveVerbs = MentionMap.Lookup(
        "demand demands demanded demanding urge urges urged urging request requests requested requesting propose proposes "
        + "proposed proposing recommend recommends recommended recommending ask asks asked asking order orders ordered ordering");

    private const string ReportVerbWords =
        "said says told tells announced announces stated states added adds declared declares confirmed confirms indicated indicates";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportVerbs = MentionMap.Lookup(ReportVerbWords);

    /// <summary>The verbs of <see cref="ReportVerbs"/> and those of writing or warning, before a reported clause or a speaker's pronoun.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs = MentionMap.Lookup(ReportVerbWords + " wrote tweeted warned");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions = MentionMap.Lookup(
        "northern southern eastern western central north south east west northeastern northwestern southeastern southwestern "
        + "north-eastern north-western south-eastern south-western northeast northwest southeast southwest");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WarningVerbs = MentionMap.Lookup(
        "warn warns warned warning caution cautions cautioned cautioning");

    /// <summary>Verbs of a sentence-final attribution: "…, officials in Tokyo said."</summary>
    private static readonly HashSet<string> AttributionVerbs = Words("said says told tells added adds stated reported");

    private static readonly HashSet<string> VerbContext = Words(
        "to do does did will i we they you he she it who which that also jointly both all themselves reportedly");

    /// <summary>Verbs of saying and believing whose clause may follow without "that": "Bolton claims Trump asked …".</summary>
    private static readonly HashSet<string> ComplementVerbs = Words(
        "say says said claim claims claimed allege alleges alleged believe believes believed think thinks thought insist insists "
        + "insisted argue argues argued suggest suggests suggested report reports reported note notes noted fear fears feared "
        + "hope hopes hoped know knows knew announce announces announced state states stated confirm confirms confirmed "
        + "admit admits admitted acknowledge acknowledges acknowledged assert asserts asserted contend contends contended");

    /// <summary>Nouns whose "of &lt;verb&gt;-ing" names something not (yet) done.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AimNouns = MentionMap.Lookup(
        "goal goals aim aims plan plans intention intentions idea prospect prospects possibility possibilities threat threats "
        + "risk risks hope hopes purpose dream option options chance chances fear fears danger");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbPrefixes = MentionMap.Lookup(
        "re co pre counter over under out mis un de cross inter multi self");

    /// <summary>Words before an -ing form that are not its subject noun: verbs taking a gerund, pronouns, conjunctions.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNouns = MentionMap.Lookup(
        "began begin begins keep keeps kept quit quits stop stops start starts continue continues resume resumes avoid avoids "
        + "consider considers risk risks mean means deny denies admit admits recall recalls go goes went come comes came "
        + "spend spends spent finish finishes enjoy enjoys mind suggest suggests recommend recommends involve involves "
        + "him them us me it you who whom which what and or but nor so as than while when whether are were is was be been "
        + "being am will would can could should may might must shall not also even just only still again today yesterday tonight "
        + "tomorrow now then recently earlier later previously already first");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Weapons = MentionMap.Lookup(
        "missile missiles rocket rockets bomb bombs shell shells drone drones airstrike airstrikes strike strikes raid raids "
        + "bullets artillery tanks jets warplanes aircraft planes helicopters warships ships gunboats mortars grenades");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Texts = MentionMap.Lookup(
        "statement statements declaration letter letters resolution report reports petition motion communique communiqué message "
        + "messages tweet tweets post posts video videos note notes document documents memo memorandum decree order orders "
        + "bill law ultimatum appeal");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IssueVerbs = MentionMap.Lookup(
        "issue issues sent send sends wrote write writes made make makes gave give gives put puts read reads signed sign signs");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = MentionMap.Lookup(
        "said says say saying told tell tells telling wrote write writes writing tweeted tweets posted declared declares added adds "
        + "stated states asked asks shouted chanted read reads reading replied replies answered warned urged yelled cried");

    /// <summary>Nouns for an unnamed press audience (see <see cref="IsPressAudience"/>).</summary>
    private static readonly HashSet<string> PressNouns = Words("reporters reporter journalists journalist press media newsmen correspondents");

    /// <summary>"on the Belarusian border": the words around a state that name a border as a place (see <see cref="OnBorderOf"/>).</summary>
    private static readonly HashSet<string> BorderNouns = Words("border borders frontier");

    private static readonly HashSet<string> BorderPrepositions = Words("on at along across near to from");

    /// <summary>Nouns of an attack that a passive act of force may have happened "in" (see <see cref="AttackAgent"/>).</summary>
    private static readonly HashSet<string> AttackNouns = Words(
        "attack attacks airstrike airstrikes strike strikes raid raids bombing bombings shelling ambush assault offensive "
        + "clash clashes fighting battle battles gunbattle gunfight skirmish skirmishes crossfire");

    /// <summary>Those of <see cref="AttackNouns"/> that name the other side after "with": "a clash with Chinese troops".</summary>
    private static readonly HashSet<string> FightNouns = Words("clash clashes fighting battle battles gunbattle gunfight skirmish skirmishes");

    /// <summary>Plain nouns for people an act of force or coercion is done to ("detained people protesting against …").</summary>
    private static readonly HashSet<string> PeopleNouns = Words(
        "people persons civilians residents protesters protestors demonstrators activists students men women children workers "
        + "villagers migrants refugees passengers worshippers supporters opponents");

    private static readonly HashSet<string> LocationPrepositions = Words("in at near inside outside");

    private static readonly HashSet<string> Coordinators = Words("and or nor &");

    // Span lookups, not Words(): a word in a Words() list becomes a known word, which changes what IsPlainLowerWord says.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Pronouns = MentionMap.Lookup("he she it they we i you him her them us who");

    /// <summary>Prepositions that also open clauses: "after Washington imposed sanctions".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Subordinators = MentionMap.Lookup("after before since until till");

    /// <summary>Verbs whose object is the subject of a gerund after "of", "for" or "against": "accused Pyongyang of supplying".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlameVerbs = MentionMap.Lookup(
        "accuse accuses accused accusing charge charges charged charging blame blames blamed blaming criticize criticizes "
        + "criticized criticizing criticise criticises criticised criticising condemn condemns condemned condemning "
        + "denounce denounces denounced denouncing praise praises praised praising thank thanks thanked thanking "
        + "commend commends commended commending fault faults faulted faulting suspect suspects suspected suspecting "
        + "punish punishes punished punishing sanction sanctions sanctioned sanctioning congratulate congratulates "
        + "congratulated congratulating credit credits credited crediting rebuke rebukes rebuked rebuking slam slams slammed "
        + "slamming chide chides chided chiding reprimand reprimands reprimanded reprimanding warn warns warned warning "
        + "caution cautions cautioned cautioning advise advises advised advising");

    /// <summary>Nouns of decision or intent whose possessor is the subject of the infinitive after them: "China's decision to lift".</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IntentNouns = MentionMap.Lookup(
        "decision move plan plans offer bid attempt attempts effort efforts proposal pledge promise commitment readiness "
        + "willingness threat threats order orders intention intent determination");

    // Built after every word set above has registered its words (static fields initialize in order).
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KnownWords =
        AllKnown.ToDictionary(w => w, w => w.ToLowerInvariant(), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly VerbLexicon _dictionary;
    private readonly EventCoderOptions _options;
    private readonly string _stage;

    public EventCoder(VerbLexicon dictionary, string stage, EventCoderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
        _stage = stage;
        _options = options ?? EventCoderOptions.Default;
    }

    public VerbLexicon Dictionary => _dictionary;

    /// <summary>Codes every sentence of <paramref name="document"/> and appends the events to <paramref name="output"/>.</summary>
    public void Code(Document document, List<Event> output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        if (document.Tokens.Count == 0)
        {
            return;
        }

        var map = new MentionMap(document);
        var clause = new int[document.Tokens.Count];
        var hidden = _options.CommaClauses is null ? null : new bool[document.Tokens.Count];
        var seen = new HashSet<(string?, string?, string)>();
        var verbs = new List<VerbMatch>();
        int documentStart = output.Count;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen.Clear();
            verbs.Clear();
            CodeSentence(document, s, map, clause, hidden, verbs, seen, output, documentStart);
        }
    }

    private void CodeSentence(Document document, int sentenceIndex, MentionMap map, int[] clause, bool[]? hidden, List<VerbMatch> verbs, HashSet<(string?, string?, string)> seen, List<Event> output, int documentStart)
    {
        var sentence = document.Sentences[sentenceIndex];
        var text = document.Text.AsSpan();
        var all = CollectionsMarshal.AsSpan(document.Tokens);
        int first = sentence.FirstToken;
        int end = Math.Min(sentence.EndToken, all.Length);
        if (end <= first)
        {
            return;
        }

        var tokens = all[first..end];
        for (int t = 0; t < tokens.Length; t++)
        {
            if (_dictionary.Discards.Count > 0 && _dictionary.Discards.LongestMatch(text, tokens, t, out _) > 0)
            {
                return;
            }
        }

        // Clause numbers: a new clause starts at ';', ':', a dash, or a subordinating word.
        int clauseId = 0;
        for (int t = first; t < end; t++)
        {
            var w = Word(document, t);
            if (w is ";" or ":" or "—" or "–" || (ClauseWords.Contains(w) && t > first))
            {
                clauseId++;
            }

            clause[t] = clauseId;
        }

        int allCaps = -1; // computed only when a capitalized verb form is met
        ulong mask = 0;
        for (int t = first; t < end; t++)
        {
            mask |= PatternElement.WordBit(document.Slice(all[t].Span));
        }

        if (hidden is not null)
        {
            HideCommaClauses(document, map, first, end, _options.CommaClauses!, hidden);
        }

        var ctx = new Context(document, map, clause, first, end, sentenceIndex, mask) { Hidden = hidden, Coded = output, CodedFrom = documentStart };
        ctx = ctx with { Attribution = TrailingAttribution(ctx) };

        // Find the verbs first: infinitives governed by an event verb are not coded on their own.
        for (int t = first; t < end; t++)
        {
            if (map.Covering[t] >= 0 && map.Actor(map.Covering[t]) || ctx.IsHidden(t))
            {
                continue;
            }

            int length = _dictionary.Forms.LongestMatch(text, tokens, t - first, out var payloads);
            if (length > 1 && StartsTimex(document, sentenceIndex, t + length) && Prepositions.Contains(Word(document, t + length - 1)))
            {
                // "agreed on Thursday to resume talks", "called on Monday for talks": the preposition starts the time,
                // not a phrasal verb.
                length = _dictionary.Forms.LongestMatch(text, tokens[..(t + length - 1 - first)], t - first, out payloads);
            }

            if (length == 0)
            {
                continue;
            }

            var token = all[t];
            if (InAdjectiveCompound(document, first, t) || ParticipleAfterVerb(ctx, t) || ParticipleAfterPreposition(ctx, t))
            {
                continue;
            }

            if (_options.SkipCapitalizedVerbs && t > first && (token.Traits & TokenTraits.Capitalized) != 0 && !PrecededByQuoteOrColon(document, first, t))
            {
                if (allCaps < 0)
                {
                    allCaps = IsAllCaps(document, first, end) ? 1 : 0;
                }

                if (allCaps == 0)
                {
                    continue;
                }
            }

            // "Poland each expelled four diplomats": "each" after a subject is no determiner of the verb.
            bool afterDeterminer = t > first && (Determiners.Contains(Word(document, t - 1)) || all[t - 1].Kind == TokenKind.Clitic && IsPossessive(Word(document, t - 1)))
                && !(Word(document, t - 1) is "each" && t - 1 > first && ctx.Map.Covering[t - 2] >= 0);
            bool afterArticle = afterDeterminer && Word(document, t - 1) is "the" or "a" or "an";
            afterDeterminer &= !_options.ArticleNounRule || afterArticle;
            var best = Choose(ctx, payloads, t, t + length, afterDeterminer, afterArticle);
            if (best is { } match)
            {
                verbs.Add(match);
                t += length - 1;
            }
        }

        ctx = ctx with { Verbs = verbs };
        if (_options.RequireActorBeforeFirstVerb && verbs.Count > 0 && FirstActor(ctx, first, verbs[0].Start, -1) < 0)
        {
            return;
        }

        // TABARI's special codes: "+++" (too complex) and "###" (discard) stop the sentence; "023?" is subordinate, coded
        // only when nothing else is; "111!" is dominant, coded in any case and then alone with other dominant events.
        foreach (var verb in verbs)
        {
            if (verb.Code is "+++" or "###")
            {
                return;
            }
        }

        int sentenceStart = output.Count;
        int dominantFrom = -1;
        bool subordinate = CodeVerbs(ctx, verbs, seen, output, pass: CodePass.Main, ref dominantFrom);
        if (subordinate && output.Count == sentenceStart)
        {
            CodeVerbs(ctx, verbs, seen, output, pass: CodePass.Subordinate, ref dominantFrom);
        }

        if (dominantFrom >= 0)
        {
            // Dominant events were appended after the others: keep only them.
            var dominant = output.GetRange(dominantFrom, output.Count - dominantFrom);
            output.RemoveRange(sentenceStart, output.Count - sentenceStart);
            output.AddRange(dominant);
        }
    }

    /// <summary>Whether a date or time expression of sentence <paramref name="sentence"/> starts at token <paramref name="token"/>.</summary>
    private static bool StartsTimex(Document document, int sentence, int token)
    {
        if (token >= document.Tokens.Count)
        {
            return false;
        }

        int start = document.Tokens[token].Start;
        foreach (var x in document.Timexes)
        {
            if (x.Sentence == sentence && x.Span.Start == start)
            {
                return true;
            }
        }

        return false;
    }

    private enum CodePass
    {
        Main,
        Subordinate,
    }

    /// <summary>Codes the sentence's verbs in order; returns whether a subordinate verb was passed over.</summary>
    private bool CodeVerbs(Context ctx, List<VerbMatch> verbs, HashSet<(string?, string?, string)> seen, List<Event> output, CodePass pass, ref int dominantFrom)
    {
        bool done = false;
        int doneClause = -1;
        bool skippedSubordinate = false;
        List<Event>? dominantEvents = null;
        for (int v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            if (verb.Code is null)
            {
                continue;
            }

            bool isSubordinate = verb.Code.EndsWith('?');
            bool isDominant = verb.Code.EndsWith('!');
            if (isSubordinate != (pass == CodePass.Subordinate))
            {
                skippedSubordinate |= isSubordinate;
                continue;
            }

            if (done && !isDominant && (_options.FirstEventOnly || !StartsNewClause(ctx, verb.Start, doneClause)))
            {
                continue;
            }

            var (negated, hypothetical, governed, future) = verb.ContextInPattern ? (false, false, false, false) : Qualify(ctx, verb, verbs, v);
            if (governed || verb.Form.Noun && InPatternOfEarlierVerb(verbs, v) || NounInEarlierPattern(ctx, verbs, v))
            {
                continue;
            }

            // "A U.S. drone strike killed Soleimani": an attack noun that is the subject of the next verb, one of force, is
            // that verb's act, coded once there (with the verb's object and date).
            if (v + 1 < verbs.Count && !verbs[v + 1].Form.Noun && verbs[v + 1].Code is { } next && IsAttack(next)
                && AttackNounBefore(ctx, verbs[v + 1].Start) == verb.End - 1)
            {
                continue;
            }

            if (verb.Form.Noun)
            {
                var (called, planned) = NounPredicate(ctx, Math.Max(verb.End, verb.MatchEnd));
                negated |= called;
                hypothetical |= planned || ArrangedNoun(ctx, verb.Start);
            }

            int before = output.Count;
            Emit(ctx, verb, verbs, negated, hypothetical, seen, output);
            if (future && !negated && _options.FutureAsIntent)
            {
                StatedIntent(output, before);
            }

            if (_options.FirstVerbOnly && output.Count > before)
            {
                // The clause that has its event now is the one later verbs must leave.
                done = true;
                doneClause = _options.FirstActorSearch ? ConjoinedClause(ctx, verb.Start).Start : verb.Start;
            }

            if (isDominant && output.Count > before)
            {
                dominantEvents ??= [];
                dominantEvents.AddRange(output.GetRange(before, output.Count - before));
                output.RemoveRange(before, output.Count - before);
            }
        }

        if (dominantEvents is not null)
        {
            dominantFrom = output.Count;
            output.AddRange(dominantEvents);
        }

        return skippedSubordinate;
    }

    private static readonly HashSet<string> CalledOff = new(StringComparer.OrdinalIgnoreCase)
    {
        "cancelled", "canceled", "postponed", "scrapped", "suspended", "shelved", "abandoned", "called",
    };

    private static readonly HashSet<string> Planned = new(StringComparer.OrdinalIgnoreCase)
    {
        "planned", "scheduled", "expected", "due", "set", "slated", "proposed", "likely", "unlikely", "possible", "delayed",
    };

    private static readonly HashSet<string> Arranging = new(StringComparer.OrdinalIgnoreCase)
    {
        "arrange", "arranged", "arranging", "organize", "organized", "organizing", "organise", "organised", "organising", "plan",
        "planned", "planning", "seek", "sought", "seeking", "want", "wanted", "wants", "prepare", "prepared", "preparing",
        "push", "pushed", "pushing", "schedule", "scheduled", "scheduling", "consider", "considered", "considering", "considers",
        "weigh", "weighed", "weighing", "weighs", "mull", "mulled", "mulling", "mulls",
    };

    /// <summary>
    /// "worked to arrange a meeting between …", "sought talks between …", "is considering sanctions": a noun someone is
    /// still bringing about or weighing.
    /// </summary>
    private static bool ArrangedNoun(Context ctx, int nounStart)
    {
        for (int q = nounStart - 1, steps = 0; q >= ctx.First && steps < 4; q--, steps++)
        {
            var word = ctx.Document.Slice(ctx.Document.Tokens[q].Span).ToString();
            if (Arranging.Contains(word) || word.Equals("for", StringComparison.OrdinalIgnoreCase) && q > ctx.First && Arranging.Contains(ctx.Document.Slice(ctx.Document.Tokens[q - 1].Span).ToString()))
            {
                return true;
            }

            // "did not rule out sanctions": an option kept open, not an act.
            if (word.Equals("out", StringComparison.OrdinalIgnoreCase) && q > ctx.First
                && ctx.Document.Slice(ctx.Document.Tokens[q - 1].Span) is "rule" or "ruled" or "rules" or "ruling")
            {
                return true;
            }

            if (!(Determiners.Contains(Word(ctx.Document, q)) || IsPlainLowerWord(ctx, q)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// What the clause says of an event noun that is its subject: "the meeting … was cancelled" (the event did not take
    /// place: negated), "talks … could resume", "a summit … is planned for May" (not yet: hypothetical).
    /// <paramref name="after"/> is the token after the noun's phrase.
    /// </summary>
    private static (bool Negated, bool Hypothetical) NounPredicate(Context ctx, int after)
    {
        bool be = false;
        for (int q = after, steps = 0; q < ctx.End && steps < 4; q++, steps++)
        {
            if (ctx.Map.Covering[q] >= 0)
            {
                break;
            }

            var w = Word(ctx.Document, q);
            if (Modals.Contains(w) || TokenIs(ctx.Document, q, "will"))
            {
                return (false, true);
            }

            if (BeForms.Contains(w) || w is "have" or "has" or "had")
            {
                be = true;
                continue;
            }

            if (SkipBetween.Contains(w) || IsAdverb(ctx.Document, q))
            {
                continue;
            }

            var word = ctx.Document.Slice(ctx.Document.Tokens[q].Span).ToString();
            if (be && CalledOff.Contains(word) && (!word.Equals("called", StringComparison.OrdinalIgnoreCase) || q + 1 < ctx.End && TokenIs(ctx.Document, q + 1, "off")))
            {
                return (true, false);
            }

            return (false, be && Planned.Contains(word));
        }

        return (false, false);
    }

    /// <summary>
    /// A verb form after an article, inside the span an earlier verb's pattern matched, is that pattern's noun: "took
    /// a veiled shot at Trump" is one act of taking a shot (111), not a shooting too.
    /// </summary>
    private static bool NounInEarlierPattern(Context ctx, List<VerbMatch> verbs, int index)
    {
        var inner = verbs[index];
        bool afterArticle = false;
        for (int q = inner.Start - 1; q >= Math.Max(ctx.First, inner.Start - 2); q--)
        {
            afterArticle |= Word(ctx.Document, q) is "a" or "an" or "the";
        }

        if (!afterArticle)
        {
            return false;
        }

        for (int u = 0; u < index; u++)
        {
            if (verbs[u].Code is not null && !verbs[u].Form.Noun && verbs[u].End <= inner.Start && inner.End <= verbs[u].MatchEnd)
            {
                return true;
            }
        }

        return false;
    }

    // "called for talks between Iran and Saudi Arabia": an event noun that an earlier verb's pattern took in is that
    // verb's object (the talks were asked for), not an event of its own.
    private static bool InPatternOfEarlierVerb(List<VerbMatch> verbs, int index)
    {
        var noun = verbs[index];
        for (int u = 0; u < index; u++)
        {
            // Only a verb's object close after it: "a statement released with a visit to Ireland" spans the visit but
            // does not take it in.
            if (verbs[u].Code is not null && !verbs[u].Form.Noun && verbs[u].End <= noun.Start && noun.Start - verbs[u].End <= 4 && noun.Start < verbs[u].MatchEnd)
            {
                return true;
            }
        }

        return false;
    }

    private VerbMatch? Choose(Context ctx, IReadOnlyList<VerbForm> payloads, int start, int end, bool afterDeterminer, bool afterArticle)
    {
        VerbMatch? best = null;
        int bestScore = -1;
        int bestSpecificity = -1, bestEnd = int.MaxValue, bestPatternScore = -1;
        int canStart = -1;
        int passiveKnown = -1;
        foreach (var form in payloads)
        {
            // After a determiner a verb form is a noun ("the attack"); an event noun without one is still a noun.
            // A base or -s form is a verb only where a verb can stand: "military talks", "international pressure" are nouns.
            // Either way a pattern that names the words before the form ("RAISED ITS *", "WON'T EVER *") still licenses it,
            // except after an article: "in an accord" is a noun whatever the patterns say.
            if (afterArticle && !form.Noun)
            {
                continue;
            }

            bool blocked = afterDeterminer && !form.Noun;
            if (!blocked && !_options.ArticleNounRule && form.Kind is FormKind.Base or FormKind.ThirdPerson)
            {
                if (canStart < 0)
                {
                    canStart = CanStartVerb(ctx, start) ? 1 : 0;
                }

                blocked = canStart == 0;
            }

            var entry = _dictionary.Entries[form.Entry];
            if (blocked && !entry.HasContextPatterns)
            {
                continue;
            }

            bool passive = false;
            if (!form.Noun && (form.Past || form.Kind == FormKind.Listed))
            {
                if (passiveKnown < 0)
                {
                    passiveKnown = IsPassive(ctx, start, end, form) ? 1 : 0;
                }

                passive = passiveKnown == 1;
            }
            // Of the patterns as specific as the first that matches, the one whose words lie nearest the verb when a
            // preposition or comma parts the two: "launched airstrikes against Syria in retaliation for a suspected
            // chemical weapons attack" is an air strike. Within one phrase the longer code wins as before ("signed the
            // African Continental Free Trade Area agreement").
            foreach (var pattern in entry.Patterns)
            {
                if (pattern.Specificity < bestSpecificity || (bestSpecificity < 0 || _options.FirstActorSearch) && Score(pattern.Specificity, "99999") <= bestScore)
                {
                    break;
                }

                if (blocked && !pattern.HasWordsBefore)
                {
                    continue;
                }

                // TABARI's and PETRARCH's own dictionaries keep their order: the first pattern of the best score.
                bool tie = pattern.Specificity == bestSpecificity && !_options.FirstActorSearch;
                int patternScore = Score(pattern.Specificity, pattern.Code);
                if ((!_options.FirstActorSearch || patternScore > bestScore)
                    && MatchPattern(ctx, pattern, start, end, passive, out int source, out int target, out int matchEnd, out int pairAt)
                    && !(tie && (OnePhrase(ctx, Math.Min(matchEnd, bestEnd), Math.Max(matchEnd, bestEnd)) ? patternScore <= bestPatternScore : matchEnd >= bestEnd)))
                {
                    best = new VerbMatch(start, end, entry, form, pattern.Code, pattern.PairedCode, pattern.Label, source, target, passive)
                    {
                        ContextInPattern = pattern.HasWordsBefore,
                        MatchEnd = matchEnd,
                        PairAt = pairAt,
                    };
                    bestScore = Math.Max(bestScore, patternScore);
                    bestPatternScore = patternScore;
                    bestSpecificity = pattern.Specificity;
                    bestEnd = matchEnd;

                    // TABARI's order, or a word right after the verb: no later pattern can be nearer.
                    if (_options.FirstActorSearch || matchEnd <= end || matchEnd == end + 1 && OnePhrase(ctx, end, end + 1))
                    {
                        break;
                    }
                }
            }

            if (blocked)
            {
                continue;
            }

            // Without a pattern, the verb's own code; a form the dictionary lists as written beats a generated one ("left" is LEFT, not LEAVE).
            int baseScore = form.Kind == FormKind.Listed || TokenMatches(ctx.Document, start, entry.Name.ToLowerInvariant(), stem: false) ? 1 : 0;
            if (entry.Code is not null && baseScore > bestScore)
            {
                best = new VerbMatch(start, end, entry, form, entry.Code, entry.PairedCode, $"{entry.Code}: {entry.Name}", -1, -1, passive);
                bestScore = baseScore;
            }
            else if (best is null && entry.Code is not null)
            {
                best = new VerbMatch(start, end, entry, form, entry.Code, entry.PairedCode, $"{entry.Code}: {entry.Name}", -1, -1, passive);
                bestScore = baseScore;
            }
        }

        return best;
    }

    // Equally specific patterns: the finer CAMEO code wins (1384 over 138).
    /// <summary>Whether tokens [from, to) hold no preposition, comma or other break: one noun phrase.</summary>
    private static bool OnePhrase(Context ctx, int from, int to)
    {
        var d = ctx.Document;
        for (int k = from; k < to && k < ctx.End; k++)
        {
            var kind = d.Tokens[k].Kind;
            if (kind is not (TokenKind.Word or TokenKind.Number) && d.Slice(d.Tokens[k].Span) is not ("(" or ")" or "-")
                || kind == TokenKind.Word && (Prepositions.Contains(Word(d, k)) || Word(d, k) is "and" or "or" or "that" or "which"
                    || d.Slice(d.Tokens[k].Span).EndsWith("ing", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static int Score(int specificity, string? code) => 8 + specificity * 8 + Math.Min(code?.Length ?? 0, 7);

    private bool MatchPattern(Context ctx, VerbPattern pattern, int verbStart, int verbEnd, bool passive, out int source, out int target, out int matchEnd, out int pairAt)
    {
        source = -1;
        target = -1;
        pairAt = 0;
        matchEnd = verbEnd;
        foreach (var e in pattern.After)
        {
            if (e.Kind == ElementKind.Words && (e.Mask & ctx.WordMask) == 0)
            {
                return false;
            }
        }

        foreach (var e in pattern.Before)
        {
            if (e.Kind == ElementKind.Words && (e.Mask & ctx.WordMask) == 0)
            {
                return false;
            }
        }

        int pos = verbEnd;
        foreach (var e in pattern.After)
        {
            // "welcomed the Chinese president": a glued actor slot may follow a determiner; "struck targets in northern
            // Syria": or a compass word.
            while (e.Adjacent && e.Kind != ElementKind.Words && pos < ctx.End - 1
                   && (Determiners.Contains(Word(ctx.Document, pos)) || IsDirection(ctx, pos)))
            {
                pos++;
            }

            int limit = e.Adjacent ? pos : Math.Min(ctx.End - 1, pos + _options.MaxGap);
            bool found = false;
            for (int q = pos; q <= limit && q < ctx.End; q++)
            {
                if (ctx.IsHidden(q))
                {
                    continue;
                }

                if (e.Kind == ElementKind.Words)
                {
                    int length = MatchWords(ctx.Document, e, q, ctx.End);
                    if (length > 0)
                    {
                        pos = q + length;
                        found = true;
                        break;
                    }
                }
                else if (e.Kind == ElementKind.Compound && PairPhraseAt(ctx, q) is int pairEnd and >= 0)
                {
                    // "talks between the two countries": the members are the two states named before.
                    source = target = PairActor;
                    pairAt = q + 1;
                    pos = pairEnd;
                    found = true;
                    break;
                }
                else if (ctx.Map.StartsAt[q] is int m and >= 0 && (ctx.Map.Actor(m) || StatePlaceTarget(ctx, e, m, q)))
                {
                    // "talks between Russia's Lavrov and Ukraine's Kuleba": a compound's first member may carry its possessor.
                    if (e.Kind == ElementKind.Compound && ctx.Map.EndToken[m] + 1 < ctx.End && IsPossessive(Word(ctx.Document, ctx.Map.EndToken[m]))
                        && ctx.Map.StartsAt[ctx.Map.EndToken[m] + 1] is int possessed and >= 0 && ctx.Map.Actor(possessed))
                    {
                        m = possessed;
                    }

                    // A slot glued to the verb wants its object, not a possessor or a modifier: "welcomed China's decision",
                    // "welcomed the British decision".
                    // Force aimed "at a Syrian air base", "on Iranian positions" still strikes the adjective's state.
                    if (e.Adjacent && (IsPossessorOfNext(ctx, m) || ctx.Map.ModifiesThing(m) && !(IsAttack(pattern.Code ?? string.Empty) && ctx.Document.Mentions[m].Evidence.Rule.EndsWith(".adjective", StringComparison.Ordinal)
                        && q > ctx.First && Word(ctx.Document, FirstBeforeDeterminers(ctx, q)) is "at" or "on" or "into")))
                    {
                        return false;
                    }

                    pos = ctx.Map.EndToken[m];
                    if (!FillSlot(ctx, e.Kind, m, ref source, ref target, forward: true, ref pos))
                    {
                        return false;
                    }

                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        matchEnd = pos;
        pos = verbStart; // exclusive right edge for the words before the verb
        foreach (var e in pattern.Before)
        {
            int limit = e.Adjacent ? pos : Math.Max(ctx.First + 1, pos - _options.MaxGap);
            bool found = false;
            for (int q = pos; q >= limit && q > ctx.First; q--)
            {
                // q is the exclusive end of the element.
                if (ctx.IsHidden(q - 1))
                {
                    continue;
                }

                if (e.Kind == ElementKind.Words)
                {
                    int length = MatchWordsEndingAt(ctx.Document, e, q, ctx.First);
                    if (length > 0)
                    {
                        pos = q - length;
                        found = true;
                        break;
                    }
                }
                else if (e.Kind == ElementKind.Compound && PairPhraseEndingAt(ctx, q) is int pairStart and >= 0)
                {
                    // "the two countries' troops clashed"
                    source = target = PairActor;
                    pairAt = pairStart + 1;
                    pos = pairStart;
                    found = true;
                    break;
                }
                else if (ctx.Map.Covering[q - 1] is int m and >= 0 && ctx.Map.Actor(m))
                {
                    // A compound subject is the verb's own: "Japan and China said that troops clashed" is no clash of theirs.
                    if (e.Kind == ElementKind.Compound && !_options.FirstActorSearch && ctx.Clause[q - 1] != ctx.Clause[verbStart] && InterruptedSubject(ctx, verbStart) != m)
                    {
                        return false;
                    }

                    pos = ctx.Map.StartToken[m];
                    if (!FillSlot(ctx, e.Kind, m, ref source, ref target, forward: false, ref pos))
                    {
                        return false;
                    }

                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A state named as a place right after "in" or "to" fills a target slot glued to it ("struck targets in_+",
    /// "arrive in_+"): what is struck there, or the visit, concerns that state. Elsewhere a place is never an actor.
    /// </summary>
    private static bool StatePlaceTarget(Context ctx, PatternElement e, int m, int q)
    {
        var mention = ctx.Document.Mentions[m];
        int p = q - 1;
        while (p > ctx.First && (Determiners.Contains(Word(ctx.Document, p)) || IsDirection(ctx, p)))
        {
            p--;
        }

        return e.Kind == ElementKind.Target && e.Adjacent && p >= ctx.First && Word(ctx.Document, p) is "in" or "to" or "into" or "at" or "on"
            && mention.Kind == MentionKind.Location && mention.Country is { } country && country != "IGO";
    }

    /// <summary>
    /// Gives the actor a pattern slot found its role. A compound slot (<c>%</c>) needs a coordination and makes its
    /// members act on each other (source = target = the first member); a skip (<c>^</c>) passes over the actor and its
    /// coordination. <paramref name="pos"/> moves past the whole coordination for both.
    /// </summary>
    private static bool FillSlot(Context ctx, ElementKind kind, int m, ref int source, ref int target, bool forward, ref int pos)
    {
        switch (kind)
        {
            case ElementKind.Source:
                source = m;
                return true;
            case ElementKind.Target:
                target = m;
                return true;
        }

        var members = Coordinated(ctx, m);
        if (kind == ElementKind.Compound)
        {
            if (members.Count < 2)
            {
                return false;
            }

            source = target = members[0];
        }

        pos = forward ? ctx.Map.EndToken[members[^1]] : ctx.Map.StartToken[members[0]];
        return true;
    }

    private static int MatchWords(Document document, PatternElement e, int at, int end)
    {
        int best = MatchCandidates(document, e, e.ExactCandidates(document.Slice(document.Tokens[at].Span)), at, end);
        return best > 0 ? best : MatchCandidates(document, e, e.StemCandidates(), at, end);
    }

    private static int MatchCandidates(Document document, PatternElement e, ReadOnlySpan<int> candidates, int at, int end)
    {
        foreach (int a in candidates)
        {
            var words = e.Alternatives[a];
            if (at + words.Length > end)
            {
                continue;
            }

            if (AlternativeMatches(document, e, a, at))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static int MatchWordsEndingAt(Document document, PatternElement e, int endExclusive, int first)
    {
        for (int a = 0; a < e.Alternatives.Length; a++)
        {
            var words = e.Alternatives[a];
            int at = endExclusive - words.Length;
            if (at < first)
            {
                continue;
            }

            if (AlternativeMatches(document, e, a, at))
            {
                return words.Length;
            }
        }

        return 0;
    }

    /// <summary>Whether alternative <paramref name="a"/> of a pattern element matches the tokens from <paramref name="at"/>.</summary>
    private static bool AlternativeMatches(Document document, PatternElement e, int a, int at)
    {
        var words = e.Alternatives[a];
        for (int k = 0; k < words.Length; k++)
        {
            if (!TokenMatches(document, at + k, words[k], e.Stems[a][k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TokenMatches(Document document, int token, string word, bool stem)
    {
        var span = document.Slice(document.Tokens[token].Span);
        if (stem ? span.Length < word.Length : span.Length != word.Length)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i++)
        {
            char a = char.ToLowerInvariant(span[i]);
            char b = word[i];
            if (a != b && !(a is '’' or '\'' && b is '’' or '\''))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPassive(Context ctx, int start, int end, VerbForm form)
    {
        if (!form.Past && !EndsWithEd(ctx.Document, start))
        {
            return false;
        }

        // "was attacked", "has been sharply criticized", "were not invited"
        for (int q = start - 1, steps = 0; q >= ctx.First && steps < 4; q--, steps++)
        {
            var w = Word(ctx.Document, q);
            if (BeForms.Contains(w))
            {
                // "it's attacked" is rare next to "it has": a clitic 's counts only before a participle with "by".
                return !w.EndsWith('s') || w.Length > 2 || HasByAgent(ctx, end);
            }

            if (!SkipBetween.Contains(w) && !IsAdverb(ctx.Document, q))
            {
                break;
            }
        }

        // Reduced relative: "nationals abducted to North Korea", "troops killed by militants".
        if (start > ctx.First && ctx.Map.Covering[start - 1] is int m and >= 0 && ctx.Map.Actor(m))
        {
            int before = WordBefore(ctx, m);

            // "after Washington imposed sanctions": a preposition that also opens clauses has a subject after it. A
            // direct object right after the verb makes it active too: "Foreign Minister Ali Bagheri of Iran met his
            // Omani counterpart".
            bool directObject = end < ctx.End && (Determiners.Contains(Word(ctx.Document, end)) || ctx.Map.StartsAt[end] >= 0);
            return before >= ctx.First && Prepositions.Contains(Word(ctx.Document, before)) && !directObject
                && !(Subordinators.Contains(ctx.Document.Slice(ctx.Document.Tokens[before].Span)) && !HasByAgent(ctx, end));
        }

        return false;
    }

    private static bool CanStartVerb(Context ctx, int start)
    {
        if (start == ctx.First)
        {
            return true;
        }

        int q = start - 1;
        // "the Israeli strike on Syria": after a country adjective the form is a noun.
        if (ctx.Map.Covering[q] is int m and >= 0 && ctx.Map.ModifiesThing(m))
        {
            return false;
        }

        if (ctx.Map.Covering[q] >= 0 || IsAdverb(ctx.Document, q) || ctx.Document.Tokens[q].Kind is TokenKind.Quote or TokenKind.Clitic)
        {
            return true;
        }

        var w = Word(ctx.Document, q);
        return VerbContext.Contains(w) || Modals.Contains(w) || Negators.Contains(w) || SkipBetween.Contains(w) || Coordinators.Contains(w) || w is ":" or ";" or "(";
    }

    private static bool EndsWithEd(Document document, int token) =>
        document.Slice(document.Tokens[token].Span).EndsWith("ed", StringComparison.OrdinalIgnoreCase);

    private static bool HasByAgent(Context ctx, int end) => ByAgent(ctx, end) >= 0;

    /// <summary>The mention after "by" following a passive verb (within a few tokens), or -1.</summary>
    private static int ByAgent(Context ctx, int end)
    {
        for (int q = end; q < ctx.End && q < end + 6; q++)
        {
            var w = Word(ctx.Document, q);
            if (w.Equals("by", StringComparison.OrdinalIgnoreCase))
            {
                for (int r = q + 1; r < ctx.End && r < q + 4; r++)
                {
                    if (ctx.Map.StartsAt[r] is int m and >= 0 && ctx.Map.Actor(m))
                    {
                        return m;
                    }
                }

                return -1;
            }

            if (ctx.Clause[q] != ctx.Clause[end - 1] || ctx.Map.StartsAt[q] >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The author of the attack a passive act of force happened in, right after the verb: "in an Israeli airstrike", "in
    /// a Taliban attack", "in a clash with Chinese troops", "in an attack by the Islamic State"; -1 when none is named.
    /// A place is no author ("in a Gaza airstrike"), only a state's adjective or an actor.
    /// </summary>
    private static int AttackAgent(Context ctx, int end)
    {
        var d = ctx.Document;
        if (end + 2 >= ctx.End || Word(d, end) is not ("in" or "during"))
        {
            return -1;
        }

        int author = -1;
        for (int q = end + 1; q < ctx.End && q <= end + 6; q++)
        {
            if (ctx.Map.StartsAt[q] is int m and >= 0)
            {
                if (author >= 0 || !IsAuthor(ctx, m))
                {
                    return -1;
                }

                author = m;
                q = ctx.Map.EndToken[m] - 1;
                continue;
            }

            var w = Word(d, q);
            if (AttackNouns.Contains(w))
            {
                if (author >= 0)
                {
                    return author;
                }

                // "a clash with Chinese troops", "an attack by militants": the side named after the noun.
                int p = q + 1;
                if (p < ctx.End && (FightNouns.Contains(w) && Word(d, p) is "with" || Word(d, p) is "by"))
                {
                    p++;
                    if (p < ctx.End && Determiners.Contains(Word(d, p)))
                    {
                        p++;
                    }

                    return p < ctx.End && ctx.Map.StartsAt[p] is int side and >= 0 && IsAuthor(ctx, side) ? side : -1;
                }

                return -1;
            }

            if (!(Determiners.Contains(w) || IsPlainLowerWord(ctx, q) || IsHyphen(d, q)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The attack noun or weapon right before the verb at <paramref name="verbStart"/> (adverbs and "has"/"had" between),
    /// which is then its subject: "a U.S. drone strike killed …", "the missile attack has killed …"; -1 otherwise.
    /// </summary>
    private static int AttackNounBefore(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        int q = verbStart - 1;
        while (q > ctx.First && (SkipBetween.Contains(Word(d, q)) || IsAdverb(d, q) || Word(d, q) is "has" or "have" or "had"))
        {
            q--;
        }

        return q > ctx.First && ctx.Map.Covering[q] < 0 && (AttackNouns.Contains(Word(d, q)) || Weapons.Contains(d.Slice(d.Tokens[q].Span))) ? q : -1;
    }

    /// <summary>
    /// Who made the attack named by the noun at <paramref name="noun"/>: an actor or a state's adjective that opens its
    /// phrase ("an Israeli airstrike", "a U.S. drone strike", "Russia's missile attack"), plain words between; or -1.
    /// </summary>
    private static int AttackAuthor(Context ctx, int noun)
    {
        var d = ctx.Document;
        for (int p = noun - 1; p >= ctx.First && p >= noun - 4; p--)
        {
            if (ctx.Map.Covering[p] is int m and >= 0)
            {
                return IsAuthor(ctx, m) ? m : -1;
            }

            if (IsPossessive(Word(d, p)) && p > ctx.First && ctx.Map.Covering[p - 1] is int owner and >= 0)
            {
                return IsAuthor(ctx, owner) ? owner : -1;
            }

            if (!(IsPlainLowerWord(ctx, p) || IsHyphen(d, p)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The speaker whose own thing ("its positions", "their troops") the act of force right before strikes, when the act
    /// stands in the clause the speaker reports and its source is of another state; or -1.
    /// </summary>
    private int ReportingSpeakerOwned(Context ctx, VerbMatch verb, int source)
    {
        var d = ctx.Document;
        int own = Math.Max(verb.End, verb.MatchEnd);
        if (source < 0 || own + 1 >= ctx.End || d.Slice(d.Tokens[own].Span) is not ("its" or "their") || d.Slice(d.Tokens[own + 1].Span) is "own"
            || CountryOf(ctx, source) is not { } attacker)
        {
            return -1;
        }

        for (int s = ctx.Map.StartToken[source] - 1; s > ctx.First && s >= ctx.Map.StartToken[source] - 3; s--)
        {
            if (ReportingVerbs.Contains(d.Slice(d.Tokens[s].Span)))
            {
                int speaker = NearestSubject(ctx, s, source, allowRight: false);
                return speaker >= 0 && CountryOf(ctx, speaker) is { } said && IsStateCode(said) && said != attacker ? speaker : -1;
            }
        }

        return -1;
    }

    /// <summary>The token before <paramref name="q"/> and the determiners that lead into it.</summary>
    private static int FirstBeforeDeterminers(Context ctx, int q)
    {
        int p = q - 1;
        while (p > ctx.First && Determiners.Contains(Word(ctx.Document, p)))
        {
            p--;
        }

        return p;
    }

    private static bool IsAuthor(Context ctx, int m) =>
        ctx.Map.Actor(m) || ctx.Document.Mentions[m] is { Kind: MentionKind.Location, Country: { } country } mention && IsStateCode(country)
            && mention.Evidence.Rule.EndsWith(".adjective", StringComparison.Ordinal);

    private (bool Negated, bool Hypothetical, bool Governed, bool Future) Qualify(Context ctx, VerbMatch verb, List<VerbMatch> verbs, int index)
    {
        bool negated = false;
        bool hypothetical = false;
        bool governed = false;
        bool future = false;
        int c = ctx.Clause[verb.Start];
        bool sawTo = false;
        for (int q = verb.Start - 1, steps = 0; q >= ctx.First && steps < 6; q--, steps++)
        {
            if (ctx.Clause[q] != c)
            {
                break;
            }

            var w = Word(ctx.Document, q);
            if (ctx.Map.Covering[q] >= 0)
            {
                // "urged China to release the detainees", "called on Russia to withdraw": the appeal is the event; the
                // act asked of its object has not happened and is not coded on its own.
                governed |= _options.AppealGovernsAskedAct && sawTo && AskedOf(ctx, ctx.Map.Covering[q], verbs, index);
                break;
            }

            if (Negators.Contains(w))
            {
                negated = true;
                continue;
            }

            if (Modals.Contains(w))
            {
                // "Norway said it would send troops": the future of a report is its intent, not a conditional.
                if (w is "would" && ReportedFuture(ctx, q))
                {
                    future = true;
                }
                else
                {
                    hypothetical = true;
                }

                continue;
            }

            if (w is "will" && !sawTo)
            {
                future = true;
                continue;
            }

            if (w is "to" or "from")
            {
                sawTo = true;
                continue;
            }

            // "stopped short of criticizing Israel": the act was held back.
            if (w is "of" && q - 2 >= ctx.First && ctx.Document.Slice(ctx.Document.Tokens[q - 1].Span) is "short"
                && ctx.Document.Slice(ctx.Document.Tokens[q - 2].Span).StartsWith("stop", StringComparison.OrdinalIgnoreCase))
            {
                negated = true;
                break;
            }

            if (NegatingVerbs.Contains(w) && sawTo || w is "denied" or "denies" or "deny" or "denying" && steps <= 2)
            {
                negated = true;
                break;
            }

            if (sawTo && IntentionVerbs.Contains(w))
            {
                hypothetical = true;
                // "is ready to hold talks": the readiness is the event (03), unless the intention verb codes one of its
                // own ("vowed to destroy Hamas" is the vow, 138; the destruction stays hypothetical).
                bool threat = ThreatVerbs.Contains(w);
                bool intentCoded = EventVerbAt(verbs, q, index);
                future = !threat && !intentCoded;
                governed |= threat && intentCoded;
                break;
            }

            if (sawTo && EventVerbAt(verbs, q, index))
            {
                // "agreed to meet": the intent is the event, the meeting has not happened.
                governed = true;
                break;
            }

            if (SkipBetween.Contains(w) || BeForms.Contains(w) || w is "have" or "has" or "had" or "do" or "does" or "did" || IsAdverb(ctx.Document, q))
            {
                continue;
            }

            // 'threatened to "totally destroy" North Korea': a quoted infinitive keeps its governing verb.
            if (IsQuoteMark(ctx.Document, q))
            {
                continue;
            }

            if (!sawTo)
            {
                break;
            }
        }

        // "demanded that Ukraine withdraw its troops", "warned China against invading Taiwan": what is asked for or
        // warned against has not happened.
        hypothetical |= Irrealis(ctx, verb.Start) || AimedAt(ctx, verb.Start);

        // "if" opening the clause makes the whole clause conditional.
        for (int q = verb.Start - 1; q >= ctx.First && ctx.Clause[q] == c; q--)
        {
            var w = Word(ctx.Document, q);
            if (w is "if" or "unless" or "whether")
            {
                hypothetical = true;
                break;
            }

            if (ctx.Clause[q] != c || q == ctx.First || ctx.Clause[q - 1] != c)
            {
                break;
            }
        }

        return (negated, hypothetical, governed, future);
    }

    /// <summary>Whether mention <paramref name="m"/> is the object of an appeal verb of the sentence ("urged China", "called on Russia").</summary>
    private static bool AskedOf(Context ctx, int m, List<VerbMatch> verbs, int index)
    {
        int before = WordBefore(ctx, m);
        for (int v = 0; v < index; v++)
        {
            var verb = verbs[v];
            if (!verb.Form.Noun && verb.End - 1 == before && verb.Code is { } code && (code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Portugal will support Turkey's bid", "Finland will give Tanzania a grant": a cooperative act announced for the
    /// future is, in CAMEO, the statement of an intent (03); a hostile one announced is a threat (13).
    /// </summary>
    private static void StatedIntent(List<Event> output, int from)
    {
        for (int i = from; i < output.Count; i++)
        {
            var e = output[i];
            if (IntentCode(e.Cameo) is { } intent)
            {
                output[i] = Recoded(e, intent, "intent");
            }
            else if (ThreatCode(e.Cameo) is { } threat)
            {
                output[i] = Recoded(e, threat, "threat");
            }
        }
    }

    /// <summary>The event under another CAMEO code, with that code's PLOVER type, Goldstein score and quad class.</summary>
    private static Event Recoded(Event e, string code, string why)
    {
        var info = CameoCatalog.Find(code);
        return e with
        {
            Cameo = code,
            Hypothetical = false,
            Plover = info?.Plover,
            Goldstein = info?.Goldstein ?? 0,
            QuadClass = info?.QuadClass ?? 0,
            Evidence = e.Evidence with { Rule = e.Evidence.Rule + " (announced: " + why + " " + code + ")" },
        };
    }

    /// <summary>Whether "would" at <paramref name="would"/> follows a report ("said it would", "announced that they would").</summary>
    private static bool ReportedFuture(Context ctx, int would)
    {
        for (int q = would - 1; q >= ctx.First && q >= would - 5; q--)
        {
            var w = ctx.Document.Slice(ctx.Document.Tokens[q].Span);
            if (ReportVerbs.Contains(w))
            {
                return true;
            }

            if (w is "," or ";" or ":" or "if" or "unless")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The CAMEO threat (13) that announcing a hostile act (14, 16-20) makes: "said they would boycott" 1312, "will
    /// withdraw its peacekeepers" 136, "would blockade" 1381, "will attack" 1384; null for other codes (an announced
    /// deployment, 15, already exhibits force posture).
    /// </summary>
    internal static string? ThreatCode(string code)
    {
        if (code.Length < 3)
        {
            return null;
        }

        string? threat = code[..2] switch
        {
            "14" => "133",
            "16" => code[2] switch { '0' or '1' => "1313", '2' => "1311", '3' => "1312", '4' => "134", '5' => "135", '6' => "136", _ => "131" },
            "17" => code[2] switch { '2' => "132", '3' or '4' or '5' => "137", _ => "130" },
            "18" => "1383",
            "19" => code[2] switch { '1' => "1381", '2' => "1382", _ => "1384" },
            "20" => code.StartsWith("204", StringComparison.Ordinal) ? "1385" : "1383",
            _ => null,
        };
        return threat is not null && CameoCatalog.Find(threat) is null ? threat[..3] : threat;
    }

    /// <summary>The CAMEO "express intent" code (03) for a cooperative act (04-08), or null.</summary>
    internal static string? IntentCode(string code)
    {
        if (code.Length < 2)
        {
            return null;
        }

        string? intent = code[..2] switch
        {
            "04" => code.StartsWith("045", StringComparison.Ordinal) ? "039" : "036",
            "05" => code.StartsWith("057", StringComparison.Ordinal) ? "030" : "032",
            "06" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "031" + code[2] : "031",
            "07" => code.Length >= 3 && code[2] is >= '1' and <= '4' ? "033" + code[2] : "033",
            "08" => code.Length >= 3 ? code[2] switch { '1' => "0351", '2' => "0352", '4' => "0353", '5' => "0354", '6' => "0355", '7' => "0356", _ => "035" } : "035",
            _ => null,
        };
        return intent is not null && CameoCatalog.Find(intent) is null ? intent[..3] : intent;
    }

    /// <summary>"a previous goal of ousting Assad", "the threat of attacking": an act named as an aim or a prospect.</summary>
    private static bool AimedAt(Context ctx, int start)
    {
        var d = ctx.Document;
        var verb = d.Slice(d.Tokens[start].Span);
        if (!verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || start - 2 < ctx.First || !Is(d, start - 1, "of"))
        {
            return false;
        }

        return AimNouns.Contains(d.Slice(d.Tokens[start - 2].Span));
    }

    /// <summary>
    /// Whether the verb at <paramref name="start"/> is the content of a demand or a warning: a "that" clause after a
    /// directive verb (demand, urge, request, propose, recommend, ask, order; not "insist" or "suggest", which also
    /// assert), or "against" + verb after warn or caution.
    /// </summary>
    private static bool Irrealis(Context ctx, int start)
    {
        var d = ctx.Document;
        if (start - 1 > ctx.First && Is(d, start - 1, "against"))
        {
            for (int q = start - 2; q >= ctx.First && q >= start - 8; q--)
            {
                if (WarningVerbs.Contains(d.Slice(d.Tokens[q].Span)))
                {
                    return true;
                }
            }
        }

        for (int q = start - 1; q > ctx.First && q >= start - 12; q--)
        {
            var w = d.Slice(d.Tokens[q].Span);
            if (w is ";" or ":" or "." or "“" or "\"")
            {
                return false;
            }

            if (w.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                int k = q - 1;
                while (k > ctx.First && IsAdverb(d, k))
                {
                    k--;
                }

                return DirectiveVerbs.Contains(d.Slice(d.Tokens[k].Span));
            }
        }

        return false;
    }

    /// <summary>A compass word that is not the start of a name ("northern Syria", not "North Korea").</summary>
    private static bool IsDirection(Context ctx, int token) =>
        ctx.Map.StartsAt[token] < 0 && ctx.Map.Covering[token] < 0 && Directions.Contains(ctx.Document.Slice(ctx.Document.Tokens[token].Span));

    private static bool Is(Document document, int token, string word) =>
        document.Slice(document.Tokens[token].Span).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool EventVerbAt(List<VerbMatch> verbs, int token, int before)
    {
        for (int v = 0; v < before; v++)
        {
            if (verbs[v].Start <= token && token < verbs[v].End)
            {
                return verbs[v].Code is not null;
            }
        }

        return false;
    }

    private void Emit(Context ctx, VerbMatch verb, List<VerbMatch> verbs, bool negated, bool hypothetical, HashSet<(string?, string?, string)> seen, List<Event> output)
    {
        int source = verb.Source;
        int target = verb.Target;
        var code = verb.Code!.TrimEnd('?', '!');
        var pairedCode = verb.PairedCode?.TrimEnd('?', '!');
        bool expandSource = true, expandTarget = true;
        // "Russia and Belarus fought Ukraine": a compound subject acts on the verb's object, not on itself.
        if (!_options.FirstActorSearch && source >= 0 && source == target && !verb.Form.Noun && ctx.Map.StartToken[source] < verb.Start
            && FirstObject(ctx, Math.Max(verb.End, verb.MatchEnd)) is int ownObject and >= 0)
        {
            target = ownObject;
        }

        if (verb.PairAt > 0)
        {
            // A compound slot took "the two countries": the two states act on each other.
            if (PairAntecedent(ctx, verb.PairAt - 1, null) is { } pair)
            {
                EmitAll(ctx, verb, verbs, code, pairedCode, negated, hypothetical, [Party(0), Party(1)], [Party(0), Party(1)], pair, seen, output);
            }

            return;
        }

        // "The two countries signed an agreement", "the two sides accused Russia": the two states named before act.
        if (!_options.FirstActorSearch && !verb.Form.Noun && !verb.Passive && source < 0
            && SubjectPairPhrase(ctx, verb.Start) is int subjectPhrase and >= 0 && PairAntecedent(ctx, subjectPhrase, null) is { } subjectPair)
        {
            if (target < 0)
            {
                target = FirstObject(ctx, verb.End);
            }

            List<int> pairTargets = target >= 0 ? Coordinated(ctx, target) : IsReciprocal(code) ? [Party(0), Party(1)] : [];
            if (pairTargets.Count > 0)
            {
                EmitAll(ctx, verb, verbs, code, pairedCode, negated, hypothetical, [Party(0), Party(1)], pairTargets, subjectPair, seen, output);
            }

            return;
        }

        if (_options.FirstActorSearch)
        {
            FirstActorRoles(ctx, verb, ref source, ref target, out expandSource, out expandTarget);
        }
        else if (verb.Form.Noun)
        {
            if (target < 0)
            {
                target = FirstObject(ctx, verb.End);
            }

            if (source < 0)
            {
                source = Possessor(ctx, verb.Start);
            }

            if (source < 0)
            {
                // "the attack by militants on the base"
                source = ByAgent(ctx, verb.End);
            }

            // Without a possessor or agent, the subject is the source only when the noun is not another verb's object
            // ("Japan condemned the attack on China" does not make Japan the attacker), and, for force, not in a
            // prepositional phrase ("warrants for people involved in the assassination of Soleimani" are not Iran's
            // killing; "in a statement to reporters, Johnson said" is Johnson's statement).
            if (source < 0 && !IsObjectOfVerb(ctx, verb.Start) && !(IsForce(verb.Code) && InPrepositionalPhrase(ctx, verb.Start))
                && !AfterSpeechVerb(ctx, verb.Start))
            {
                source = NearestSubject(ctx, verb.Start, target, allowRight: true);

                // "Protests spread to Iraq, Iran and Lebanon": an actor after the noun that belongs to its own object's
                // list is no source.
                if (source >= 0 && target >= 0 && ctx.Map.StartToken[source] > verb.Start && Coordinated(ctx, target).Contains(source))
                {
                    source = -1;
                }
            }
        }
        else if (verb.Passive)
        {
            if (source < 0)
            {
                source = ByAgent(ctx, verb.End);
            }

            // "were killed in an Israeli airstrike", "killed in a clash with Chinese troops": the attack's author.
            if (source < 0 && IsAttack(code))
            {
                source = AttackAgent(ctx, verb.End);
            }

            if (target < 0)
            {
                // "nationals abducted to North Korea": the noun the participle follows is the one acted on.
                target = verb.Start > ctx.First && ctx.Map.Covering[verb.Start - 1] is int before and >= 0 && ctx.Map.Actor(before)
                    ? before
                    : NearestSubject(ctx, verb.Start, source, allowRight: false);
            }
        }
        else
        {
            // "An Israeli airstrike killed three Hamas militants": the attack noun the verb follows is its subject, and
            // the attack's author acts.
            if (source < 0 && IsAttack(code) && AttackNounBefore(ctx, verb.Start) is int attackNoun and >= 0)
            {
                source = AttackAuthor(ctx, attackNoun);
            }

            if (source < 0 && ClauseOwner(ctx, verb.Start) is int owner)
            {
                source = owner;
            }

            if (source < 0 && SpeakerOfConjunct(ctx, verb.Start) is int speaker)
            {
                source = speaker;
            }

            // "Austria … said it would not expel any Russian diplomats": a pronoun right after a verb of saying is its speaker.
            if (source < 0 && PronounAfterSpeech(ctx, verb.Start) is int speechVerb && NearestSubject(ctx, speechVerb, target, allowRight: false) is int sayer and >= 0)
            {
                source = sayer;
            }

            // "inciting other countries to attack China": an infinitive after a verb's object belongs to that object.
            // A subject that is a thing, or a group no dictionary codes, leaves the act without a source.
            bool thingSubject = false;
            if (source < 0 && InfinitiveOfObject(ctx, verb.Start) is int agentOfInfinitive)
            {
                source = agentOfInfinitive;
                thingSubject = agentOfInfinitive < 0;
            }

            // "a deal that did not protect French fishermen": a relative clause's subject is the noun before "that"; "the
            // US airstrike that killed Soleimani": or the actor that modifies that noun.
            if (source < 0 && !thingSubject && RelativeThatSubject(ctx, verb.Start) is int relative)
            {
                source = relative;
                thingSubject = relative < 0;
            }

            // "people protesting against Russia's invasion": a participle that describes uncoded people is theirs.
            if (source < 0 && verb.Start > ctx.First && ctx.Map.Covering[verb.Start - 1] < 0 && PeopleNouns.Contains(Word(ctx.Document, verb.Start - 1))
                && ctx.Document.Slice(ctx.Document.Tokens[verb.Start].Span).EndsWith("ing", StringComparison.Ordinal))
            {
                thingSubject = true;
            }

            if (source < 0 && !thingSubject && !AfterCommonNoun(ctx, verb.Start, IsForce(code)))
            {
                source = NearestSubject(ctx, verb.Start, target, allowRight: false);
            }

            // Inside ", which … ,": the clause ends at its comma, and with a subject of its own ("which Venezuela
            // accuses") the relative pronoun, that is the noun before it, is the verb's object.
            var (antecedent, pronoun, close) = RelativeClause(ctx, verb.Start);
            if (target < 0 && antecedent >= 0 && source >= 0 && ctx.Map.StartToken[source] > pronoun && antecedent != source)
            {
                target = antecedent;
            }

            if (target < 0)
            {
                // A trip's object is where it goes, right after the verb: "traveling to Cleveland, Ohio to take part
                // in a debate against Joe Biden" visits no Biden.
                int limit = antecedent >= 0 ? close : int.MaxValue;
                if (code.StartsWith("042", StringComparison.Ordinal) && !verb.Form.Noun)
                {
                    limit = Math.Min(limit, Math.Max(verb.End, verb.MatchEnd) + 4);
                }

                // "officials will meet in San Francisco to prepare a summit between Biden and Xi": a meeting's
                // partners are named before the clause of purpose that follows it (a mediation's are not: "brokered a
                // deal to normalize relations between Sudan and Israel").
                if ((code.StartsWith("04", StringComparison.Ordinal) && !code.StartsWith("045", StringComparison.Ordinal) || code.StartsWith("036", StringComparison.Ordinal))
                    && PurposeClause(ctx, Math.Max(verb.End, verb.MatchEnd)) is int purpose)
                {
                    limit = Math.Min(limit, purpose);
                }

                target = FirstObject(ctx, verb.End, limit, goods: code.StartsWith("163", StringComparison.Ordinal));

                // "opened its new embassy", "closed its embassy in Kyiv": the pattern's own noun, when it is the source's
                // own body, is what the act is about, not whom it targets.
                if (target >= 0 && verb.MatchEnd > verb.End && ctx.Map.StartToken[target] >= verb.End && ctx.Map.EndToken[target] == verb.MatchEnd
                    && CountryOf(ctx, target) is { } own && own == CountryOf(ctx, source) && OwnedNoun(ctx, verb.End, ctx.Map.StartToken[target]))
                {
                    // "strengthened its forces in Lebanon": the state where they are is the one concerned.
                    target = FirstObject(ctx, verb.MatchEnd, limit) is int next and >= 0 ? next : PlaceAfterIn(ctx, verb.MatchEnd, own);
                }

                // "delegations met on the Belarusian border": where a meeting or an offer is made names no partner.
                if (target >= 0 && code[0] == '0' && OnBorderOf(ctx, target))
                {
                    target = FirstObject(ctx, ctx.Map.EndToken[target] + 1, limit);
                }

                // "Azerbaijan's Defence Ministry said Armenian forces had shelled its positions": force on the speaker's own
                // ("its", "their") in the clause it reports strikes the speaker.
                if (target < 0 && IsAttack(code) && ReportingSpeakerOwned(ctx, verb, source) is int speakerOwned and >= 0)
                {
                    target = speakerOwned;
                }

                // "Russian forces shelled the center of Kharkiv": an attack on a place of another state is on that state.
                if (target < 0 && IsAttack(code) && CountryOf(ctx, source) is { } attacker)
                {
                    target = AttackedPlace(ctx, Math.Max(verb.End, verb.MatchEnd), limit, attacker, IsInsurgent(ctx.Map.Codes(source).Agent), out int unknownPlace);

                    // "Armenia and Azerbaijan traded accusations … Armenian troops had fired on the town of Terter", "Azerbaijani
                    // forces had shelled civilian areas": force by one of two states the article shows in conflict with each
                    // other, on a place no dictionary locates or on no named place, strikes the other. With no place, only a
                    // verb in the past is such an act: "did not rule out further strikes" names none.
                    if (target < 0 && unknownPlace != -2 && (unknownPlace >= 0 || IsPastForm(ctx.Document.Slice(ctx.Document.Tokens[verb.Start].Span)))
                        && LatestExchange(ctx, hostile: true) is var (one, other)
                        && (one.Country == attacker || other.Country == attacker))
                    {
                        var opponent = one.Country == attacker ? other.Country : one.Country;
                        var place = unknownPlace >= 0
                            ? new EventActor(ctx.Document.Mentions[unknownPlace].Span, unknownPlace, opponent, opponent, null)
                            : new EventActor(TextSpan.FromBounds(ctx.Document.Tokens[verb.Start].Start, ctx.Document.Tokens[verb.End - 1].Span.End), null, opponent, opponent, null);
                        EmitAll(ctx, verb, verbs, code, pairedCode, negated, hypothetical, Coordinated(ctx, source), [Party(0)], [place], seen, output);
                        return;
                    }
                }
            }

            // "Pashinyan told reporters in Yerevan", "briefed journalists": a statement to the press is made to the public,
            // not aimed at the media (a reported clause may still name whom it concerns).
            if (target >= 0 && code.StartsWith("01", StringComparison.Ordinal) && IsPressAudience(ctx, target))
            {
                target = -1;
            }

            if (target < 0 && code.StartsWith("01", StringComparison.Ordinal))
            {
                target = ThatClauseSubject(ctx, verb.End);
            }
        }

        // "China urged the two sides to show restraint": the two states named before are the targets.
        // "spoke to both leaders": the phrase's noun may be a mention of its own, which it does not name alone.
        if (!_options.FirstActorSearch && !verb.Form.Noun && !verb.Passive && source >= 0
            && PairPhraseAt(ctx, verb.End) is int objectPhraseEnd and >= 0 && (target < 0 || ctx.Map.StartToken[target] >= verb.End && ctx.Map.StartToken[target] < objectPhraseEnd)
            && PairAntecedent(ctx, verb.End, CountryOf(ctx, source)) is { } objectPair)
        {
            EmitAll(ctx, verb, verbs, code, pairedCode, negated, hypothetical, expandSource ? Coordinated(ctx, source) : [source], [Party(0), Party(1)], objectPair, seen, output);
            return;
        }

        if (source < 0 && source != DefaultActor)
        {
            return;
        }

        var sources = source >= 0 && expandSource ? Coordinated(ctx, source) : [source];

        // "Neither Japan nor China criticized Russia": the coordination itself denies the act, and its members do not
        // act on each other.
        bool neither = sources.Count > 1 && OpensWithNeither(ctx, sources[0]);
        negated |= neither;

        List<int> targets;
        if (target >= 0 || target == DefaultActor)
        {
            targets = target >= 0 && expandTarget ? Coordinated(ctx, target) : [target];
        }
        else if (sources.Count > 1 && !neither && (IsReciprocal(code) || _options.FirstActorSearch))
        {
            // "Japan and China signed an agreement": each member acts on the others.
            targets = sources;
        }
        else
        {
            return;
        }

        EmitAll(ctx, verb, verbs, code, pairedCode, negated, hypothetical, sources, targets, null, seen, output);
    }

    private void EmitAll(Context ctx, VerbMatch verb, List<VerbMatch> verbs, string code, string? pairedCode, bool negated, bool hypothetical, List<int> sources, List<int> targets, List<EventActor>? parties, HashSet<(string?, string?, string)> seen, List<Event> output)
    {
        var (date, dateSource) = DateOf(ctx, verb, verbs);
        var location = LocationOf(ctx, verb);
        var verbSpan = TextSpan.FromBounds(ctx.Document.Tokens[verb.Start].Start, ctx.Document.Tokens[verb.End - 1].Span.End);
        var evidence = new Evidence(_stage, verb.Label);
        foreach (var s in sources)
        {
            foreach (var t in targets)
            {
                Add(ctx, s, t, code, date, dateSource, location, negated, hypothetical, verbSpan, evidence, seen, output, parties);
                if (_options.PairedEvents && pairedCode is not null)
                {
                    Add(ctx, t, s, pairedCode, date, dateSource, location, negated, hypothetical, verbSpan, evidence, seen, output, parties);
                }
            }
        }
    }

    /// <summary>
    /// TABARI's elimination of comma-delimited nonrestrictive clauses ("Osgiliath, the state's fiercest foe, could …",
    /// "…, a senior official said on Saturday."): a stretch between two commas, or from the first comma back to the
    /// sentence start, or from the last comma to its end, is hidden when its word count lies in (min, max] for its place.
    /// Commas that separate the actors of a list do not count.
    /// </summary>
    private void HideCommaClauses(Document document, MentionMap map, int first, int end, CommaClauseLimits limits, bool[] hidden)
    {
        Array.Clear(hidden, first, end - first);
        int segmentStart = first;
        int words = 0;
        for (int t = first; t < end; t++)
        {
            var kind = document.Tokens[t].Kind;
            bool comma = kind == TokenKind.Punctuation && document.Slice(document.Tokens[t].Span) is ",";
            if (!comma || IsListComma(document, map, t, end))
            {
                if (kind is TokenKind.Word or TokenKind.Number)
                {
                    words++;
                }

                continue;
            }

            var (min, max) = segmentStart == first ? (limits.BeginMin, limits.BeginMax) : (limits.Min, limits.Max);
            if (words > min && words <= max)
            {
                Array.Fill(hidden, true, segmentStart, t + 1 - segmentStart);
            }

            segmentStart = t;
            words = 0;
        }

        if (segmentStart > first && words > limits.EndMin && words <= limits.EndMax)
        {
            Array.Fill(hidden, true, segmentStart, end - segmentStart);
        }
    }

    // "Mordor, the Shire, Fornost and Bree": an actor before the comma and one after it (past articles, "and", adjectives,
    // but not past a verb: "Radagast the Brown, called on Gondor").
    private bool IsListComma(Document document, MentionMap map, int comma, int end)
    {
        if (comma == 0 || map.Covering[comma - 1] is not (int left and >= 0) || !map.Actor(left))
        {
            return false;
        }

        for (int q = comma + 1, steps = 0; q < end && steps < 4; q++, steps++)
        {
            if (map.StartsAt[q] is int m and >= 0)
            {
                return map.Actor(m);
            }

            var t = document.Tokens[q];
            if (t.Kind != TokenKind.Word || (t.Traits & TokenTraits.Capitalized) != 0 && !Coordinators.Contains(Word(document, q))
                || _dictionary.Forms.LongestMatch(document.Text, CollectionsMarshal.AsSpan(document.Tokens)[..end], q, out _) > 0)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Stands for the default source or target code of <see cref="EventCoderOptions"/> where a mention index goes.</summary>
    private const int DefaultActor = -2;

    /// <summary>A pattern slot filled by a "the two countries" phrase (its states are found when the event is emitted).</summary>
    private const int PairActor = -3;

    /// <summary>Party <c>i</c> of a "the two countries" phrase stands where a mention index goes as <c>PartyBase - i</c>.</summary>
    private const int PartyBase = -10;

    private static int Party(int i) => PartyBase - i;

    private static readonly HashSet<string> PairNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "nations", "states", "sides", "neighbours", "neighbors", "governments", "leaders", "rivals", "armies",
        "militaries", "presidents", "delegations", "allies", "adversaries", "capitals", "powers", "Koreas", "parties",
    };

    private static readonly HashSet<string> StatePairNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "countries", "nations", "states", "neighbours", "neighbors", "rivals", "allies", "adversaries", "capitals", "powers",
    };

    private static bool TokenIs(Document document, int token, string word) =>
        document.Slice(document.Tokens[token].Span).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "the two countries", "both sides", "the two nuclear-armed neighbours", "the two countries' troops" starting at
    /// <paramref name="start"/>: the token after the phrase, or -1.
    /// </summary>
    private static int PairPhraseAt(Context ctx, int start)
    {
        var d = ctx.Document;
        int q;
        bool sidesOnly = false;
        if (start + 1 < ctx.End && TokenIs(d, start, "the") && TokenIs(d, start + 1, "two"))
        {
            q = start + 2;
        }
        else if (start + 1 < ctx.End && (TokenIs(d, start, "all") || TokenIs(d, start, "the") && (TokenIs(d, start + 1, "warring") || TokenIs(d, start + 1, "opposing"))))
        {
            // "urged all sides to exercise restraint", "the warring parties": the sides of the conflict named before ("all
            // countries" are not).
            q = start + 1;
            sidesOnly = true;
        }
        else if (start > ctx.First && start < ctx.End && TokenIs(d, start - 1, "the") && TokenIs(d, start, "two"))
        {
            // A glued slot has already stepped over the article.
            q = start + 1;
        }
        else if (start < ctx.End && TokenIs(d, start, "both"))
        {
            q = start + 1;
        }
        else
        {
            return -1;
        }

        // Up to three modifier tokens: "nuclear - armed". The nouns may be mentions of their own ("leaders", "troops")
        // but nothing in the phrase may name a state.
        for (int steps = 0; q < ctx.End && steps < 4; steps++, q++)
        {
            var word = d.Slice(d.Tokens[q].Span);
            if (PairNouns.Contains(word.ToString()) && IsBareNoun(ctx, q) && (!sidesOnly || word is "sides" or "parties"))
            {
                q++;
                // "the two countries' troops": the possessed noun goes with the phrase.
                if (q + 1 < ctx.End && IsPossessive(Word(d, q)) && IsPlainLowerWord(ctx, q + 1) && IsBareNoun(ctx, q + 1))
                {
                    q += 2;
                }

                return q;
            }

            if (ctx.Map.Covering[q] >= 0 || !(IsPlainLowerWord(ctx, q) || IsHyphen(d, q)))
            {
                return -1;
            }
        }

        return -1;
    }

    // A lower-case noun outside mentions, or a one-word mention of its own ("leaders" referring to someone named before).
    private static bool IsBareNoun(Context ctx, int q) =>
        ctx.Map.Covering[q] is not (int m and >= 0) || ctx.Map.StartToken[m] == q && ctx.Map.EndToken[m] == q + 1;

    /// <summary>The first token of a "the two countries" phrase that ends right before <paramref name="end"/>, or -1.</summary>
    private static int PairPhraseEndingAt(Context ctx, int end)
    {
        for (int start = end - 2; start >= ctx.First && start >= end - 8; start--)
        {
            if (PairPhraseAt(ctx, start) == end)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>A "the two countries" phrase that is the verb's subject (only adverbs and auxiliaries between), or -1.</summary>
    private static int SubjectPairPhrase(Context ctx, int verbStart)
    {
        int q = verbStart;
        while (q - 1 >= ctx.First && ctx.Map.Covering[q - 1] < 0 && Word(ctx.Document, q - 1) is var w
            && IsAuxiliaryOrAdverb(ctx.Document, q - 1, w))
        {
            q--;
        }

        return PairPhraseEndingAt(ctx, q);
    }

    private static string? CountryOf(Context ctx, int mention) => mention >= 0 ? ctx.Map.Codes(mention).Country : null;

    /// <summary>
    /// The two states a "the two countries" phrase at <paramref name="phraseStart"/> refers to: the states named in the
    /// nearest of this sentence (before the phrase) and the two previous ones that names any, when it names exactly two
    /// (this sentence may name one and leave the pair to an earlier one). States are counted other than
    /// <paramref name="exclude"/>, the actor of the clause itself; organizations of states do not count. Null otherwise.
    /// </summary>
    private static List<EventActor>? PairAntecedent(Context ctx, int phraseStart, string? exclude)
    {
        // "the two Koreas", "both Koreas": the pair the phrase names.
        int phraseEnd = PairPhraseAt(ctx, phraseStart);
        if (phraseEnd > phraseStart && ctx.Document.Slice(ctx.Document.Tokens[phraseEnd - 1].Span) is "Koreas")
        {
            var koreas = TextSpan.FromBounds(ctx.Document.Tokens[phraseStart].Start, ctx.Document.Tokens[phraseEnd - 1].Span.End);
            return exclude is "KOR" or "PRK" ? null : [new EventActor(koreas, null, "KOR", "KOR", null), new EventActor(koreas, null, "PRK", "PRK", null)];
        }

        if (ExchangeAntecedent(ctx, phraseStart, phraseEnd, exclude) is { } exchange)
        {
            return exchange;
        }

        var mentions = ctx.Document.Mentions;
        var candidates = new List<int>();
        for (int m = 0; m < mentions.Count; m++)
        {
            if (ctx.Map.StartToken[m] < phraseStart && mentions[m].Sentence >= ctx.Sentence - 2 && mentions[m].Sentence <= ctx.Sentence && ctx.Map.Actor(m))
            {
                candidates.Add(m);
            }
        }

        candidates.Sort((a, b) => ctx.Map.StartToken[b].CompareTo(ctx.Map.StartToken[a]));

        // The nearest sentence that names exactly two states names the pair; one that names more makes it unclear.
        var found = new List<int>(3);
        var countries = new List<string>(3);
        int sentence = ctx.Sentence;
        foreach (int m in candidates)
        {
            if (mentions[m].Sentence != sentence)
            {
                if (found.Count >= 2)
                {
                    break;
                }

                // An earlier sentence that names one state may name the other side without a code.
                if (found.Count == 1 && sentence != ctx.Sentence)
                {
                    found.Clear();
                    break;
                }

                found.Clear();
                countries.Clear();
                sentence = mentions[m].Sentence;
            }

            var country = ctx.Map.Codes(m).Country;
            if (country is null || country.StartsWith("IGO", StringComparison.Ordinal) || country == exclude || countries.Contains(country))
            {
                continue;
            }

            found.Add(m);
            countries.Add(country);
        }

        if (found.Count != 2)
        {
            // "Police detained people protesting against Russia's invasion of Ukraine … China urged all sides to exercise
            // restraint": without a clear pair nearby, the sides of a conflict are the two states of the latest act of force
            // between two states ("the two countries" are not said of a conflict's sides alone).
            return phraseEnd > phraseStart && ctx.Document.Slice(ctx.Document.Tokens[phraseEnd - 1].Span) is "sides" or "parties"
                && LatestForce(ctx) is var (attacker, attacked) && attacker.Country != exclude && attacked.Country != exclude
                ? [attacker with { Span = PairSpan(ctx, phraseStart, phraseEnd), Mention = null }, attacked with { Span = PairSpan(ctx, phraseStart, phraseEnd), Mention = null }]
                : null;
        }

        int end = PairPhraseAt(ctx, phraseStart);
        var span = TextSpan.FromBounds(ctx.Document.Tokens[phraseStart].Start, ctx.Document.Tokens[Math.Max(phraseStart, end - 1)].Span.End);
        bool states = false;
        for (int q = phraseStart; q < end; q++)
        {
            states |= StatePairNouns.Contains(ctx.Document.Slice(ctx.Document.Tokens[q].Span).ToString());
        }

        var parties = new List<EventActor>(2);
        foreach (int m in found)
        {
            var (actor, country, agent) = ctx.Map.Codes(m);
            // A member named only as a place or adjective ("an Indian jet") stands for its state.
            parties.Add(states || actor is null ? new EventActor(span, null, country, country, null) : new EventActor(span, null, actor, country, agent));
        }

        return parties;
    }

    /// <summary>
    /// "Armenia and Azerbaijan traded accusations … Turkey pledged support for Azerbaijan. Russia urged both sides to …":
    /// the two sides are the states of the latest earlier exchange, two states the coder found acting on each other
    /// (both directions of one act), not whichever two states the nearest sentence names. Null when no earlier sentence
    /// of the document has one, or when it involves <paramref name="exclude"/>.
    /// </summary>
    private static List<EventActor>? ExchangeAntecedent(Context ctx, int phraseStart, int phraseEnd, string? exclude)
    {
        if (phraseEnd <= phraseStart || LatestExchange(ctx, hostile: false) is not var (first, second))
        {
            return null;
        }

        if (first.Country == exclude || second.Country == exclude)
        {
            return null;
        }

        var span = TextSpan.FromBounds(ctx.Document.Tokens[phraseStart].Start, ctx.Document.Tokens[phraseEnd - 1].Span.End);
        bool states = false;
        for (int q = phraseStart; q < phraseEnd; q++)
        {
            states |= StatePairNouns.Contains(ctx.Document.Slice(ctx.Document.Tokens[q].Span).ToString());
        }

        return states
            ? [new EventActor(span, null, first.Country, first.Country, null), new EventActor(span, null, second.Country, second.Country, null)]
            : [new EventActor(span, null, first.Actor ?? first.Country, first.Country, first.Agent), new EventActor(span, null, second.Actor ?? second.Country, second.Country, second.Agent)];
    }

    /// <summary>
    /// The latest two states of an earlier sentence of the document that the coder found acting on each other (both
    /// directions of one act; with <paramref name="hostile"/>, a conflict), ordered as the first act named them; or null.
    /// </summary>
    private static (EventActor First, EventActor Second)? LatestExchange(Context ctx, bool hostile)
    {
        if (ctx.Coded is not { } coded)
        {
            return null;
        }

        for (int i = coded.Count - 1; i >= ctx.CodedFrom; i--)
        {
            var e = coded[i];
            if (e.Sentence >= ctx.Sentence || e.Negated || e.Hypothetical || !IsStateCode(e.Source.Country) || !IsStateCode(e.Target.Country)
                || e.Source.Country == e.Target.Country || hostile && e.QuadClass < 3)
            {
                continue;
            }

            for (int j = i - 1; j >= ctx.CodedFrom && coded[j].Sentence == e.Sentence; j--)
            {
                if (coded[j].Source.Country == e.Target.Country && coded[j].Target.Country == e.Source.Country && !coded[j].Negated)
                {
                    return (e.Target, e.Source);
                }
            }
        }

        return null;
    }

    private static TextSpan PairSpan(Context ctx, int phraseStart, int phraseEnd) =>
        TextSpan.FromBounds(ctx.Document.Tokens[phraseStart].Start, ctx.Document.Tokens[Math.Max(phraseStart, phraseEnd - 1)].Span.End);

    /// <summary>The two states of the latest act of force (CAMEO 18–20) one made on the other in an earlier sentence, or null.</summary>
    private static (EventActor Attacker, EventActor Attacked)? LatestForce(Context ctx)
    {
        if (ctx.Coded is not { } coded)
        {
            return null;
        }

        for (int i = coded.Count - 1; i >= ctx.CodedFrom; i--)
        {
            var e = coded[i];
            if (e.Sentence < ctx.Sentence && !e.Negated && !e.Hypothetical && IsStateCode(e.Source.Country) && IsStateCode(e.Target.Country)
                && e.Source.Country != e.Target.Country && IsAttack(e.Cameo))
            {
                return (e.Source, e.Target);
            }
        }

        return null;
    }

    /// <summary>An unnamed press audience ("reporters", "foreign journalists", "the press"), not a named outlet's staff.</summary>
    private static bool IsPressAudience(Context ctx, int mention)
    {
        var d = ctx.Document;
        int last = ctx.Map.EndToken[mention] - 1;
        if (!PressNouns.Contains(Word(d, last)))
        {
            return false;
        }

        for (int q = ctx.Map.StartToken[mention]; q <= last; q++)
        {
            if (d.Tokens[q].Has(TokenTraits.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStateCode(string? country) => country is { Length: 3 } && country != "IGO";

    /// <summary>
    /// TABARI's roles for a verb whose pattern left a slot open. <paramref name="expandSource"/> and
    /// <paramref name="expandTarget"/> say whether a coordination around the actor found still counts as a compound:
    /// an actor found on the wrong side of the verb stands alone.
    /// </summary>
    private void FirstActorRoles(Context ctx, VerbMatch verb, ref int source, ref int target, out bool expandSource, out bool expandTarget)
    {
        expandSource = expandTarget = true;
        bool designated = source >= 0 || target >= 0;
        if (source < 0)
        {
            source = FirstActor(ctx, ConjoinedClauseStart(ctx, verb.Start), verb.Start, target);
            if (source < 0)
            {
                source = FirstActor(ctx, ctx.First, verb.Start, target);
            }

            if (source < 0)
            {
                if (_options.DefaultSource is not null && _options.DefaultSourcePrior)
                {
                    source = DefaultActor;
                }
                else
                {
                    source = FirstActor(ctx, verb.End, ctx.End, target);
                    expandSource = false;
                }
            }
        }

        if (target < 0)
        {
            int from = source >= 0 && ctx.Map.StartToken[source] >= verb.End ? ctx.Map.EndToken[source] : verb.End;
            target = FirstActor(ctx, from, ctx.End, source, otherCompound: expandSource);
            if (target < 0 && !(_options.DefaultTarget is not null && _options.DefaultTargetAfter))
            {
                // Before the verb, its own conjoined clause first: "… and then it requested that Elrond assist".
                int clause = ConjoinedClause(ctx, verb.Start).Start;
                target = clause > ctx.First ? FirstActor(ctx, clause, verb.Start, source) : -1;
                if (target < 0)
                {
                    target = FirstActor(ctx, ctx.First, verb.Start, source);
                }

                expandTarget = false;
            }
        }

        if (source < 0 && _options.DefaultSource is not null)
        {
            source = DefaultActor;
        }

        if (target < 0 && _options.DefaultTarget is not null)
        {
            target = DefaultActor;
        }

        // Passive voice: WAS, WERE or BEEN one or two words before the verb and BY right after it.
        if (!designated && (IsBy(ctx, verb.End) || IsBy(ctx, verb.End + 1) && ctx.Map.Covering[verb.End] < 0)
            && (IsAuxiliary(ctx, verb.Start - 1) || IsAuxiliary(ctx, verb.Start - 2)))
        {
            (source, target) = (target, source);
            (expandSource, expandTarget) = (expandTarget, expandSource);
        }
    }

    private static bool IsBy(Context ctx, int token) => token < ctx.End && Word(ctx.Document, token) == "by";

    private static bool IsAuxiliary(Context ctx, int token) =>
        token >= ctx.First && Word(ctx.Document, token) is "was" or "were" or "been";

    /// <summary>The first actor in [from, to) whose code differs from <paramref name="other"/>'s (and its compound's), or -1.</summary>
    private static int FirstActor(Context ctx, int from, int to, int other, bool otherCompound = false)
    {
        List<string?>? otherKeys = other < 0 ? null : otherCompound ? Coordinated(ctx, other).ConvertAll(o => KeyOf(ctx, o)) : [KeyOf(ctx, other)];
        for (int q = Math.Max(from, ctx.First); q < to && q < ctx.End; q++)
        {
            if (ctx.Map.StartsAt[q] is int m and >= 0 && ctx.Map.Actor(m) && !ctx.IsHidden(q))
            {
                if (m != other && (otherKeys is null || !otherKeys.Contains(KeyOf(ctx, m))))
                {
                    return m;
                }

                q = ctx.Map.EndToken[m] - 1;
            }
        }

        return -1;
    }

    private static string? KeyOf(Context ctx, int mention)
    {
        var (actor, country, _) = ctx.Map.Codes(mention);
        return actor ?? country;
    }

    /// <summary>
    /// Where the verb's conjoined clause starts when it opens with its own actor ("… and Gondor asked him"); otherwise
    /// the sentence start: a conjoined clause keeps the sentence's source.
    /// </summary>
    private int ConjoinedClauseStart(Context ctx, int verbStart)
    {
        var (start, opensWithActor) = ConjoinedClause(ctx, verbStart);
        return opensWithActor ? start : ctx.First;
    }

    /// <summary>
    /// The conjoined clause of a verb (TABARI's clauses of a compound sentence): it starts after the last AND, BUT, OR or
    /// NOR before the verb that joins neither two actors ("Gondor and Rohan") nor two adjectives ("easy or pleasant
    /// place"); else at the sentence start. Also says whether the clause opens with an actor.
    /// </summary>
    private (int Start, bool OpensWithActor) ConjoinedClause(Context ctx, int verbStart)
    {
        for (int q = verbStart - 1; q > ctx.First; q--)
        {
            var w = Word(ctx.Document, q);
            if (w is not ("and" or "but" or "or" or "nor") || ctx.IsHidden(q))
            {
                continue;
            }

            int next = q + 1;
            while (next < verbStart && Determiners.Contains(Word(ctx.Document, next)))
            {
                next++;
            }

            bool opensWithActor = next < verbStart && ctx.Map.StartsAt[next] is int m and >= 0 && ctx.Map.Actor(m);
            bool joinsActors = w != "but" && opensWithActor && ctx.Map.Covering[q - 1] is int left and >= 0 && ctx.Map.Actor(left);
            bool joinsAdjectives = q + 2 < ctx.End && IsPlainLowerWord(ctx, q - 1) && IsPlainLowerWord(ctx, q + 1) && IsPlainLowerWord(ctx, q + 2)
                && !IsVerbForm(ctx, q - 1) && !IsVerbForm(ctx, q + 1);
            if (!joinsActors && !joinsAdjectives)
            {
                return (q + 1, opensWithActor);
            }
        }

        return (ctx.First, false);
    }

    // Outside TABARI's reading, a verb within a few words after "and", "but", "then" or "while" starts a new clause.
    private bool StartsNewClause(Context ctx, int verbStart, int doneClause) =>
        _options.FirstActorSearch ? ConjoinedClause(ctx, verbStart).Start > doneClause : AfterCoordinator(ctx.Document, ctx.First, verbStart);

    private static bool IsReciprocal(string code) => (code.StartsWith("03", StringComparison.Ordinal) || code.StartsWith("04", StringComparison.Ordinal)
        || code.StartsWith("05", StringComparison.Ordinal) || code.StartsWith("06", StringComparison.Ordinal)) && !IsOneWayCooperation(code);

    /// <summary>
    /// Cooperative acts that coordinated actors do together toward a third party, not to each other: "Egypt and Qatar
    /// sent mediators to broker a truce", "Japan and Korea praised …", "… visited Kabul", "… pledged aid".
    /// </summary>
    private static bool IsOneWayCooperation(string code) =>
        code.StartsWith("033", StringComparison.Ordinal) || code.StartsWith("034", StringComparison.Ordinal)
        || code is "038" or "039" or "042" or "043" or "045" or "051" or "052" or "053" or "054" or "055" or "056";

    private void Add(Context ctx, int source, int target, string code, string? date, DateSource dateSource, EventLocation? location, bool negated, bool hypothetical, TextSpan verb, Evidence evidence, HashSet<(string?, string?, string)> seen, List<Event> output, List<EventActor>? parties = null)
    {
        if (source == target && source >= 0)
        {
            return;
        }

        var src = source == DefaultActor ? new EventActor(verb, null, _options.DefaultSource, null, null) : source <= PartyBase ? parties![PartyBase - source] : ActorOf(ctx, source);
        var tgt = target == DefaultActor ? new EventActor(verb, null, _options.DefaultTarget, null, null) : target <= PartyBase ? parties![PartyBase - target] : ActorOf(ctx, target);

        // "shelled Kyiv": a foreign force against a capital strikes the city and its state, not the government the
        // capital stands for in words (at home, "farmers would blockade Paris" still faces the government).
        if (IsForce(code) && target >= 0 && tgt.Country is { } struck && struck != "IGO" && src.Country != struck
            && ctx.Document.Mentions[ctx.Map.Resolve(target)].Evidence.Rule.EndsWith(".capital.government", StringComparison.Ordinal))
        {
            tgt = tgt with { Actor = struck, Agent = null };
        }
        var srcKey = src.Actor ?? src.Country;
        var tgtKey = tgt.Actor ?? tgt.Country;
        if (srcKey is null || tgtKey is null || string.Equals(srcKey, tgtKey, StringComparison.Ordinal))
        {
            return;
        }

        // "Trump attacked Biden for …": one politician attacking another by name attacks in words (111), not with
        // force; people who fight are named as groups, forces or states.
        if (code == "190" && source >= 0 && target >= 0 && ctx.Document.Mentions[source].Kind == MentionKind.Person
            && ctx.Document.Mentions[target].Kind == MentionKind.Person && src.Agent is null or "GOV" or "LEG" or "OPP" or "PTY"
            && ctx.Document.Slice(verb).StartsWith("attack", StringComparison.OrdinalIgnoreCase))
        {
            code = "111";
        }

        if (!seen.Add((srcKey, tgtKey, code + (negated ? "!" : string.Empty))))
        {
            return;
        }

        var info = CameoCatalog.Find(code);
        output.Add(new Event(
            ctx.Sentence,
            src,
            tgt,
            code,
            info?.Plover,
            info?.Goldstein ?? 0,
            info?.QuadClass ?? 0,
            date,
            dateSource,
            location,
            negated,
            hypothetical,
            verb,
            evidence));
    }

    private static EventActor ActorOf(Context ctx, int mention)
    {
        var m = ctx.Document.Mentions[mention];
        var (actor, country, agent) = ctx.Map.Codes(mention);
        if (actor is null && m.Kind == MentionKind.Location && country is not null and not "IGO")
        {
            // A state named as a place that a pattern made the target ("struck targets in Syria") acts as the state;
            // so does a state's adjective that the coder took as a role ("alleged Iranian involvement").
            actor = country;
        }

        return new EventActor(m.Span, mention, actor, country, agent);
    }

    /// <summary>
    /// The non-restrictive relative clause (", which|who|whom …") the verb stands in: the actor before its comma, the
    /// pronoun's token and the comma that closes it (or the sentence end); (-1, -1, -1) when the verb is not in one.
    /// </summary>
    private static (int Antecedent, int Pronoun, int Close) RelativeClause(Context ctx, int verbStart)
    {
        for (int r = verbStart - 1; r > ctx.First + 1 && r >= verbStart - 12; r--)
        {
            var w = Word(ctx.Document, r);
            if (w is "," or ";" or ":" or "—" or "–" or "that" or "whose" or "where" or "when")
            {
                break;
            }

            if (w is not ("which" or "who" or "whom"))
            {
                continue;
            }

            if (Word(ctx.Document, r - 1) != "," || ctx.Map.Covering[r - 2] is not (int m and >= 0) || !ctx.Map.Actor(m) || ctx.Map.TargetOnlyActor(m))
            {
                break;
            }

            int close = verbStart;
            while (close < ctx.End && Word(ctx.Document, close) is not ("," or ";" or ":" or "—" or "–"))
            {
                close++;
            }

            return (m, r, close);
        }

        return (-1, -1, -1);
    }

    /// <summary>
    /// "The United States, which Venezuela accuses of meddling, warned Iran", "Turkey, a NATO member, criticized Greece":
    /// a verb right after a comma that closes a relative clause (", which|who|whose|whom …,") or an appositive
    /// (", a|an|the …,") has the actor before the opening comma as its subject. Returns -1 for any other shape.
    /// </summary>
    private static int InterruptedSubject(Context ctx, int verbStart)
    {
        int q = verbStart - 1;
        while (q >= ctx.First && ctx.Map.Covering[q] < 0 && Word(ctx.Document, q) is var w
            && IsAuxiliaryOrAdverb(ctx.Document, q, w))
        {
            q--;
        }

        if (q <= ctx.First || Word(ctx.Document, q) != ",")
        {
            return -1;
        }

        bool nearest = true;
        for (int p = q - 1; p > ctx.First && p >= q - 30; p--)
        {
            var w = Word(ctx.Document, p);
            if (w is ";" or ":" or "—" or "–" or "(")
            {
                return -1;
            }

            if (w != ",")
            {
                continue;
            }

            var next = Word(ctx.Document, p + 1);
            // A relative clause may hold a list ("which borders Syria, Iraq and Iran,"); an appositive is one stretch.
            if (next is "which" or "who" or "whose" or "whom" || nearest && next is "a" or "an" or "the")
            {
                return ctx.Map.Covering[p - 1] is int m and >= 0 && ctx.Map.Actor(m) && !ctx.Map.TargetOnlyActor(m) ? m : -1;
            }

            nearest = false;
        }

        return -1;
    }

    /// <summary>The nearest mention left of the verb that reads as a subject (not the object of a preposition or verb).</summary>
    private int NearestSubject(Context ctx, int verbStart, int exclude, bool allowRight)
    {
        int c = ctx.Clause[Math.Min(verbStart, ctx.End - 1)];
        if (InterruptedSubject(ctx, verbStart) is int head and >= 0 && head != exclude)
        {
            return head;
        }

        int fallback = -1;
        for (int q = verbStart - 1; q >= ctx.First; q--)
        {
            if (!_options.SourceAcrossClauses && ctx.Clause[q] != c)
            {
                break;
            }

            // "Austria, which is not a NATO member, said …": what a relative clause between commas names is no subject.
            if (!_options.FirstActorSearch && RelativeBetweenCommas(ctx, q) is int open)
            {
                q = open;
                continue;
            }

            if (ctx.Map.Covering[q] is not (int m and >= 0))
            {
                continue;
            }

            if (!ctx.Map.Actor(m))
            {
                // "…, a Western diplomat told Reuters": a person or body the dictionaries cannot code, right before the
                // verb, is still its subject; an actor further back is not.
                if (UncodedSubject(ctx, m, verbStart))
                {
                    return -1;
                }

                continue;
            }

            int start = ctx.Map.StartToken[m];
            if (ctx.Map.TargetOnlyActor(m))
            {
                q = start;
                continue;
            }

            if (m != exclude && (!IsObjectLike(ctx, start) || IsComplementSubject(ctx, m, verbStart) || SubordinateSubject(ctx, m, verbStart))
                && !IsPossessorOfNext(ctx, m))
            {
                return m;
            }

            if (m != exclude && fallback < 0 && ctx.Clause[q] == c && !IsObjectLike(ctx, start))
            {
                fallback = m;
            }

            q = start;
        }

        if (fallback >= 0)
        {
            return fallback;
        }

        if (NominalOwner(ctx, verbStart) is int owner && owner != exclude)
        {
            return owner;
        }

        if (allowRight)
        {
            for (int q = verbStart; q < ctx.End; q++)
            {
                if (ctx.Map.StartsAt[q] is int m and >= 0 && ctx.Map.Actor(m) && m != exclude && !IsObjectLike(ctx, q) && !ctx.Map.TargetOnlyActor(m))
                {
                    return m;
                }
            }
        }

        return -1;
    }

    /// <summary>The token before the verb at <paramref name="verbStart"/> past its auxiliaries, negations and adverbs.</summary>
    private static int BeforeAuxiliaries(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        int k = verbStart - 1;
        while (k > ctx.First && IsAuxiliaryOrAdverb(d, k, Word(d, k)))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// When <paramref name="verbStart"/> opens a relative clause with "that" or "which" right before it (auxiliaries and
    /// adverbs between) after a lower-case noun: the actor that modifies the noun ("the US airstrike that killed …",
    /// "Iran's missile attack that hit …"), or -1 for a thing with none ("a deal that did not protect …"); with "who",
    /// the person or group named right before it; null otherwise.
    /// </summary>
    private static int? RelativeThatSubject(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        int k = BeforeAuxiliaries(ctx, verbStart);

        if (k <= ctx.First + 1 || d.Slice(d.Tokens[k].Span) is not ("that" or "which" or "who"))
        {
            return null;
        }

        int noun = k - 1;

        // "thousands of protesters who accused the government": a person or group named right before "who".
        if (d.Slice(d.Tokens[k].Span) is "who")
        {
            return ctx.Map.Covering[noun] is int person and >= 0 && ctx.Map.Actor(person) ? person : null;
        }

        if (d.Tokens[noun].Kind != TokenKind.Word || d.Tokens[noun].Has(TokenTraits.Capitalized) || ctx.Map.Covering[noun] >= 0
            || Prepositions.Contains(Word(d, noun)) || SpeechVerbs.Contains(d.Slice(d.Tokens[noun].Span)) || IsVerbLike(d, noun))
        {
            return null;
        }

        // Back over the noun's lower-case modifiers to an actor or a possessive one.
        for (int q = noun - 1, words = 0; q >= ctx.First && words < 3; q--, words++)
        {
            if (IsPossessive(Word(d, q)) && q > ctx.First && ctx.Map.Covering[q - 1] is int owner and >= 0)
            {
                return ctx.Map.Actor(owner) ? owner : -1;
            }

            if (ctx.Map.Covering[q] is int m and >= 0)
            {
                return ctx.Map.Actor(m) ? m : -1;
            }

            if (d.Tokens[q].Kind != TokenKind.Word || d.Tokens[q].Has(TokenTraits.Capitalized) || Determiners.Contains(Word(d, q)) || Prepositions.Contains(Word(d, q)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The verb of saying before a subject pronoun of the verb at <paramref name="verbStart"/> ("said it would not expel",
    /// "said they had agreed"), auxiliaries, negations and adverbs between; null otherwise.
    /// </summary>
    private static int? PronounAfterSpeech(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        int k = BeforeAuxiliaries(ctx, verbStart);

        if (k - 1 <= ctx.First || d.Slice(d.Tokens[k].Span) is not ("it" or "he" or "she" or "they" or "we") || ctx.Map.Covering[k] >= 0)
        {
            return null;
        }

        int cue = d.Slice(d.Tokens[k - 1].Span) is "that" ? k - 2 : k - 1;
        return cue > ctx.First && ReportingVerbs.Contains(d.Slice(d.Tokens[cue].Span)) ? cue : null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CausativeVerbs = MentionMap.Lookup(
        "incite incites incited inciting force forces forced forcing allow allows allowed allowing encourage encourages "
        + "encouraged encouraging persuade persuades persuaded persuading order orders ordered ordering instruct instructed "
        + "authorize authorized authorise authorised permit permitted enable enabled help helped prompt prompted push pushed "
        + "pushing pressure pressured pressuring pressed compel compelled provoke provoked provoking");

    /// <summary>
    /// "inciting other countries to attack China", "forced Iran to halt enrichment": the object of a verb that makes
    /// someone act is the subject of the infinitive after it: that actor, or -1 when it has none ("other countries");
    /// null when the infinitive does not follow such an object.
    /// </summary>
    private static int? InfinitiveOfObject(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        if (verbStart - 3 < ctx.First || d.Slice(d.Tokens[verbStart - 1].Span) is not "to")
        {
            return null;
        }

        int k = verbStart - 2;
        if (ctx.Map.Covering[k] is int m and >= 0)
        {
            int before = WordBefore(ctx, m);
            return before >= ctx.First && CausativeVerbs.Contains(d.Slice(d.Tokens[before].Span)) ? (ctx.Map.Actor(m) ? m : -1) : null;
        }

        // A lower-case object, adjectives before it.
        for (int q = k, words = 0; q > ctx.First && words < 3; q--, words++)
        {
            if (d.Tokens[q].Kind != TokenKind.Word || d.Tokens[q].Has(TokenTraits.Capitalized) || ctx.Map.Covering[q] >= 0)
            {
                return null;
            }

            if (CausativeVerbs.Contains(d.Slice(d.Tokens[q - 1].Span)))
            {
                return q < k || !IsVerbLike(d, k) ? -1 : null;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeThat = MentionMap.Lookup(
        "is was are were be so such now and but say says believe believes think thinks know knows show shows mean means hope hopes "
        + "fear fears claim claims insist insists warn warns argue argues note notes");

    /// <summary>A word that reads as a verb before "that" ("said that", "warned that", "believes that"): no noun.</summary>
    private static bool IsVerbLike(Document d, int token)
    {
        var w = d.Slice(d.Tokens[token].Span);
        return w.EndsWith("ed", StringComparison.Ordinal) || BeforeThat.Contains(w);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportedPresent = MentionMap.Lookup(
        "is are will would can could should may might must remains seems appears wants plans intends hopes needs");

    /// <summary>
    /// "Trump said Iran 'appears to be standing down' and announced new sanctions": a past verb after "and" that follows
    /// a reported clause in the present or with a modal is the speaker's second act, not the reported subject's. A
    /// reported clause in the perfect ("said Iran has attacked tankers and seized …") may share its auxiliary with the
    /// conjunct, so it does not count. The speaker is the subject of the verb of saying.
    /// </summary>
    private int? SpeakerOfConjunct(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        if (verbStart - 2 <= ctx.First || d.Slice(d.Tokens[verbStart - 1].Span) is not "and")
        {
            return null;
        }

        if (!IsPastForm(d.Slice(d.Tokens[verbStart].Span)))
        {
            return null;
        }

        for (int s = verbStart - 2; s > ctx.First; s--)
        {
            var w = d.Slice(d.Tokens[s].Span);
            if (w is ";" || d.Tokens[s].Kind == TokenKind.Punctuation && w is "." or "?" or "!")
            {
                return null;
            }

            if (!ReportingVerbs.Contains(w))
            {
                continue;
            }

            // The reported clause's subject: an actor, then (past a closing quote or adverbs) a present or modal verb.
            // "said in a televised address on Wednesday that Iran …": after "that", when a few words lead to it.
            int q = s + 1;
            for (int k = s + 1; k < verbStart && k <= s + 12; k++)
            {
                if (d.Slice(d.Tokens[k].Span) is "that")
                {
                    q = k + 1;
                    break;
                }
            }

            while (q < verbStart && d.Tokens[q].Kind == TokenKind.Quote)
            {
                q++;
            }

            // "said no Americans were harmed and announced sanctions": a subject denied by "no" does not go on to act.
            bool denied = q < verbStart && d.Slice(d.Tokens[q].Span) is "no";
            while (q < verbStart && Determiners.Contains(Word(d, q)) || denied && q < verbStart && d.Slice(d.Tokens[q].Span) is "no")
            {
                q++;
            }

            if (q >= verbStart || ctx.Map.StartsAt[q] is not (int reported and >= 0) || !ctx.Map.Actor(reported))
            {
                return null;
            }

            int after = ctx.Map.EndToken[reported];
            while (after < verbStart && (d.Tokens[after].Kind == TokenKind.Quote || IsAdverb(d, after)))
            {
                after++;
            }

            if (after >= verbStart || !denied && !ReportedPresent.Contains(d.Slice(d.Tokens[after].Span)))
            {
                return null;
            }

            int speaker = NearestSubject(ctx, s, reported, allowRight: false);
            return speaker >= 0 && ctx.Map.Actor(speaker) ? speaker : null;
        }

        return null;
    }

    /// <summary>
    /// The actor a non-finite verb belongs to when it is not the clause's subject: the object of a verb of blame, praise
    /// or warning before "of"/"for"/"against" and a gerund ("accused Pyongyang of supplying shells", "thanked Japan for
    /// sending aid", "warned Pyongyang against supplying weapons"),
    /// or the possessor of a noun of decision or intent before "to" ("China's decision to lift tariffs").
    /// </summary>
    private static int? ClauseOwner(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        int q = verbStart - 1;
        if (q - 1 <= ctx.First)
        {
            return null;
        }

        var form = d.Slice(d.Tokens[verbStart].Span);
        var link = Word(d, q);
        if (link is "of" or "for" or "against" && form.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            if (ctx.Map.Covering[q - 1] is not (int m and >= 0) || !ctx.Map.Actor(m) || ctx.Map.TargetOnlyActor(m))
            {
                return null;
            }

            int before = WordBefore(ctx, m);
            return before >= ctx.First && BlameVerbs.Contains(d.Slice(d.Tokens[before].Span)) ? m : null;
        }

        if (link is "to" && IntentNouns.Contains(d.Slice(d.Tokens[q - 1].Span)) && q - 3 >= ctx.First
            && IsPossessive(Word(d, q - 2)) && ctx.Map.Covering[q - 3] is int possessor and >= 0 && ctx.Map.Actor(possessor))
        {
            return possessor;
        }

        return null;
    }

    /// <summary>
    /// "a day after Washington imposed sanctions": after a preposition that also opens clauses, an actor right before the
    /// verb (auxiliaries and adverbs between) is the subject of that clause, not the preposition's object.
    /// </summary>
    private static bool SubordinateSubject(Context ctx, int m, int verbStart)
    {
        int before = WordBefore(ctx, m);
        return before >= ctx.First && Subordinators.Contains(ctx.Document.Slice(ctx.Document.Tokens[before].Span)) && RightBefore(ctx, m, verbStart);
    }

    /// <summary>
    /// Whether mention <paramref name="m"/>, which has no codes, names a person, group or organization that ends right
    /// before the verb (auxiliaries and adverbs between) and is not the object of a preposition or verb.
    /// </summary>
    private bool UncodedSubject(Context ctx, int m, int verbStart)
    {
        // An unresolved pronoun ("a deal it brokered") still lets the search go on to its likely antecedent.
        var mention = ctx.Document.Mentions[m];
        if (mention.Kind is not (MentionKind.Person or MentionKind.Group or MentionKind.Organization)
            || ctx.Map.EndToken[m] - ctx.Map.StartToken[m] == 1 && Pronouns.Contains(ctx.Document.Slice(ctx.Document.Tokens[ctx.Map.StartToken[m]].Span)))
        {
            return false;
        }

        return RightBefore(ctx, m, verbStart) && !IsObjectLike(ctx, ctx.Map.StartToken[m]) && !IsPossessorOfNext(ctx, m);
    }

    /// <summary>Whether only auxiliaries, negations and adverbs stand between mention <paramref name="m"/> and the verb.</summary>
    private static bool RightBefore(Context ctx, int m, int verbStart)
    {
        for (int k = ctx.Map.EndToken[m]; k < verbStart; k++)
        {
            if (!IsAuxiliaryOrAdverb(ctx.Document, k, Word(ctx.Document, k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The token before mention <paramref name="m"/>, past its determiners ("urged the" → "urged").</summary>
    private static int WordBefore(Context ctx, int m)
    {
        int before = ctx.Map.StartToken[m] - 1;
        while (before > ctx.First && Determiners.Contains(Word(ctx.Document, before)))
        {
            before--;
        }

        return before;
    }

    /// <summary>What may stand between a subject and its verb: an auxiliary, a negation or an adverb ("has not yet").</summary>
    private static bool IsAuxiliaryOrAdverb(Document document, int token, string word) =>
        SkipBetween.Contains(word) || Modals.Contains(word) || Negators.Contains(word) || BeForms.Contains(word)
        || word is "have" or "has" or "had" or "will" or "do" or "does" or "did" || IsAdverb(document, token);

    /// <summary>
    /// "Bolton claims Trump asked Xi for help": an actor right after a verb of saying or believing, and right before the
    /// event verb (auxiliaries and adverbs between), is the subject of a clause without "that", not the saying verb's object.
    /// </summary>
    private static bool IsComplementSubject(Context ctx, int m, int verbStart)
    {
        var d = ctx.Document;
        int q = ctx.Map.StartToken[m] - 1;
        if (q < ctx.First || !ComplementVerbs.Contains(Word(d, q)))
        {
            return false;
        }

        return RightBefore(ctx, m, verbStart);
    }

    /// <summary>
    /// "The move by Russia was criticized by NATO", "The decision of China angered India": a clause-initial "the
    /// &lt;noun&gt; by|of &lt;actor&gt;" right before the verb stands for the actor, as "Russia's move" does.
    /// </summary>
    private static int? NominalOwner(Context ctx, int verbStart)
    {
        var d = ctx.Document;
        int q = verbStart - 1;
        while (q > ctx.First && (BeForms.Contains(Word(d, q)) || Word(d, q) is "have" or "has" or "had" || IsAdverb(d, q)))
        {
            q--;
        }

        if (q <= ctx.First || ctx.Map.Covering[q] is not (int m and >= 0) || !ctx.Map.Actor(m) || ctx.Map.TargetOnlyActor(m))
        {
            return null;
        }

        int p = ctx.Map.StartToken[m] - 1;
        while (p > ctx.First && Determiners.Contains(Word(d, p)))
        {
            p--;
        }

        bool clauseStart = p - 2 == ctx.First || p - 2 > ctx.First && Word(d, p - 3) is "," or ";" or ":";
        return p - 2 >= ctx.First && Word(d, p) is "by" or "of" && Determiners.Contains(Word(d, p - 2)) && clauseStart
            && d.Tokens[p - 1].Kind == TokenKind.Word && ctx.Map.Covering[p - 1] < 0 && !IsAdverb(d, p - 1)
            ? m
            : null;
    }

    // "South Korea ’s proposal": the possessor is not the subject of a later verb unless the head noun is a mention too.
    private static bool IsPossessorOfNext(Context ctx, int m)
    {
        int after = ctx.Map.EndToken[m];
        return after < ctx.End && IsPossessive(Word(ctx.Document, after)) && !(after + 1 < ctx.End && ctx.Map.StartsAt[after + 1] >= 0);
    }

    private bool IsObjectLike(Context ctx, int mentionStart)
    {
        int q = mentionStart - 1;
        // "ordered 60 Russian diplomats": numbers count as determiners.
        while (q >= ctx.First && (Determiners.Contains(Word(ctx.Document, q)) || ctx.Document.Tokens[q].Kind == TokenKind.Number))
        {
            q--;
        }

        // "in south Ithilen", "with the affected villages": look past up to two plain words for a preposition.
        for (int k = q, steps = 0; k > ctx.First && steps < 2 && IsPlainLowerWord(ctx, k) && !IsVerbForm(ctx, k); k--, steps++)
        {
            if (Prepositions.Contains(Word(ctx.Document, k - 1)))
            {
                return true;
            }
        }

        if (q < ctx.First)
        {
            return false;
        }

        var w = Word(ctx.Document, q);
        if (Prepositions.Contains(w) || ctx.Document.Tokens[q].Kind == TokenKind.Symbol || IsHyphen(ctx.Document, q))
        {
            return true;
        }

        // Directly after a dictionary verb form: its object.
        return IsVerbForm(ctx, q);
    }

    private bool IsObjectOfVerb(Context ctx, int nounStart)
    {
        int q = nounStart - 1;
        for (int steps = 0; q >= ctx.First && steps < 4 && (Determiners.Contains(Word(ctx.Document, q))
            || IsPlainLowerWord(ctx, q) && !IsVerbForm(ctx, q) && !IsGerundBeforeDeterminer(ctx, q)); steps++)
        {
            q--;
        }

        return q >= ctx.First && (IsVerbForm(ctx, q) || IsGerundBeforeDeterminer(ctx, q));
    }

    /// <summary>
    /// "for inciting the deadly attack on the Capitol", "accused of ordering the strike": a gerund the dictionaries do not
    /// list, right before a determiner, takes the noun as its object.
    /// </summary>
    private static bool IsGerundBeforeDeterminer(Context ctx, int q)
    {
        var d = ctx.Document;
        if (q + 1 >= ctx.End || !Determiners.Contains(Word(d, q + 1)) || d.Tokens[q].Kind != TokenKind.Word || d.Tokens[q].Has(TokenTraits.Capitalized)
            || ctx.Map.Covering[q] >= 0)
        {
            return false;
        }

        var word = d.Slice(d.Tokens[q].Span);
        return word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !Prepositions.Contains(Word(d, q));
    }

    /// <summary>CAMEO 17–20: coercion, assault, fighting, mass violence.</summary>
    private static bool IsForce(string? code) =>
        code is { Length: >= 2 } && ((code[0] == '1' && code[1] is '7' or '8' or '9') || (code[0] == '2' && code[1] == '0'));

    /// <summary>Whether the noun at <paramref name="nounStart"/> heads a phrase after a preposition other than "by" (articles and modifiers between).</summary>
    private bool InPrepositionalPhrase(Context ctx, int nounStart)
    {
        int q = nounStart - 1;
        for (int steps = 0; q >= ctx.First && steps < 3; steps++, q--)
        {
            var word = Word(ctx.Document, q);
            if (Prepositions.Contains(word))
            {
                return word is not "by";
            }

            if (!Determiners.Contains(word) && !(IsPlainLowerWord(ctx, q) && !IsVerbForm(ctx, q)))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsVerbForm(Context ctx, int q) =>
        ctx.Document.Tokens[q].Kind == TokenKind.Word && _dictionary.Forms.LongestMatch(ctx.Document.Text, CollectionsMarshal.AsSpan(ctx.Document.Tokens)[..ctx.End], q, out _) == 1;

    private int Possessor(Context ctx, int nounStart)
    {
        for (int q = nounStart - 1, steps = 0; q >= ctx.First && steps < 4; q--, steps++)
        {
            if (ctx.Map.Covering[q] is int m and >= 0 && ctx.Map.Actor(m))
            {
                var w = Word(ctx.Document, q);
                // "his summit", "Japan ’s proposal" (the clitic is outside the mention), "Japanese proposal".
                return w is "his" or "her" or "its" or "their" || ctx.Document.Mentions[m].Kind == MentionKind.Country || steps == 0 ? m : -1;
            }

            var word = Word(ctx.Document, q);
            if (IsPossessive(word) && q - 1 >= ctx.First && ctx.Map.Covering[q - 1] is int owner and >= 0 && ctx.Map.Actor(owner))
            {
                return owner;
            }

            // A possessor sits inside the noun phrase: not before an article, a verb or punctuation.
            if (Prepositions.Contains(word) || word is "the" or "a" or "an" || ctx.Document.Tokens[q].Kind == TokenKind.Punctuation || IsVerbForm(ctx, q))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"its new embassy", "their forces": a possessive determiner opens the noun at <paramref name="nounStart"/>.</summary>
    private static bool OwnedNoun(Context ctx, int from, int nounStart)
    {
        for (int q = nounStart - 1; q >= from && q >= nounStart - 3; q--)
        {
            if (Word(ctx.Document, q) is "its" or "their" or "his" or "her")
            {
                return true;
            }

            if (!IsPlainLowerWord(ctx, q))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A place of a state other than <paramref name="own"/> right after "in" at <paramref name="at"/> ("in Jerusalem"), or -1.</summary>
    private static int PlaceAfterIn(Context ctx, int at, string own)
    {
        int q = at + 1;
        while (q < ctx.End && (Determiners.Contains(Word(ctx.Document, q)) || IsDirection(ctx, q)))
        {
            q++;
        }

        return at < ctx.End && q < ctx.End && Word(ctx.Document, at) is "in" && ctx.Map.StartsAt[q] is int m and >= 0
            && ctx.Document.Mentions[m].Kind == MentionKind.Location && IsStateCode(ctx.Document.Mentions[m].Country) && ctx.Document.Mentions[m].Country != own
            ? m
            : -1;
    }

    /// <summary>A state named before "border" after a preposition: "on the Belarusian border", "at the Turkish frontier".</summary>
    private static bool OnBorderOf(Context ctx, int mention)
    {
        int end = ctx.Map.EndToken[mention];
        if (end >= ctx.End || !BorderNouns.Contains(Word(ctx.Document, end)))
        {
            return false;
        }

        int before = ctx.Map.StartToken[mention] - 1;
        while (before > ctx.First && Determiners.Contains(Word(ctx.Document, before)))
        {
            before--;
        }

        return before >= ctx.First && BorderPrepositions.Contains(Word(ctx.Document, before));
    }

    /// <summary>Armed or criminal groups that strike their own state ("Afghan rebels … exploded bombs in the capital Kabul").</summary>
    private static bool IsInsurgent(string? agent) => agent is "REB" or "INS" or "SEP" or "UAF" or "CRM";

    private static bool IsAttack(string code) =>
        code.Length >= 2 && (code[0] == '1' && code[1] is '8' or '9' || code[0] == '2' && code[1] == '0');

    /// <summary>
    /// The place an attack is made on when its clause names no actor (<paramref name="unknownPlace"/>: a place without a
    /// state found instead, or -2 for any other place): "shelled Kharkiv", "fired on the town of Terter",
    /// "shelled residential areas in Kharkiv", "killed ten civilians in Mariupol" (not "struck in Kabul", which only says
    /// where). Only a place of a state other than the attacker's (an <paramref name="insurgent"/>'s own state too),
    /// within a few words of the verb, before any actor; -1 otherwise.
    /// </summary>
    private static int AttackedPlace(Context ctx, int verbEnd, int limit, string attacker, bool insurgent, out int unknownPlace)
    {
        unknownPlace = -1;
        if (verbEnd >= ctx.End || !IsStateCode(attacker))
        {
            return -1;
        }

        if (ctx.Attribution is int attribution && attribution >= verbEnd)
        {
            limit = Math.Min(limit, attribution);
        }

        int c = ctx.Clause[verbEnd - 1];
        for (int q = verbEnd; q < ctx.End && q < limit && q < verbEnd + 8 && ctx.Clause[q] == c; q++)
        {
            if (q > verbEnd && (CoordinatedVerbAt(ctx, q) || NewClauseAt(ctx, q) || ClauseAfterSubordinator(ctx, q)))
            {
                return -1;
            }

            if (ctx.Map.StartsAt[q] is not (int m and >= 0))
            {
                continue;
            }

            if (ctx.Map.Actor(m))
            {
                return -1;
            }

            var mention = ctx.Document.Mentions[m];
            if (mention.Kind == MentionKind.Location)
            {
                // "struck in Kabul": a place right after the verb and its preposition says where, not what was struck.
                int before = q - 1;
                while (before > verbEnd && (Determiners.Contains(Word(ctx.Document, before)) || IsDirection(ctx, before)))
                {
                    before--;
                }

                bool whereOnly = before == verbEnd && LocationPrepositions.Contains(Word(ctx.Document, before));
                // A place of the attacker's own state, or one merely where it happened, is reported too: no other state is struck there.
                unknownPlace = !whereOnly && mention.Country is null ? m : -2;

                return !whereOnly && IsStateCode(mention.Country) && (mention.Country != attacker || insurgent) ? m : -1;
            }

            q = ctx.Map.EndToken[m] - 1;
        }

        return -1;
    }

    /// <summary>The first actor after the verb in its clause, skipping places ("in Germany").</summary>
    private static int FirstObject(Context ctx, int verbEnd, int limit = int.MaxValue, bool goods = false)
    {
        if (verbEnd >= ctx.End)
        {
            return -1;
        }

        int c = ctx.Clause[verbEnd - 1];

        // "North Korea fired missiles, South Korea's military said.": the attribution names no object.
        if (ctx.Attribution is int attribution && attribution >= verbEnd)
        {
            limit = Math.Min(limit, attribution);
        }

        for (int q = verbEnd; q < ctx.End && q < limit && ctx.Clause[q] == c; q++)
        {
            // "condemned the seizure and summoned the ambassador": the next coordinated verb has its own object.
            if (q > verbEnd && CoordinatedVerbAt(ctx, q))
            {
                return -1;
            }

            // "test-fired two missiles, and Seoul said …": a new clause with its own subject.
            if (q > verbEnd && NewClauseAt(ctx, q))
            {
                return -1;
            }

            // "condemned the strikes as a violation of Yemen's sovereignty": what follows "as" describes the object.
            if (q > verbEnd && ctx.Document.Slice(ctx.Document.Tokens[q].Span) is "as" && ctx.Document.Slice(ctx.Document.Tokens[q - 1].Span) is not ("such" or "well")
                && !(q + 1 < ctx.End && ctx.Document.Slice(ctx.Document.Tokens[q + 1].Span) is "well"))
            {
                return -1;
            }

            // "fired a missile hours before Yoon arrived in Tokyo": a clause opened by "before" or "after" has its own
            // subject, which is no object of this verb.
            if (q > verbEnd && ClauseAfterSubordinator(ctx, q))
            {
                return -1;
            }

            // 'told the public via Twitter, "Jeremy Corbyn wants …"': whom a quotation after a comma or colon names is
            // not the verb's object (a quoted phrase right after the verb still is: 'thanked "the police"').
            if (q > verbEnd && ctx.Document.Slice(ctx.Document.Tokens[q].Span) is "\"" or "“" or "”"
                && ctx.Document.Slice(ctx.Document.Tokens[q - 1].Span) is "," or ":")
            {
                return -1;
            }

            // "detained more than 1,700 people protesting against Russia's invasion": a participle after an uncoded
            // object of people describes them; the actors it names are not the verb's object.
            if (q > verbEnd && ctx.Map.Covering[q - 1] < 0 && PeopleNouns.Contains(Word(ctx.Document, q - 1))
                && ctx.Document.Tokens[q].Kind == TokenKind.Word && !ctx.Document.Tokens[q].Has(TokenTraits.Capitalized)
                && ctx.Document.Slice(ctx.Document.Tokens[q].Span).EndsWith("ing", StringComparison.Ordinal) && ctx.Map.Covering[q] < 0)
            {
                return -1;
            }

            // "told reporters he would halt exercises with South Korea": a person or group the dictionaries cannot code,
            // right after the verb, is its object; an actor further on is not.
            if (ctx.Map.StartsAt[q] is int u and >= 0 && !ctx.Map.Actor(u) && ctx.Document.Mentions[u].Kind is MentionKind.Person or MentionKind.Group
                && OnlyDeterminersBetween(ctx, verbEnd, q))
            {
                return -1;
            }

            if (ctx.Map.StartsAt[q] is int m and >= 0 && ctx.Map.Actor(m))
            {
                // "struck what New Delhi described as a militant camp": the describer is no object.
                if (q > verbEnd && ctx.Document.Slice(ctx.Document.Tokens[q - 1].Span) is "what" && ctx.Map.EndToken[m] < ctx.End
                    && ctx.Document.Slice(ctx.Document.Tokens[ctx.Map.EndToken[m]].Span) is "described" or "called" or "termed" or "branded" or "labelled" or "labeled" or "claimed" or "said" or "says" or "calls" or "describes")
                {
                    q = ctx.Map.EndToken[m];
                    continue;
                }

                if (ctx.Map.ModifiesThing(m) && !NearObject(ctx, verbEnd, q, goods))
                {
                    q = ctx.Map.EndToken[m] - 1;
                    continue;
                }

                int before = q - 1;
                while (before >= verbEnd && Determiners.Contains(Word(ctx.Document, before)))
                {
                    before--;
                }

                if (before >= verbEnd && LocationPrepositions.Contains(Word(ctx.Document, before)))
                {
                    q = ctx.Map.EndToken[m] - 1;
                    continue;
                }

                return m;
            }
        }

        return -1;
    }

    private static bool OnlyDeterminersBetween(Context ctx, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!Determiners.Contains(Word(ctx.Document, k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The "to" of an infinitive of purpose after <paramref name="from"/> ("… to prepare a summit"), if any in the clause.</summary>
    private static int? PurposeClause(Context ctx, int from)
    {
        var d = ctx.Document;
        for (int q = from; q + 2 < ctx.End && ctx.Clause[q] == ctx.Clause[from]; q++)
        {
            if (Word(d, q) == "to" && d.Tokens[q + 1].Kind == TokenKind.Word && !d.Tokens[q + 1].Has(TokenTraits.Capitalized)
                && ctx.Map.StartsAt[q + 1] < 0 && ctx.Map.StartsAt[q + 2] < 0 && !Determiners.Contains(Word(d, q + 1)))
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>
    /// "Hezbollah said the attack showed …": a noun that opens the clause reported after a verb of saying is not the
    /// sayer's act.
    /// </summary>
    private static bool AfterSpeechVerb(Context ctx, int nounStart)
    {
        var d = ctx.Document;
        int q = nounStart - 1;
        while (q > ctx.First && (Determiners.Contains(Word(d, q)) || IsPlainLowerWord(ctx, q) && q == nounStart - 1 && !SpeechVerbs.Contains(d.Slice(d.Tokens[q].Span))))
        {
            q--;
        }

        if (q > ctx.First && Word(d, q) is "that")
        {
            q--;
        }

        return q >= ctx.First && SpeechVerbs.Contains(d.Slice(d.Tokens[q].Span));
    }

    /// <summary>The mention that starts right after token <paramref name="q"/> (past determiners), or -1.</summary>
    private static int MentionAfter(Context ctx, int q)
    {
        int p = q + 1;
        while (p < ctx.End && Determiners.Contains(Word(ctx.Document, p)))
        {
            p++;
        }

        return p < ctx.End ? ctx.Map.StartsAt[p] : -1;
    }

    /// <summary>Token <paramref name="q"/> is the "and" or "but" of ", and"/", but" before an actor that a verb follows.</summary>
    private static bool NewClauseAt(Context ctx, int q)
    {
        var d = ctx.Document;
        if (q < 1 || d.Slice(d.Tokens[q].Span) is not ("and" or "but") || d.Slice(d.Tokens[q - 1].Span) is not ",")
        {
            return false;
        }

        // The subject: a mention, maybe after numbers, determiners and modifiers ("and five European members urged …").
        for (int p = q + 1, steps = 0; p < ctx.End && steps < 5; steps++)
        {
            if (ctx.Map.StartsAt[p] is int m and >= 0)
            {
                if (StartsClauseVerb(ctx, ctx.Map.EndToken[m]))
                {
                    return true;
                }

                p = ctx.Map.EndToken[m];
                continue;
            }

            if (!(d.Tokens[p].Kind == TokenKind.Number || Determiners.Contains(Word(d, p)) || IsPlainLowerWord(ctx, p)))
            {
                return false;
            }

            p++;
        }

        return false;
    }

    /// <summary>Whether a verb of the sentence, a verb of saying or an auxiliary stands at <paramref name="after"/>.</summary>
    private static bool StartsClauseVerb(Context ctx, int after)
    {
        var d = ctx.Document;
        if (after >= ctx.End)
        {
            return false;
        }

        var next = d.Slice(d.Tokens[after].Span);
        if (SpeechVerbs.Contains(next) || IsAuxiliaryOrAdverb(d, after, Word(d, after)))
        {
            return true;
        }

        foreach (var v in ctx.Verbs ?? [])
        {
            if (v.Start == after && !v.Form.Noun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Token <paramref name="q"/> is "after", "before", "since" or "until" opening a clause: an actor, then a verb.</summary>
    private static bool ClauseAfterSubordinator(Context ctx, int q)
    {
        var d = ctx.Document;
        if (!Subordinators.Contains(d.Slice(d.Tokens[q].Span)) || ctx.Verbs is not { } verbs)
        {
            return false;
        }

        if (MentionAfter(ctx, q) is not (int m and >= 0))
        {
            return false;
        }

        foreach (var v in verbs)
        {
            if (v.Start >= ctx.Map.EndToken[m] && SubordinateSubject(ctx, m, v.Start))
            {
                return true;
            }
        }

        // "a day after U.S. House Speaker Nancy Pelosi left Taipei", "after the U.S. envoy left": a finite verb no pattern
        // codes opens the clause too (past the head noun of the actor's phrase).
        int k = ctx.Map.EndToken[m];
        for (int nouns = 0; nouns < 2 && k < ctx.End && d.Tokens[k].Kind == TokenKind.Word && !d.Tokens[k].Has(TokenTraits.Capitalized)
            && !LooksFinite(d.Slice(d.Tokens[k].Span)) && !IsAuxiliaryOrAdverb(d, k, Word(d, k)) && !Prepositions.Contains(Word(d, k)) && Word(d, k) is not ("and" or "or"); nouns++)
        {
            k++;
        }

        while (k < ctx.End && IsAuxiliaryOrAdverb(d, k, Word(d, k)) && Word(d, k) is not ("has" or "had" or "have" or "was" or "were" or "is" or "are"))
        {
            k++;
        }

        if (k >= ctx.End || d.Tokens[k].Kind != TokenKind.Word || d.Tokens[k].Has(TokenTraits.Capitalized))
        {
            return false;
        }

        return LooksFinite(d.Slice(d.Tokens[k].Span));
    }

    private static bool LooksFinite(ReadOnlySpan<char> w) => IsPastForm(w) || w is "has" or "had" or "have" or "was" or "were" or "is" or "are";

    /// <summary>
    /// A past form: regular ("announced"), an irregular past from the inflector's table ("said", "met"), or one that reads
    /// as a lemma or a modifier elsewhere but is a past after a subject ("left", "cut", "put", "set", "hit").
    /// </summary>
    private static bool IsPastForm(ReadOnlySpan<char> w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || Inflector.IsIrregularPast(w) || w is "left" or "cut" or "put" or "set" or "hit";

    /// <summary>The opening comma of ", which/who … ," when token <paramref name="close"/> is its closing comma; otherwise null.</summary>
    private static int? RelativeBetweenCommas(Context ctx, int close)
    {
        var d = ctx.Document;
        if (d.Slice(d.Tokens[close].Span) is not ",")
        {
            return null;
        }

        for (int k = close - 1; k > ctx.First && close - k <= 15; k--)
        {
            var w = d.Slice(d.Tokens[k].Span);
            if (w is "," or ";" or "\"" or "“" or "”")
            {
                return w is "," && k + 1 < close && d.Slice(d.Tokens[k + 1].Span) is "which" or "who" or "whose" ? k : null;
            }
        }

        return null;
    }

    /// <summary>Whether token <paramref name="q"/> is "and", "but" or a comma right before another verb of the sentence.</summary>
    private static bool CoordinatedVerbAt(Context ctx, int q)
    {
        var word = ctx.Document.Slice(ctx.Document.Tokens[q].Span);
        if (ctx.Verbs is not { } verbs || word is not ("and" or "but" or ","))
        {
            return false;
        }

        // "condemned the bombing and said it had occurred in an area under U.S. control": a verb of saying the
        // dictionaries do not code still opens the subject's next act.
        if (word is not "," && q + 1 < ctx.End && ReportVerbs.Contains(ctx.Document.Slice(ctx.Document.Tokens[q + 1].Span)))
        {
            return true;
        }

        foreach (var v in verbs)
        {
            if (!v.Form.Noun && (v.Start == q + 1 || v.Start == q + 2 && IsAdverb(ctx.Document, q + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The comma that opens a sentence-final attribution (", officials in Tokyo said.", ", the ministry said on
    /// Monday."): a speech verb at most 8 tokens after the comma and at most 5 before the sentence's end; or null.
    /// </summary>
    private static int? TrailingAttribution(Context ctx)
    {
        for (int c = ctx.End - 1; c > ctx.First && ctx.End - c <= 12; c--)
        {
            if (ctx.Document.Tokens[c].Kind != TokenKind.Punctuation || !ctx.Document.Slice(ctx.Document.Tokens[c].Span).SequenceEqual(","))
            {
                continue;
            }

            for (int v = c + 2; v < ctx.End && v - c <= 8; v++)
            {
                if (AttributionVerbs.Contains(Word(ctx.Document, v)) && ctx.End - v <= 6)
                {
                    return c;
                }
            }

            return null;
        }

        return null;
    }

    // All of them are in Prepositions, so Word() knows them.
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.OrdinalIgnoreCase) { "on", "against", "at", "into", "to", "toward", "towards", "upon", "over" };

    /// <summary>
    /// "attacked a Saudi oil field", "imposed sanctions on Venezuelan oil": a country adjective is the verb's target only
    /// in its object (articles, numbers and plain words, at most one preposition of aim), not "by Saudi agents".
    /// A sanction's goods may stand further on, after an amount or a quantity ("raised tariffs on $200 billion worth of
    /// Chinese goods", "banned imports of Iranian oil"): with <paramref name="goods"/>, "of" and currency signs pass too.
    /// </summary>
    private static bool NearObject(Context ctx, int verbEnd, int at, bool goods = false)
    {
        if (at - verbEnd > (goods ? 10 : 6))
        {
            return false;
        }

        for (int q = verbEnd; q < at; q++)
        {
            var w = Word(ctx.Document, q);
            if (!(Determiners.Contains(w) || ObjectPrepositions.Contains(w) || ctx.Document.Tokens[q].Kind == TokenKind.Number
                || IsPlainLowerWord(ctx, q) && !Prepositions.Contains(w)
                || goods && (w == "of" || ctx.Document.Slice(ctx.Document.Tokens[q].Span) is "$" or "€" or "£")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A comment's target is what it is about: "expressed concern that South Korea's offer ..." comments on South Korea.
    /// The first actor of a "that" clause right after the verb's own clause, or -1.
    /// </summary>
    private static int ThatClauseSubject(Context ctx, int verbEnd)
    {
        if (verbEnd >= ctx.End)
        {
            return -1;
        }

        int c = ctx.Clause[verbEnd - 1];
        for (int q = verbEnd; q < ctx.End && q < verbEnd + 6; q++)
        {
            if (ctx.Clause[q] != c)
            {
                return Word(ctx.Document, q) == "that" ? FirstObject(ctx, q + 1) : -1;
            }

            if (ctx.Map.StartsAt[q] >= 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The mentions coordinated with <paramref name="mention"/> ("Japan, China and South Korea").</summary>
    private static List<int> Coordinated(Context ctx, int mention)
    {
        // Walk left to the first member, then right collecting members.
        int head = mention;
        while (true)
        {
            int q = ctx.Map.StartToken[head] - 1;

            // "Russia's Putin and Turkey's Erdogan": a member may carry its possessor when the member before it does too
            // ("Gondor and Arnor's Elrond" may be both states' Elrond).
            if (PossessorOf(ctx, head) is int owner and >= 0 && ctx.Map.StartToken[owner] - 1 is int and2 && and2 > ctx.First
                && Coordinators.Contains(Word(ctx.Document, and2)) && ctx.Map.Covering[and2 - 1] is int left and >= 0 && PossessorOf(ctx, left) >= 0)
            {
                q = and2;
            }

            // "Saudi Arabia and the United States": the right member may carry a determiner.
            if (q > ctx.First && Determiners.Contains(Word(ctx.Document, q)))
            {
                q--;
            }

            if (q < ctx.First)
            {
                break;
            }

            var w = Word(ctx.Document, q);
            int asWellAs = q - 2 >= ctx.First && IsAsWellAs(ctx.Document, q - 2) ? q - 2 : -1;
            if (!(Coordinators.Contains(w) || w == "," || asWellAs >= 0))
            {
                break;
            }

            int prev = asWellAs >= 0 ? asWellAs - 1 : q - 1;
            if (prev >= ctx.First && Word(ctx.Document, prev) == "," && Coordinators.Contains(w))
            {
                prev--;
            }

            if (prev < ctx.First || ctx.Map.Covering[prev] is not (int p and >= 0) || !ctx.Map.Actor(p) || p == head)
            {
                break;
            }

            head = p;
        }

        var members = new List<int> { head };
        bool sawAnd = false;
        int current = head;
        while (true)
        {
            int q = ctx.Map.EndToken[current];
            if (q >= ctx.End)
            {
                break;
            }

            var w = Word(ctx.Document, q);
            bool asWellAs = q + 2 < ctx.End && IsAsWellAs(ctx.Document, q);
            bool and = Coordinators.Contains(w) || asWellAs;
            if (!and && w != ",")
            {
                break;
            }

            int next = asWellAs ? q + 3 : q + 1;
            if (!and && next < ctx.End && Coordinators.Contains(Word(ctx.Document, next)))
            {
                and = true;
                next++;
            }

            // "and the evil awful Gondor", "and its ally Russia": a determiner and up to two lower-case words may precede the member.
            bool determiner = next < ctx.End && Determiners.Contains(Word(ctx.Document, next));
            if (determiner)
            {
                next++;
            }

            // Without a determiner a past form is a verb of its own: "praised Russia and criticized Ukraine", "broke off
            // relations with the United States and gave American diplomats 72 hours to leave".
            for (int skip = 0; skip < 2 && next < ctx.End - 1 && ctx.Map.StartsAt[next] < 0 && IsPlainLowerWord(ctx, next)
                && (determiner || !(ctx.Document.Slice(ctx.Document.Tokens[next].Span) is var plain
                    && (plain.EndsWith("ed", StringComparison.Ordinal) || Inflector.IsIrregularPast(plain)))); skip++)
            {
                next++;
            }

            if (next >= ctx.End || ctx.Map.StartsAt[next] is not (int n and >= 0) || !ctx.Map.Actor(n))
            {
                break;
            }

            // "Russia's Putin and Turkey's Erdogan": after a possessed member the next one is the possessed actor too.
            int owned = ctx.Map.EndToken[n];
            if (and && PossessorOf(ctx, current) >= 0 && owned + 1 < ctx.End && IsPossessive(Word(ctx.Document, owned))
                && ctx.Map.StartsAt[owned + 1] is int possessed and >= 0 && ctx.Map.Actor(possessed))
            {
                n = possessed;
            }

            sawAnd |= and;
            members.Add(n);
            current = n;
            if (and)
            {
                break;
            }
        }

        if (!sawAnd || !members.Contains(mention))
        {
            return [mention];
        }

        return members;
    }

    // "neither Japan …", "neither the European Union …"
    private static bool OpensWithNeither(Context ctx, int mention)
    {
        int lead = ctx.Map.StartToken[mention] - 1;
        if (lead > ctx.First && Determiners.Contains(Word(ctx.Document, lead)))
        {
            lead--;
        }

        return lead >= ctx.First && TokenIs(ctx.Document, lead, "neither");
    }

    // "Japan as well as South Korea": a three-word "and".
    private static bool IsAsWellAs(Document document, int q) =>
        q + 2 < document.Tokens.Count && TokenIs(document, q, "as") && TokenIs(document, q + 1, "well") && TokenIs(document, q + 2, "as");

    /// <summary>The actor right before the mention with a possessive clitic ("Russia" in "Russia's Putin"), or -1.</summary>
    private static int PossessorOf(Context ctx, int mention)
    {
        int q = ctx.Map.StartToken[mention] - 1;
        return q > ctx.First && IsPossessive(Word(ctx.Document, q)) && ctx.Map.Covering[q - 1] is int owner and >= 0 && ctx.Map.Actor(owner) ? owner : -1;
    }

    // "and promised", "and then she asked", "but Dagolath promised": a coordinated clause may code its own event.
    private static bool AfterCoordinator(Document document, int first, int verbStart)
    {
        for (int q = verbStart - 1; q >= first && q >= verbStart - 4; q--)
        {
            var w = Word(document, q);
            if (Coordinators.Contains(w) || w is "but" or "then" or "while")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "smoke from wildfires burning the rainforest in Brazil", "a ship carrying migrants": an -ing form right after a
    /// common noun that names no actor modifies that noun, which is its subject; no actor further left acts. So does a
    /// participle with a preposition after a noun that is itself an object ("in a video statement released in …").
    /// </summary>
    private bool AfterCommonNoun(Context ctx, int verbStart, bool force)
    {
        var d = ctx.Document;
        int q = verbStart - 1;
        var form = d.Slice(d.Tokens[verbStart].Span);
        if (q < ctx.First || ctx.Map.Covering[q] >= 0 || !IsPlainLowerWord(ctx, q) || IsVerbForm(ctx, q) || IsAdverb(d, q))
        {
            return false;
        }

        // "a video statement released in conjunction with a visit": a participle and a preposition after a common noun
        // are a reduced passive clause about that noun.
        if (form.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            int next = verbStart + 1;
            return next < ctx.End && Prepositions.Contains(Word(d, next)) && !NotNouns.Contains(d.Slice(d.Tokens[q].Span))
                && !d.Slice(d.Tokens[q].Span).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && InObjectPhrase(ctx, q);
        }

        if (!form.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Iran launched missiles targeting US troops": a weapon acts for whoever fired it, when it strikes ("ships
        // heading to Israel" are no one's visit).
        var before = d.Slice(d.Tokens[q].Span);
        if (before.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || NotNouns.Contains(before) || force && Weapons.Contains(before))
        {
            return false;
        }

        // "The PKK issued a declaration demanding …": a text speaks for whoever issued it, when that is the clause's act.
        return !(Texts.Contains(before) && IssuedBySubject(ctx, q));
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="noun"/> follows a preposition or a verb ("in a video statement"), so it
    /// is no clause's subject ("his campaign called for …" is).
    /// </summary>
    private bool InObjectPhrase(Context ctx, int noun)
    {
        var d = ctx.Document;
        for (int k = noun - 1, steps = 0; k >= ctx.First && steps < 5; k--, steps++)
        {
            if (ctx.Map.Covering[k] >= 0)
            {
                return false;
            }

            if (Prepositions.Contains(Word(d, k)) || IsVerbForm(ctx, k))
            {
                return true;
            }

            if (!(Determiners.Contains(Word(d, k)) || IsPlainLowerWord(ctx, k) || d.Tokens[k].Kind == TokenKind.Number))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The noun at <paramref name="noun"/> is the object of a verb ("issued a declaration"), adjectives between.</summary>
    private bool IssuedBySubject(Context ctx, int noun)
    {
        var d = ctx.Document;
        for (int k = noun - 1, steps = 0; k >= ctx.First && steps < 4; k--, steps++)
        {
            if (ctx.Map.Covering[k] >= 0)
            {
                return false;
            }

            var w = d.Slice(d.Tokens[k].Span);
            if (IsVerbForm(ctx, k) || IsPlainLowerWord(ctx, k) && w.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || IssueVerbs.Contains(w))
            {
                return true;
            }

            if (!(Determiners.Contains(Word(d, k)) || IsPlainLowerWord(ctx, k)))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsPlainLowerWord(Context ctx, int token)
    {
        var t = ctx.Document.Tokens[token];
        return t.Kind == TokenKind.Word && (t.Traits & TokenTraits.Capitalized) == 0 && Word(ctx.Document, token).Length == 0;
    }

    private static (string? Date, DateSource Source) DateOf(Context ctx, VerbMatch verb, List<VerbMatch> verbs)
    {
        int c = ctx.Clause[verb.Start];
        int best = -1;
        int bestDistance = int.MaxValue;
        var timexes = ctx.Document.Timexes;
        for (int i = 0; i < timexes.Count; i++)
        {
            var x = timexes[i];
            if (x.Sentence != ctx.Sentence || x.Type is not (TimexType.Date or TimexType.Time) || !IsDateValue(x.Value))
            {
                continue;
            }

            int token = ctx.Map.TokenAt(x.Span.Start);
            if (token < ctx.First || token >= ctx.End || ctx.Clause[token] != c)
            {
                continue;
            }

            // "to build the pipeline by 2025", "sanctions in force until June", "allies since 1949": a deadline or a
            // span's bound, not the day the act took place.
            if (token > ctx.First && ctx.Document.Slice(ctx.Document.Tokens[token - 1].Span) is "by" or "until" or "till" or "since"
                || ctx.Document.Slice(ctx.Document.Tokens[token].Span) is "since" or "until" or "Since" or "Until")
            {
                continue;
            }

            // "accused Seoul of failing to act on a 1965 treaty", "criticized the March 2 decision": a time between an
            // article or possessive and a noun dates the noun, not the act.
            if (ModifiesNoun(ctx, token, x.Span.End, verb.Start))
            {
                continue;
            }

            int distance = Distance(ctx, verb, token);
            // A time expression belongs to the verb nearest to it: "seeking talks over nationals abducted in the 1970s";
            // a comma puts it farther: "attacked the towns on Saturday, killing hundreds" dates the attack.
            // A participle after its clause's verb shares that verb's time: "On Saturday, Iran acknowledged …, blaming
            // human error", "in September 2020, addressed the conflict in mediating the accords".
            // So does a verb coordinated with it under a time that opens the sentence: "Last week a car bomb killed five
            // and wounded 110".
            bool closer = false;
            bool participle = ctx.Document.Slice(ctx.Document.Tokens[verb.Start].Span).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            bool coordinated = verb.Start > ctx.First && Word(ctx.Document, verb.Start - 1) is "and" or "but" && !VerbBefore(ctx, token);
            // The same holds for a time after the previous verb of a conjunct that is a verb too: "visited Washington last
            // month and met Blinken", "raided the city on Thursday, killing three" (not "the assassination of Soleimani in
            // January and demanded", where the time dates a noun).
            int shared = SharedConjunctVerb(ctx, verb, verbs, token, participle);
            foreach (var other in verbs)
            {
                // "were killed in an Israeli airstrike on Tuesday": the attack the passive act happened in is that act.
                if (verb.Passive && other.Form.Noun && other.Start > verb.Start && other.Start <= verb.End + 6 && verb.End < ctx.End
                    && Word(ctx.Document, verb.End) is "in" or "during" && AttackNouns.Contains(Word(ctx.Document, other.End - 1)))
                {
                    continue;
                }

                // "pounded the Gaza Strip with airstrikes on Monday": the force an act of force is made with is that act.
                if (!verb.Form.Noun && other.Form.Noun && IsAttack(verb.Code ?? string.Empty) && IsAttack(other.Code ?? string.Empty)
                    && other.Start > verb.End && other.Start <= verb.End + 8 && Word(ctx.Document, FirstBeforeDeterminers(ctx, other.Start)) is "with")
                {
                    continue;
                }

                closer |= other.Start != verb.Start && Distance(ctx, other, token) < distance && ctx.Clause[other.Start] == c
                    && !((participle || coordinated) && other.Start < verb.Start && token < other.Start)
                    && other.Start != shared;
            }

            if (!closer && distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        if (best < 0)
        {
            best = LedeDate(ctx, verb);
        }

        if (best >= 0)
        {
            var value = timexes[best].Value;
            int t = value.IndexOf('T', StringComparison.Ordinal);
            return (t > 0 ? value[..t] : value, DateSource.Timex);
        }

        return (ctx.Document.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DateSource.Publication);
    }

    /// <summary>Words after a time that show it modifies no noun ("in the 1970s and 1980s").</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounStoppers = MentionMap.Lookup(
        "and or but when as to with in on at for of by that which who after before during until since the a an was were is are had has will would");

    /// <summary>
    /// Whether the time at <paramref name="token"/> (ending at character <paramref name="end"/>) stands between a
    /// determiner or possessive and a lower-case noun other than the event's own (<paramref name="verbStart"/>: "the
    /// December 31 attack"), outside a phrase of time ("during a 2018 trip", "at the 2019 summit").
    /// </summary>
    private static bool ModifiesNoun(Context ctx, int token, int end, int verbStart)
    {
        var d = ctx.Document;
        if (token <= ctx.First || !(Determiners.Contains(Word(d, token - 1)) || IsPossessive(Word(d, token - 1)))
            || token - 2 >= ctx.First && d.Slice(d.Tokens[token - 2].Span) is "during" or "at" or "During" or "At")
        {
            return false;
        }

        int next = ctx.Map.TokenAt(end);
        while (next < ctx.End && d.Tokens[next].Span.Start < end)
        {
            next++;
        }

        return next < ctx.End && next != verbStart && d.Tokens[next].Kind == TokenKind.Word && !d.Tokens[next].Has(TokenTraits.Capitalized)
            && !NounStoppers.Contains(d.Slice(d.Tokens[next].Span));
    }

    /// <summary>
    /// The start of the verb right before <paramref name="verb"/> when <paramref name="verb"/> continues its clause
    /// ("and met", ", killing") and the time at <paramref name="token"/> sits between them after a verb, not a noun;
    /// otherwise -1.
    /// </summary>
    private static int SharedConjunctVerb(Context ctx, VerbMatch verb, List<VerbMatch> verbs, int token, bool participle)
    {
        if (verb.Form.Noun || verb.Start <= ctx.First || token >= verb.Start)
        {
            return -1;
        }

        var link = Word(ctx.Document, verb.Start - 1);
        if (!(link is "and" || participle && link is ","))
        {
            return -1;
        }

        VerbMatch? previous = null;
        foreach (var other in verbs)
        {
            if (other.Start < verb.Start && other.Start != verb.Start && (previous is not { } p || other.Start > p.Start))
            {
                previous = other;
            }
        }

        return previous is { } prev && !prev.Form.Noun && prev.End <= token && ctx.Clause[prev.Start] == ctx.Clause[verb.Start] ? prev.Start : -1;
    }

    private static int Distance(Context ctx, VerbMatch verb, int token)
    {
        int from = token >= verb.End ? verb.End : token;
        int to = token >= verb.End ? token : verb.Start;
        int distance = to - from;
        for (int q = from; q < to; q++)
        {
            // A comma puts a time expression farther; so does "and"/"but" before a verb, whose conjunct starts after
            // it: "… involved in the assassination of Soleimani in January and demanded …" dates the assassination.
            // A time opening the sentence before any verb ("Last week a car bomb killed five and wounded 110") covers
            // both conjuncts.
            var word = ctx.Document.Slice(ctx.Document.Tokens[q].Span);
            if (word is "," || (token < verb.Start && word is "and" or "but" && VerbBefore(ctx, token)))
            {
                return distance + 8;
            }
        }

        return distance;
    }

    /// <summary>A dictionary verb comes before <paramref name="token"/> in the sentence: the time sits inside a conjunct.</summary>
    private static bool VerbBefore(Context ctx, int token)
    {
        if (ctx.Verbs is not { } verbs)
        {
            return true;
        }

        foreach (var v in verbs)
        {
            if (v.Start < token)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Hamas fired rockets at Israel on Monday, and Israel launched airstrikes on Gaza": a past verb opening a clause
    /// of its own after ", and" and its subject, with no time of its own, happened on the day the clause before names
    /// (one day, not after the publication); so does one after "as", "while" or "when". The index of that time
    /// expression, or -1.
    /// </summary>
    private static int LedeDate(Context ctx, VerbMatch verb)
    {
        var d = ctx.Document;
        if (verb.Form.Noun || verb.Start - 1 <= ctx.First || ctx.Map.Covering[verb.Start - 1] is not (int subject and >= 0))
        {
            return -1;
        }

        var form = d.Slice(d.Tokens[verb.Start].Span);
        int and = ctx.Map.StartToken[subject] - 1;
        while (and > ctx.First && Determiners.Contains(Word(d, and)))
        {
            and--;
        }

        // "Israeli troops killed 58 Palestinians on Monday as the United States opened its embassy": a clause of the same
        // time ("as", "while", "when") after the one that names the day.
        bool simultaneous = and > ctx.First && d.Slice(d.Tokens[and].Span) is "as" or "while" or "when";
        if (!(form.EndsWith("ed", StringComparison.Ordinal) || Inflector.IsIrregularPast(form)) || and - 1 <= ctx.First
            || !simultaneous && (Word(d, and) is not "and" || d.Slice(d.Tokens[and - 1].Span) is not ","))
        {
            return -1;
        }

        int found = -1;
        var timexes = d.Timexes;
        for (int i = 0; i < timexes.Count; i++)
        {
            var x = timexes[i];
            if (x.Sentence != ctx.Sentence || x.Type != TimexType.Date || x.Value.Length != 10 || !IsDateValue(x.Value))
            {
                continue;
            }

            int token = ctx.Map.TokenAt(x.Span.Start);
            if (token >= ctx.First && token < (simultaneous ? and : and - 1))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        var publication = d.PublicationDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return found >= 0 && (publication is null || string.CompareOrdinal(timexes[found].Value, publication) <= 0) ? found : -1;
    }

    private static bool IsDateValue(string value) =>
        value.Length >= 3 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]);

    private static EventLocation? LocationOf(Context ctx, VerbMatch verb)
    {
        int c = ctx.Clause[verb.Start];
        EventLocation? before = null;
        EventLocation? later = null;
        for (int q = ctx.First; q < ctx.End - 1; q++)
        {
            if (!LocationPrepositions.Contains(Word(ctx.Document, q)))
            {
                continue;
            }

            // Outside the verb's clause only a named place after the verb counts: "proposed … that officials hold talks at Panmunjom".
            bool sameClause = ctx.Clause[q] == c;
            if (!sameClause && (q < verb.End || later is not null))
            {
                continue;
            }

            int next = q + 1;
            if (Word(ctx.Document, next) == "the" && next + 1 < ctx.End)
            {
                next++;
            }

            if (ctx.Map.StartsAt[next] is not (int m and >= 0))
            {
                continue;
            }

            var mention = ctx.Document.Mentions[m];
            if (mention.Kind is not (MentionKind.Location or MentionKind.Country))
            {
                continue;
            }

            var r = ctx.Document.Mentions[ctx.Map.Resolve(m)];
            var location = new EventLocation(mention.Span, r.Country);
            if (!sameClause)
            {
                if (mention.Kind == MentionKind.Location)
                {
                    later = location;
                }

                continue;
            }

            if (q >= verb.End)
            {
                return location;
            }

            before = location;
        }

        return before ?? later;
    }

    private static bool IsAllCaps(Document document, int first, int end)
    {
        int letters = 0;
        for (int t = first; t < end; t++)
        {
            foreach (char ch in document.Slice(document.Tokens[t].Span))
            {
                if (char.IsLower(ch))
                {
                    return false;
                }

                if (char.IsUpper(ch))
                {
                    letters++;
                }
            }
        }

        return letters > 0;
    }

    /// <summary>
    /// A capitalized verb opening a quotation or a colon's clause ("said: “Stop the war”") is still a verb; one opening
    /// a quoted title inside a noun phrase ("held a Fourth of July “Salute to America”") is a name.
    /// </summary>
    private static bool PrecededByQuoteOrColon(Document document, int first, int t)
    {
        if (Word(document, t - 1) is ":" or "(")
        {
            return true;
        }

        if (document.Tokens[t - 1].Kind != TokenKind.Quote && Word(document, t - 1) is not "\"")
        {
            return false;
        }

        int q = t - 2;
        return q < first || document.Tokens[q].Kind is TokenKind.Punctuation or TokenKind.Quote
            || SpeechVerbs.Contains(document.Slice(document.Tokens[q].Span));
    }

    /// <summary>
    /// "to extradite accused criminals", "release detained activists": a past participle between a verb and its object
    /// describes the object.
    /// </summary>
    private bool ParticipleAfterVerb(Context ctx, int t)
    {
        var d = ctx.Document;
        if (t - 1 < ctx.First || t + 1 >= ctx.End || !d.Slice(d.Tokens[t].Span).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            || !IsPlainLowerWord(ctx, t - 1) || !IsVerbForm(ctx, t - 1) || d.Slice(d.Tokens[t - 1].Span).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The verb before is an infinitive or a gerund ("to extradite", "will free", "releasing"), not a noun ("forces").
        var verb = d.Slice(d.Tokens[t - 1].Span);
        bool verbal = verb.EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || t - 2 >= ctx.First && (Word(d, t - 2) is "to" || Modals.Contains(Word(d, t - 2)) || Word(d, t - 2) is "will");
        return verbal && ctx.Map.Covering[t - 1] < 0 && (ctx.Map.StartsAt[t + 1] >= 0 || IsPlainLowerWord(ctx, t + 1) && !IsVerbForm(ctx, t + 1));
    }

    /// <summary>
    /// "an investigation into alleged misconduct", "following improved relations": a participle after a preposition is an
    /// adjective.
    /// </summary>
    private bool ParticipleAfterPreposition(Context ctx, int t)
    {
        var d = ctx.Document;
        var before = t - 1 >= ctx.First ? d.Slice(d.Tokens[t - 1].Span) : default;
        bool preposition = t - 1 >= ctx.First && (Prepositions.Contains(Word(d, t - 1)) && Word(d, t - 1) is not "to" || before is "following" or "amid" or "amidst");
        return preposition && t + 1 < ctx.End
            && d.Slice(d.Tokens[t].Span).EndsWith("ed", StringComparison.Ordinal) && (d.Tokens[t].Traits & TokenTraits.Capitalized) == 0
            && IsPlainLowerWord(ctx, t + 1) && !IsVerbForm(ctx, t + 1);
    }

    /// <summary>
    /// "a state-funded home", "a Saudi-led coalition": a verb form glued by a hyphen to the word before it is an adjective.
    /// A verb prefix keeps the verb ("re-imposed", "co-sponsored", "counter-attacked").
    /// </summary>
    private static bool InAdjectiveCompound(Document document, int first, int t)
    {
        if (t - 2 < first)
        {
            return false;
        }

        var tokens = document.Tokens;
        var hyphen = tokens[t - 1].Span;
        if (document.Slice(hyphen) is not ("-" or "‐") || hyphen.End != tokens[t].Span.Start || tokens[t - 2].Span.End != hyphen.Start
            || tokens[t - 2].Kind != TokenKind.Word)
        {
            return false;
        }

        return !VerbPrefixes.Contains(document.Slice(tokens[t - 2].Span));
    }

    // "Japan-U.S.-South Korea cooperation": a mention inside a hyphenated compound modifies a noun.
    private static bool IsHyphen(Document document, int token)
    {
        var span = document.Slice(document.Tokens[token].Span);
        return span is "-" or "/" or "‐";
    }

    private static bool IsQuoteMark(Document document, int token) =>
        document.Slice(document.Tokens[token].Span) is "\"" or "“" or "”";

    private static bool IsPossessive(string w) => w is "'s" or "’s" or "'" or "’";

    /// <summary>The token as one of the coder's known words (lower case, interned), or "" for any other word: no allocation.</summary>
    private static string Word(Document document, int token) =>
        KnownWords.TryGetValue(document.Slice(document.Tokens[token].Span), out var known) ? known : string.Empty;

    private static bool IsAdverb(Document document, int token)
    {
        var span = document.Slice(document.Tokens[token].Span);
        return span.Length > 4 && span.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    private static HashSet<string> Words(string list)
    {
        var set = new HashSet<string>(list.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
        foreach (var w in set)
        {
            AllKnown.Add(w);
        }

        return set;
    }

    private readonly record struct Context(Document Document, MentionMap Map, int[] Clause, int First, int End, int Sentence, ulong WordMask)
    {
        /// <summary>Per token: inside an eliminated comma-delimited clause (null when the option is off).</summary>
        public bool[]? Hidden { get; init; }

        public bool IsHidden(int token) => Hidden is not null && Hidden[token];

        /// <summary>The comma that opens the sentence's final attribution (", officials said."), or null.</summary>
        public int? Attribution { get; init; }

        /// <summary>The events coded so far (this document's from <see cref="CodedFrom"/> on), for references to earlier acts.</summary>
        public List<Event>? Coded { get; init; }

        public int CodedFrom { get; init; }

        /// <summary>The sentence's dictionary verbs, once found (for object searches that stop at the next verb).</summary>
        public List<VerbMatch>? Verbs { get; init; }
    }

    private readonly record struct VerbMatch(int Start, int End, VerbEntry Entry, VerbForm Form, string? Code, string? PairedCode, string Label, int Source, int Target, bool Passive)
    {
        /// <summary>The pattern matched words before the verb ("HAS NOT *"): it has already read negation and modality.</summary>
        public bool ContextInPattern { get; init; }

        /// <summary>The token after the last word the pattern matched after the verb (the verb's end without a pattern).</summary>
        public int MatchEnd { get; init; }

        /// <summary>One more than the first token of a "the two countries" phrase a compound slot took; 0 for none.</summary>
        public int PairAt { get; init; }
    }
}
