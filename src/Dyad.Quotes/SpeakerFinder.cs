using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// Finds the speaker of a quote from the cue next to its marks, in the orders news uses:
/// <c>“…,” X said</c>, <c>“…,” said X, a …</c>, <c>“…,” according to X</c>, <c>X said: “…”</c>,
/// <c>X …, saying, “…”</c>. Every scan is bounded, so a paragraph of thousands of quotes stays linear.
/// </summary>
internal static class SpeakerFinder
{
    /// <summary>How far after a closing mark a cue is looked for (<c>” what may be happening …, the official said</c>).</summary>
    private const int TrailingReach = 24;

    /// <summary>How far before an opening mark a cue is looked for (<c>X told reporters on Tuesday: “</c>).</summary>
    private const int LeadingReach = 8;

    /// <summary>The speaker named after a closing mark, in tokens [from, limit).</summary>
    public static SpeakerPhrase? Trailing(TokenView v, int from, int limit, int sentenceFirst, int reach = TrailingReach)
    {
        int t = from;
        while (t < limit && (v.Tokens[t].Kind == TokenKind.Punctuation && (v.Is(t, ',') || v.Is(t, '\u2014') || v.Is(t, '\u2013') || v.Is(t, '-'))))
        {
            t++;
        }

        if (t >= limit || v.IsQuote(t))
        {
            return null;
        }

        // Inverted: "…,” said Kim, a senior official." / "according to Kim".
        if (v.Has(t, WordClass.Cue) && NounPhrases.After(v, t + 1, limit, withApposition: true, out int invertedEnd))
        {
            return new SpeakerPhrase(v.SpanOf(t + 1, invertedEnd), t + 1, invertedEnd, v.WordText(t), t, "quotes.direct.trailing-cue-inverted");
        }

        if (AccordingTo(v, t, limit) is { } according)
        {
            return according with { Rule = "quotes.direct.according-to" };
        }

        // The speaker phrase must start within reach of the mark; its cue may lie a phrase further on.
        int stop = Math.Min(limit, t + reach + NounPhrases.MaxTokens);
        for (int c = t; c < stop; c++)
        {
            if (v.IsQuote(c) || v.Is(c, '.') || v.Is(c, ';') || v.Is(c, '?') || v.Is(c, '!'))
            {
                return null;
            }

            if (v.Is(c, "according") && c - t < reach)
            {
                return AccordingTo(v, c, limit) is { } a ? a with { Rule = "quotes.direct.according-to" } : null;
            }

            if (!v.Has(c, WordClass.Cue) || !v.IsLowerWord(c))
            {
                continue;
            }

            if (c - t > reach + NounPhrases.MaxTokens)
            {
                return null;
            }

            if (c > t && (v.Is(c - 1, "who") || v.Is(c - 1, "which")))
            {
                continue; // "the official, who spoke on condition of anonymity, said": the cue of a relative clause
            }

            if (NounPhrases.Before(v, c, t, sentenceFirst, out int start, out int end) && start - t < reach)
            {
                return new SpeakerPhrase(v.SpanOf(start, end), start, end, v.WordText(c), c, "quotes.direct.trailing-cue");
            }

            return null;
        }

        return null;
    }

    /// <summary><c>according to X</c> (or the common slip <c>according X</c>) at <paramref name="t"/>.</summary>
    public static SpeakerPhrase? AccordingTo(TokenView v, int t, int limit)
    {
        if (t >= limit || !v.Is(t, "according"))
        {
            return null;
        }

        int from = t + 1 < limit && v.Is(t + 1, "to") ? t + 2 : t + 1;
        if (from >= limit || (from == t + 1 && !v.Has(from, WordClass.Determiner)))
        {
            return null;
        }

        if (!NounPhrases.After(v, from, limit, withApposition: true, out int end))
        {
            return null;
        }

        return new SpeakerPhrase(v.SpanOf(from, end), from, end, "according to", t, "quotes.indirect.according-to");
    }

    /// <summary>The speaker named before an opening mark: tokens [windowStart, opener).</summary>
    public static SpeakerPhrase? Leading(TokenView v, int windowStart, int opener, int sentenceFirst)
    {
        // Step over the punctuation (and a "that") between the cue and the mark: "X said: “", "X said that “".
        int e = opener;
        if (e - 1 >= windowStart && v.Is(e - 1, "that"))
        {
            e--;
        }

        while (e - 1 >= windowStart && (v.Is(e - 1, ',') || v.Is(e - 1, ':') || v.Is(e - 1, '\u2014') || v.Is(e - 1, '\u2013')))
        {
            e--;
        }

        bool marked = e < opener;
        if (marked && windowStart == sentenceFirst && e - windowStart >= 2 && v.IsCapitalized(windowStart) && v.Has(windowStart, WordClass.Cue)
            && NounPhrases.After(v, windowStart + 1, e, withApposition: true, out int invertedEnd)
            && (invertedEnd == e || IsNamingTail(v, invertedEnd, e)))
        {
            // Inverted at the head of the sentence: "Remarked the group's director, Jane Doe, “…”".
            return new SpeakerPhrase(v.SpanOf(windowStart + 1, e), windowStart + 1, e, v.WordText(windowStart), windowStart, "quotes.direct.leading-cue-inverted");
        }

        if (marked && v.Is(opener - 1, ':') && windowStart == sentenceFirst && e - windowStart is > 0 and <= 6
            && NounPhrases.Forward(v, windowStart, e) == e && NounPhrases.IsSpeakerLike(v, windowStart, e) && v.IsCapitalized(e - 1))
        {
            // Headline style: "Moon: ‘We will talk’".
            return new SpeakerPhrase(v.SpanOf(windowStart, e), windowStart, e, null, -1, "quotes.direct.colon-speaker");
        }

        for (int c = e - 1; c >= windowStart && e - c <= LeadingReach; c--)
        {
            if (v.IsQuote(c) || v.Is(c, '.') || v.Is(c, ';')
                || (c < e - 1 && v.Has(c, WordClass.ClauseBoundary) && !v.Has(c, WordClass.Preposition) && v.IsLowerWord(c)))
            {
                return null;
            }

            if (v.Is(c, "according") && AccordingTo(v, c, e) is { } according && according.EndToken == e)
            {
                return according with { Rule = "quotes.direct.according-to" };
            }

            var cls = v.Class(c);
            if ((cls & WordClass.Participle) != 0 && v.IsLowerWord(c) && (marked || c == e - 1))
            {
                return ClauseSubject(v, sentenceFirst, c, c) is { } subject ? subject with { Rule = "quotes.direct.participle-cue" } : null;
            }

            // "X proposed: “…”", "X responded: “…”": a past-tense verb right before a colon introduces what was said.
            // A passive or perfect ("had been stabbed: “…”") reports an event, not speech.
            bool colonVerb = c == e - 1 && v.Is(opener - 1, ':') && v.IsLowerWord(c) && v.EndsWith(c, "ed") && v.Word(c).Length > 4
                             && !(c - 1 >= windowStart && v.Has(c - 1, WordClass.Auxiliary));
            if (((cls & WordClass.Cue) == 0 && !colonVerb) || !v.IsLowerWord(c))
            {
                continue;
            }

            int gap = e - c - 1;
            if (!(gap == 0 || marked || ((cls & WordClass.TakesObject) != 0 && gap <= 3) || IsAdjunct(v, c + 1, e)))
            {
                return null;
            }

            if (NounPhrases.Before(v, c, windowStart, sentenceFirst, out int start, out int end))
            {
                return new SpeakerPhrase(v.SpanOf(start, end), start, end, v.WordText(c), c, "quotes.direct.leading-cue");
            }

            if (c - 1 >= windowStart && (v.Is(c - 1, "and") || InfinitiveAfterVerb(v, c, windowStart)))
            {
                // "Erdoğan cited Article 5 and said, “…”", "She went on to say, “…”": the clause's subject speaks.
                int verb = v.Is(c - 1, "and") ? c - 1 : v.Is(c - 2, "on") ? c - 3 : c - 2;
                return ClauseSubject(v, sentenceFirst, verb, c) is { } subject ? subject with { Rule = "quotes.direct.leading-cue" } : null;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// The speaker of a partial quote named by an evaluative verb before it in the same clause:
    /// <c>Brudziński called the stabbing “an act of barbarity”</c>, <c>Biden referred to them as “chumps”</c>.
    /// A passive (<c>was commonly called “swine flu”</c>) names no speaker.
    /// </summary>
    public static SpeakerPhrase? Evaluative(TokenView v, int windowStart, int opener, int sentenceFirst)
    {
        for (int c = opener - 1; c >= windowStart && opener - c <= 12; c--)
        {
            if (v.IsQuote(c) || v.Is(c, '.') || v.Is(c, ';') || v.Is(c, ':'))
            {
                return null;
            }

            if (!v.IsLowerWord(c) || !v.Has(c, WordClass.Evaluative))
            {
                continue;
            }

            int k = c - 1;
            while (k >= windowStart && (v.IsLyAdverb(k) || v.Has(k, WordClass.Adverb)))
            {
                k--;
            }

            if (k >= windowStart && v.IsLowerWord(k) && v.Has(k, WordClass.Auxiliary))
            {
                return null;
            }

            // "Japan protested the decision, calling it “extremely regrettable”": a participle after a comma speaks for
            // its clause's subject.
            if (c - 1 > sentenceFirst && v.Is(c - 1, ',') && v.EndsWith(c, "ing"))
            {
                return ClauseSubject(v, sentenceFirst, c - 1, c) is { } subject ? subject with { Rule = "quotes.partial.evaluative-participle" } : null;
            }

            return NounPhrases.Before(v, c, windowStart, sentenceFirst, out int start, out int end)
                ? new SpeakerPhrase(v.SpanOf(start, end), start, end, v.WordText(c), c, "quotes.partial.evaluative-cue")
                : null;
        }

        return null;
    }

    /// <summary>
    /// A colon after a noun for a text: <c>issued the following statement from the king: “…”</c> (the one it is from),
    /// <c>The ministry released a statement on Friday: “…”</c> (the clause's subject).
    /// </summary>
    public static SpeakerPhrase? StatementColon(TokenView v, int windowStart, int opener, int sentenceFirst)
    {
        if (opener - 1 < windowStart || !v.Is(opener - 1, ':'))
        {
            return null;
        }

        int e = opener - 1;
        for (int c = e - 1; c >= windowStart && e - c <= 12; c--)
        {
            if (v.IsQuote(c) || v.Is(c, '.') || v.Is(c, ';'))
            {
                return null;
            }

            if (!v.IsLowerWord(c) || !v.Has(c, WordClass.StatementNoun))
            {
                continue;
            }

            int f = c + 1;
            if (f + 1 < e && (v.Is(f, "from") || v.Is(f, "by")) && NounPhrases.After(v, f + 1, e, withApposition: true, out int end) && end == e)
            {
                return new SpeakerPhrase(v.SpanOf(f + 1, e), f + 1, e, v.WordText(c), c, "quotes.direct.statement-colon");
            }

            if (f == e || IsAdjunct(v, f, e))
            {
                return ClauseSubject(v, sentenceFirst, c, c) is { } subject ? subject with { Rule = "quotes.direct.statement-colon" } : null;
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// A direct quote after a colon that closes a clause with no verb of saying: its subject, when that names someone,
    /// speaks. <c>Governor John Bel Edwards addressed the public: “…”</c>, <c>Collins saw compromise as the way: “…”</c>.
    /// </summary>
    public static SpeakerPhrase? ColonSubject(TokenView v, int windowStart, int opener, int sentenceFirst)
    {
        if (opener - 1 <= windowStart || !v.Is(opener - 1, ':') || windowStart != sentenceFirst)
        {
            return null;
        }

        for (int c = opener - 2; c >= windowStart; c--)
        {
            if (v.IsQuote(c) || v.Is(c, ';') || v.Is(c, ':'))
            {
                return null;
            }
        }

        if (ClauseSubject(v, sentenceFirst, opener - 1, opener - 1) is not { } subject || subject.FirstToken != sentenceFirst)
        {
            return null;
        }

        // "Fashion designer Mary Quant described …": a job word between a capitalized word and a name is not the verb.
        int after = subject.EndToken;
        if (after + 1 < opener && v.IsLowerWord(after) && v.IsCapitalized(after + 1) && v.IsWord(after + 1)
            && !v.EndsWith(after, "ed") && !v.Is(after, "and") && !v.IsLyAdverb(after) && !v.Has(after, WordClass.Cue))
        {
            return null;
        }

        // Only a subject that names someone: "The rules are simple: “…”" has no speaker.
        for (int t = subject.FirstToken; t < subject.EndToken; t++)
        {
            if (v.Has(t, WordClass.SpeakerNoun | WordClass.Pronoun) || t > subject.FirstToken && v.IsCapitalized(t) && v.IsWord(t)
                || t == subject.FirstToken && v.IsCapitalized(t) && !v.Has(t, WordClass.Determiner | WordClass.Opener))
            {
                return subject with { Rule = "quotes.direct.colon-subject" };
            }
        }

        return null;
    }

    /// <summary>
    /// A quote inside the writer's sentence whose cue stands earlier in it, with words between:
    /// <c>X said the group had been given “assurances …”</c>, <c>X told reporters the talks were “on track”</c>;
    /// after a participle (<c>…, adding that talks “could begin soon”</c>) the speaker is the one named before it in the
    /// sentence, or the clause's subject.
    /// </summary>
    public static SpeakerPhrase? EarlierCue(TokenView v, int sentenceFirst, int opener, SpeakerPhrase? earlierInSentence)
    {
        for (int c = opener - 1; c >= sentenceFirst && opener - c <= 30; c--)
        {
            if (v.IsQuote(c) || v.Is(c, ';') || v.Is(c, ':'))
            {
                return null;
            }

            if (!v.IsLowerWord(c))
            {
                continue;
            }

            var cls = v.Class(c);
            if ((cls & (WordClass.Cue | WordClass.Participle | WordClass.Evaluative)) == 0)
            {
                continue;
            }

            int before = c - 1;
            while (before > sentenceFirst && (v.IsLyAdverb(before) || v.Has(before, WordClass.Adverb)))
            {
                before--;
            }

            if (c > sentenceFirst && (v.Has(before, WordClass.Negating) || IsPassiveBe(v, before)))
            {
                return null; // "declined to say", "did not say": no report; "he was told by X": the speaker is not the subject
            }

            if ((cls & WordClass.Participle) != 0)
            {
                var subject = earlierInSentence ?? ClauseSubject(v, sentenceFirst, c, c);
                return subject is null ? null : subject with { Rule = "quotes.partial.sentence-cue" };
            }

            if (NounPhrases.Before(v, c, sentenceFirst, sentenceFirst, out int start, out int end))
            {
                return new SpeakerPhrase(v.SpanOf(start, end), start, end, v.WordText(c), c, "quotes.partial.sentence-cue");
            }

            // "The group opposed the withdrawal and said it was given “assurances”": the clause's subject speaks.
            return c - 1 > sentenceFirst && v.Is(c - 1, "and") && ClauseSubject(v, sentenceFirst, c - 1, c) is { } coordinated
                ? coordinated with { Rule = "quotes.partial.sentence-cue" }
                : null;
        }

        return null;
    }

    /// <summary>"went on to say", "continued to tell": a cue in an infinitive after a verb of the clause.</summary>
    private static bool InfinitiveAfterVerb(TokenView v, int cue, int windowStart) =>
        cue - 2 >= windowStart && v.Has(cue, WordClass.Cue) && v.Is(cue - 1, "to") && v.IsLowerWord(cue - 2)
        && ((v.Is(cue - 2, "on") && cue - 3 >= windowStart) || v.EndsWith(cue - 2, "ed"));

    private static bool IsPassiveBe(TokenView v, int t) =>
        v.Is(t, "was") || v.Is(t, "were") || v.Is(t, "been") || v.Is(t, "being") || v.Is(t, "is") || v.Is(t, "are") || v.Is(t, "be");

    /// <summary>
    /// Whether tokens [from, to) only go on naming the speaker: an apposition (<c>, Jane Doe</c>) or an affiliation
    /// of capitalized words and prepositions (<c>for Biological Diversity scientist Tierra Curry</c>), with no verb.
    /// </summary>
    private static bool IsNamingTail(TokenView v, int from, int to)
    {
        if (to - from > NounPhrases.MaxTokens)
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            bool verbLike = v.IsLowerWord(k)
                            && (v.Has(k, WordClass.Cue | WordClass.Auxiliary | WordClass.ClauseBoundary | WordClass.Participle)
                                || v.EndsWith(k, "ed") || v.EndsWith(k, "ing"));
            bool naming = v.Is(k, ',') || v.IsPossessive(k) || v.IsWord(k) || v.Tokens[k].Kind == TokenKind.Number;
            if (!naming || verbLike)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short time or place adjunct between a cue and a quote: <c>said on Friday “…”</c>, <c>wrote in a statement “…”</c>.</summary>
    private static bool IsAdjunct(TokenView v, int from, int to)
    {
        if (to - from > 5 || to <= from || !v.Has(from, WordClass.Preposition | WordClass.TimeWord))
        {
            return false;
        }

        for (int k = from; k < to; k++)
        {
            if (!(v.Tokens[k].Kind == TokenKind.Number || v.IsCapitalized(k)
                  || v.Has(k, WordClass.Preposition | WordClass.Determiner | WordClass.TimeWord | WordClass.SpeakerNoun)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The subject of the clause that a participle cue hangs on (<c>An official … defended …, saying</c>): the first
    /// comma-separated segment of the sentence that starts like a noun phrase.
    /// </summary>
    public static SpeakerPhrase? ClauseSubject(TokenView v, int sentenceFirst, int before, int cue)
    {
        int segment = sentenceFirst;
        int scanned = 0;
        while (segment < before && scanned < 64)
        {
            if (StartsSubject(v, segment, segment == sentenceFirst))
            {
                int end = NounPhrases.Forward(v, segment, before);
                if (end > segment && NounPhrases.IsSpeakerLike(v, segment, end))
                {
                    return new SpeakerPhrase(v.SpanOf(segment, end), segment, end, v.WordText(cue), cue, "quotes.participle");
                }
            }

            int k = segment;
            while (k < before && !v.Is(k, ',') && scanned < 64)
            {
                k++;
                scanned++;
            }

            segment = k + 1;
        }

        return null;
    }

    private static bool StartsSubject(TokenView v, int t, bool sentenceStart)
    {
        if (!v.IsWord(t))
        {
            return false;
        }

        var cls = v.Class(t);
        if ((cls & (WordClass.Determiner | WordClass.Pronoun)) != 0)
        {
            return true;
        }

        if (v.IsCapitalized(t))
        {
            return (cls & (WordClass.Opener | WordClass.Preposition | WordClass.ClauseBoundary | WordClass.TimeWord | WordClass.Cue | WordClass.Participle)) == 0
                   || (!sentenceStart && (cls & WordClass.TimeWord) == 0 && (cls & WordClass.Opener) == 0);
        }

        return (cls & WordClass.SpeakerNoun) != 0;
    }
}
