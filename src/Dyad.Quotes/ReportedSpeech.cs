using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// Finds reported speech, one left-to-right pass per sentence: <c>X said (that) …</c>, <c>X told Y that …</c>,
/// <c>X expressed concern that …</c>, <c>…, X said.</c>, <c>…, according to X.</c>, <c>According to X, …</c> and
/// <c>…, saying that …</c>. The reported clause becomes an indirect quote. A cue already used by a direct quote, or
/// inside quotation marks, is skipped; a reported clause is not searched again for nested reports.
/// </summary>
internal static class ReportedSpeech
{
    private const int ThatReach = 8;

    /// <summary>Adds the sentence's indirect quotes to <paramref name="output"/>; <paramref name="blocked"/> marks tokens that are quoted or already used as cues.</summary>
    public static void Find(TokenView v, Sentence sentence, bool[] blocked, List<RawQuote> output)
    {
        int f = sentence.FirstToken;
        int e = sentence.EndToken;
        int contentEnd = e;
        while (contentEnd > f && v.Tokens[contentEnd - 1].Kind == TokenKind.Punctuation && !v.Is(contentEnd - 1, ')'))
        {
            contentEnd--;
        }

        if (contentEnd - f < 3)
        {
            return;
        }

        int trailingComma = TrailingAttribution(v, f, contentEnd, blocked);
        int consumed = f;
        SpeakerPhrase? attribution = null;
        int attributionComma = -1;
        for (int t = f; t < contentEnd; t++)
        {
            if (!v.IsWord(t) || blocked[t])
            {
                continue;
            }

            if (v.Is(t, "according"))
            {
                var speaker = SpeakerFinder.AccordingTo(v, t, contentEnd);
                if (speaker is null)
                {
                    continue;
                }

                if (OnlyOpenersBetween(v, consumed, t) && speaker.EndToken < contentEnd && v.Is(speaker.EndToken, ','))
                {
                    // "According to X, clause." — the phrase may not swallow the comma's apposition here.
                    int end = NounPhrases.Forward(v, speaker.FirstToken, contentEnd);
                    if (end < contentEnd && v.Is(end, ','))
                    {
                        speaker = speaker with { Span = v.SpanOf(speaker.FirstToken, end), EndToken = end };
                    }

                    if (Emit(v, speaker.EndToken + 1, contentEnd, speaker, sentence, output))
                    {
                        consumed = contentEnd;
                        t = contentEnd;
                    }
                }
                else if (t - 1 >= f && v.Is(t - 1, ','))
                {
                    // "“…,” he said, according to the agency": the quote and its cue are no report of their own.
                    if (!v.IsQuote(consumed) && Emit(v, consumed, t - 1, speaker, sentence, output))
                    {
                        consumed = speaker.EndToken;
                    }

                    t = speaker.EndToken - 1;
                }

                continue;
            }

            var cls = v.Class(t);
            // ", saying that …" and "was quoted as saying …": the clause's subject speaks.
            bool participle = (cls & WordClass.Participle) != 0 && t - 1 > f && (v.Is(t - 1, ',') || v.Is(t - 1, "as"));
            int cueEnd = t + 1;
            if (!participle)
            {
                cueEnd = CueEnd(v, t, contentEnd, cls);
                if (cueEnd < 0 || !v.IsLowerWord(t) || (t - 1 >= f && v.IsNegation(t - 1)))
                {
                    continue;
                }
            }

            // Inverted after a comma: "…, with the death toll rising to 22, reported officials." The speaker follows
            // the cue (a cue with a listener, "…, told reporters", is left alone: its subject came before).
            if (!participle && t - 1 > consumed && v.Is(t - 1, ',') && (cls & WordClass.TakesObject) == 0 && cueEnd == t + 1
                && NounPhrases.After(v, cueEnd, contentEnd, withApposition: false, out int invertedEnd) && IsClause(v, consumed, t - 1)
                && (invertedEnd >= contentEnd || v.Is(invertedEnd, ',') || v.Is(invertedEnd, '.')) && NamesSpeaker(v, cueEnd, invertedEnd))
            {
                var inverted = new SpeakerPhrase(v.SpanOf(cueEnd, invertedEnd), cueEnd, invertedEnd, v.WordText(t), t, "quotes.indirect.trailing-cue-inverted");
                if (Emit(v, consumed, t - 1, inverted, sentence, output))
                {
                    consumed = contentEnd;
                    t = contentEnd;
                    continue;
                }
            }

            SpeakerPhrase? phrase;
            if (participle && attribution is not null && t - 1 == attributionComma)
            {
                phrase = attribution with { Cue = v.WordText(t), CueToken = t };
            }
            else if (participle)
            {
                phrase = SpeakerFinder.ClauseSubject(v, f, t - 1, t);
            }
            else
            {
                phrase = NounPhrases.Before(v, t, Math.Max(f, consumed), f, out int start, out int end)
                    ? new SpeakerPhrase(v.SpanOf(start, end), start, end, v.Text[v.Tokens[t].Start..v.Tokens[cueEnd - 1].End], t, "quotes.indirect.trailing-cue")
                    : null;
            }

            // "Obama offered condolences to the family and said history would judge him": a coordinated cue's subject is
            // the clause's.
            bool coordinated = false;
            if (phrase is null && !participle && t - 1 > f && (v.Is(t - 1, "and") || (v.Is(t - 2, "and") && v.Has(t - 1, WordClass.Adverb)))
                && IsFinite(v, t))
            {
                coordinated = true;
                phrase = SpeakerFinder.ClauseSubject(v, f, t - 1, t) is { } subject
                    ? subject with { Cue = v.Text[v.Tokens[t].Start..v.Tokens[cueEnd - 1].End], Rule = "quotes.indirect.coordinated" }
                    : null;
            }

            if (phrase is null)
            {
                continue;
            }

            // "…, the sources said." — the clause is what precedes the speaker.
            // "…, health officials said, the deadliest day since …": a comma after the cue (and its adjuncts) ends the
            // attribution however long the sentence goes on, when a clause of some length precedes it.
            if (!participle && phrase.FirstToken - 1 > consumed && v.Is(phrase.FirstToken - 1, ',')
                && !InterruptsClause(v, cueEnd, contentEnd)
                && (RestIsShort(v, cueEnd, contentEnd) || (phrase.FirstToken - 1 - consumed >= 6 && !IsFirstPerson(v, phrase) && CommaAfterCue(v, cueEnd, contentEnd)))
                && IsClause(v, consumed, phrase.FirstToken - 1) && !ObjectFollows(v, cueEnd, cls))
            {
                Emit(v, consumed, phrase.FirstToken - 1, phrase, sentence, output);
                int comma = SkipAdjuncts(v, cueEnd, contentEnd);
                if (comma + 1 >= contentEnd || !v.Is(comma, ','))
                {
                    consumed = contentEnd;
                    t = contentEnd;
                    continue;
                }

                // The sentence goes on after the attribution: "…, the envoy said on Tuesday, but aid groups warned
                // that …" has a report of its own; "…, Zapata said, adding …" is the same speaker's.
                attribution = phrase;
                attributionComma = comma;
                consumed = comma + 1;
                t = comma;
                continue;
            }

            int clauseEnd = trailingComma > t ? trailingComma : contentEnd;
            // What may stand between the cue and its clause: a listener ("told reporters") and adjuncts ("in a
            // statement late on Sunday", "at a news conference in Geneva on Monday").
            int after = cueEnd;
            if (!participle && cueEnd == t + 1 && IsVerbForm(v, t))
            {
                if ((cls & WordClass.ListenerClause) != 0)
                {
                    after = NounPhraseEnd(v, after, clauseEnd);
                }

                after = SkipAdjuncts(v, after, clauseEnd);
            }

            int that = FindThat(v, cueEnd, clauseEnd, (cls & WordClass.TakesObject) != 0 || !participle && cueEnd > t + 1);
            if (that < 0 && after > cueEnd)
            {
                that = FindThat(v, after, clauseEnd, allowObject: false);
            }

            if (that > cueEnd && IsRelativeThat(v, that, clauseEnd))
            {
                continue; // "said in a report that was published …": the noun's relative clause, no report
            }

            int clauseStart;
            string rule;
            if (that >= 0)
            {
                clauseStart = that + 1;
                rule = participle ? "quotes.indirect.participle" : "quotes.indirect.that-clause";
            }
            else if (((cls & WordClass.BareClause) != 0 || participle) && cueEnd == t + 1 && cueEnd < clauseEnd && StartsClause(v, cueEnd)
                     && ((cls & WordClass.PlainClause) != 0 && (!coordinated || SubjectLike(v, cueEnd)) || HasVerbSoon(v, cueEnd + 1, clauseEnd)))
            {
                clauseStart = cueEnd;
                rule = participle ? "quotes.indirect.participle" : "quotes.indirect.bare-clause";
            }
            else if (after > cueEnd && after < clauseEnd && (cls & (WordClass.BareClause | WordClass.ListenerClause)) != 0
                     && StartsClause(v, after) && !v.Has(after, WordClass.Auxiliary) && HasVerbSoon(v, after + 1, clauseEnd)
                     && !ThatBeforeVerb(v, after, clauseEnd))
            {
                clauseStart = after; // "said on Sunday he was …", "told reporters the situation was …"
                rule = "quotes.indirect.bare-clause";
            }
            else
            {
                continue;
            }

            clauseEnd = ReportEnd(v, f, t, clauseStart, clauseEnd);
            if (Emit(v, clauseStart, clauseEnd, phrase with { Rule = rule }, sentence, output))
            {
                consumed = clauseEnd;
                t = clauseEnd - 1;
            }
        }
    }

    /// <summary>
    /// Where a reported clause [<paramref name="start"/>, <paramref name="end"/>) ends before the sentence does: at
    /// <c>, and</c> / <c>, but</c> / <c>, while</c> that opens a clause with a subject of its own and a past verb
    /// (<c>Peskov said there would be no truce, and Lavrov accused …</c>; a backshifted <c>, and the rebels had …</c>
    /// stays in the report), and, for a cue inside an opening adverbial clause (<c>After Trump suggested that voting
    /// could result in fraud, debate centered …</c>), at the comma that closes that clause.
    /// </summary>
    private static int ReportEnd(TokenView v, int f, int cue, int start, int end)
    {
        bool subordinate = v.IsWord(f) && v.Has(f, WordClass.ClauseBoundary) && v.Has(f, WordClass.Opener) && !v.Is(f, "and") && !v.Is(f, "but")
            && !v.Is(f, "so") && !v.Is(f, "according");
        for (int k = f + 1; subordinate && k < cue; k++)
        {
            if (v.Is(k, ',') || v.IsQuote(k))
            {
                subordinate = false; // the opening clause closed before the cue: the cue is the main clause's
            }
        }

        int depth = 0;
        for (int k = start; k + 2 < end; k++)
        {
            if (v.IsQuote(k))
            {
                depth ^= 1;
            }

            if (depth != 0 || !v.Is(k, ','))
            {
                continue;
            }

            if (subordinate && v.IsWord(k + 1) && !v.Has(k + 1, WordClass.ClauseBoundary | WordClass.Auxiliary) && HasVerbSoon(v, k + 2, end))
            {
                return k; // the main clause after the opening one: a subject and its verb
            }

            if (!(v.Is(k + 1, "and") || v.Is(k + 1, "but") || v.Is(k + 1, "while") || v.Is(k + 1, "whereas")) || !v.IsLowerWord(k + 1)
                || !NounPhrases.After(v, k + 2, end, withApposition: false, out int subjectEnd) || subjectEnd >= end)
            {
                continue;
            }

            int verb = subjectEnd;
            while (verb < end && v.Has(verb, WordClass.Adverb) && !v.Has(verb, WordClass.Auxiliary))
            {
                verb++;
            }

            if (verb < end && v.IsLowerWord(verb) && !v.Has(verb, WordClass.Auxiliary)
                && (v.Has(verb, WordClass.Cue | WordClass.Evaluative | WordClass.ListenerClause) || v.EndsWith(verb, "ed")))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>The end of a cue starting at <paramref name="t"/> (one word, or <c>expressed concern</c>, <c>pointed out</c>), or -1.</summary>
    private static int CueEnd(TokenView v, int t, int limit, WordClass cls)
    {
        if ((cls & WordClass.Cue) != 0)
        {
            return t + 1;
        }

        if ((cls & WordClass.CueHead) == 0 || t + 1 >= limit || !v.IsWord(t + 1))
        {
            return -1;
        }

        var word = v.Word(t);
        var next = v.Word(t + 1);
        if ((word.Equals("expressed", StringComparison.OrdinalIgnoreCase) || word.Equals("expresses", StringComparison.OrdinalIgnoreCase)
             || word.Equals("voiced", StringComparison.OrdinalIgnoreCase))
            && (next.StartsWith("concern", StringComparison.OrdinalIgnoreCase) || next.StartsWith("hope", StringComparison.OrdinalIgnoreCase)
                || next.StartsWith("fear", StringComparison.OrdinalIgnoreCase) || next.Equals("regret", StringComparison.OrdinalIgnoreCase)
                || next.Equals("confidence", StringComparison.OrdinalIgnoreCase) || next.Equals("doubt", StringComparison.OrdinalIgnoreCase)
                || next.Equals("doubts", StringComparison.OrdinalIgnoreCase) || next.Equals("optimism", StringComparison.OrdinalIgnoreCase)))
        {
            return t + 2;
        }

        if ((word.Equals("pointed", StringComparison.OrdinalIgnoreCase) || word.Equals("points", StringComparison.OrdinalIgnoreCase))
            && next.Equals("out", StringComparison.OrdinalIgnoreCase))
        {
            return t + 2;
        }

        if (word.Equals("made", StringComparison.OrdinalIgnoreCase) && next.Equals("clear", StringComparison.OrdinalIgnoreCase))
        {
            return t + 2;
        }

        return -1;
    }

    /// <summary>
    /// The end of a short noun phrase from <paramref name="from"/> (a listener: <c>reporters</c>, <c>the crowd</c>,
    /// <c>a meeting</c>), or <paramref name="from"/> when none starts there. It stops before the next determiner or
    /// pronoun and before a capitalized word after a lower-case one (<c>told reporters Russia would …</c>).
    /// </summary>
    private static int NounPhraseEnd(TokenView v, int from, int limit)
    {
        int k = from;
        if (k < limit && v.IsWord(k) && v.Has(k, WordClass.Determiner) && !v.Has(k, WordClass.Pronoun))
        {
            k++;
        }

        int words = 0;
        while (k < limit && words < 4 && (v.IsWord(k) || v.Tokens[k].Kind == TokenKind.Number)
               && !v.Has(k, WordClass.Determiner | WordClass.Pronoun | WordClass.Preposition | WordClass.Auxiliary | WordClass.ClauseBoundary | WordClass.Cue)
               && !(words > 0 && v.IsCapitalized(k) && !v.IsCapitalized(k - 1)))
        {
            k++;
            words++;
        }

        return words == 0 ? from : k;
    }

    /// <summary>
    /// The end of the adjuncts after a cue (<c>on Sunday</c>, <c>late Wednesday</c>, <c>in a televised statement</c>,
    /// <c>at a news conference in Geneva on Monday</c>), or <paramref name="from"/> when none follows.
    /// </summary>
    private static int SkipAdjuncts(TokenView v, int from, int limit)
    {
        int end = from;
        int k = from;
        while (k < limit && k - from < 14 && v.IsWord(k) && (v.IsLowerWord(k) || v.Has(k, WordClass.TimeWord)))
        {
            if (v.Has(k, WordClass.TimeWord))
            {
                k++;
                end = k; // "Tuesday", "Monday night"
                continue;
            }

            if ((v.Is(k, "late") || v.Is(k, "early") || v.Is(k, "last") || v.Is(k, "earlier") || v.Is(k, "later")) && k + 1 < limit
                && v.IsWord(k + 1) && v.Has(k + 1, WordClass.TimeWord | WordClass.Preposition))
            {
                k++;
                continue;
            }

            if (!v.Has(k, WordClass.Preposition) || v.Has(k, WordClass.ClauseBoundary))
            {
                break; // "after", "before" and "since" open clauses as often as phrases
            }

            int phraseEnd = NounPhraseEnd(v, k + 1, limit);
            if (phraseEnd == k + 1)
            {
                break;
            }

            k = phraseEnd;
            end = k;
        }

        return end;
    }

    /// <summary>
    /// A word that opens a subject rather than an object (<c>and said it …</c>, <c>and said the talks …</c>, not <c>and
    /// added a call for …</c>): a pronoun, a number or <c>the</c>.
    /// </summary>
    private static bool SubjectLike(TokenView v, int t) =>
        v.Tokens[t].Kind == TokenKind.Number || v.Has(t, WordClass.Pronoun) || v.Is(t, "the");

    /// <summary>Whether the cue at <paramref name="t"/> is finite (<c>said</c>, <c>added</c>, <c>says</c>), not a bare form after a modal (<c>would … say</c>).</summary>
    private static bool IsFinite(TokenView v, int t) =>
        v.EndsWith(t, "ed") || v.EndsWith(t, "s") || v.Is(t, "said") || v.Is(t, "told") || v.Is(t, "wrote");

    /// <summary>
    /// Whether the cue at <paramref name="t"/> reads as a verb before adjuncts: a plural noun that is also a present
    /// cue (<c>states</c>, <c>claims</c>, <c>reports</c>) is not, except the common <c>says</c> and <c>tells</c>.
    /// </summary>
    private static bool IsVerbForm(TokenView v, int t) =>
        !v.EndsWith(t, "s") || v.Is(t, "says") || v.Is(t, "tells");

    /// <summary>Whether a <c>that</c> comes before the first auxiliary of the clause from <paramref name="from"/> (<c>told CBS station KDKA-TV that …</c>).</summary>
    private static bool ThatBeforeVerb(TokenView v, int from, int limit)
    {
        for (int k = from; k < limit && k < from + 10; k++)
        {
            if (v.Is(k, "that") && v.IsLowerWord(k))
            {
                return true;
            }

            if (v.IsLowerWord(k) && v.Has(k, WordClass.Auxiliary))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether the <c>that</c> at <paramref name="that"/> opens a relative clause of the noun before it: <c>a report that was …</c>.</summary>
    private static bool IsRelativeThat(TokenView v, int that, int limit) =>
        that + 1 < limit && v.IsLowerWord(that + 1) && v.Has(that + 1, WordClass.Auxiliary) && v.IsWord(that - 1) && !v.Has(that - 1, WordClass.Cue);

    /// <summary>The <c>that</c> opening the reported clause within reach of the cue, or -1.</summary>
    private static int FindThat(TokenView v, int from, int limit, bool allowObject)
    {
        int stop = Math.Min(limit, from + (allowObject ? ThatReach : 5));
        for (int k = from; k < stop; k++)
        {
            if (v.Is(k, "that") && v.IsLowerWord(k))
            {
                return k;
            }

            if (v.IsQuote(k) || (v.Tokens[k].Kind == TokenKind.Punctuation && !v.Is(k, ',') && !v.IsJoiningHyphen(k))
                || v.Has(k, WordClass.Cue | WordClass.Auxiliary))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Whether a that-less reported clause can start at <paramref name="t"/>: <c>said the talks …</c>, not <c>said on Monday</c>.</summary>
    private static bool StartsClause(TokenView v, int t)
    {
        if (v.Tokens[t].Kind == TokenKind.Number)
        {
            return true;
        }

        if (!v.IsWord(t))
        {
            return false;
        }

        if (ApproximateNumber(v, t))
        {
            return true; // "said at least 20 people were killed", "said about 1,500 people had been detained"
        }

        var cls = v.Class(t);
        if ((cls & (WordClass.Preposition | WordClass.TimeWord | WordClass.Adverb | WordClass.ClauseBoundary)) != 0
            && (cls & (WordClass.Determiner | WordClass.Pronoun)) == 0)
        {
            return false;
        }

        if ((cls & (WordClass.Determiner | WordClass.Pronoun)) != 0 || v.IsCapitalized(t) || v.Is(t, "no"))
        {
            return true; // "said no Americans were harmed"
        }

        // A bare noun subject right before its auxiliary: "said talks would resume", "said peace talks had stalled".
        for (int k = t + 1; k <= t + 2 && k < v.Tokens.Count && v.IsLowerWord(k); k++)
        {
            if (v.Has(k, WordClass.Auxiliary))
            {
                return true;
            }
        }

        // Or with a participle phrase between: "said sanctions announced by Washington on Wednesday were …".
        if (t + 1 < v.Tokens.Count && v.IsLowerWord(t + 1) && v.EndsWith(t + 1, "ed"))
        {
            for (int k = t + 2; k <= t + 9 && k < v.Tokens.Count && v.IsWord(k); k++)
            {
                if (v.IsLowerWord(k) && v.Has(k, WordClass.Auxiliary))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A count with its hedge: <c>at least 20</c>, <c>about 1,500</c>, <c>more than 100</c>, <c>nearly 3,000</c>.</summary>
    private static bool ApproximateNumber(TokenView v, int t)
    {
        int k = t;
        if (v.Is(k, "at") && k + 1 < v.Count && (v.Is(k + 1, "least") || v.Is(k + 1, "most")))
        {
            k += 2;
        }
        else if ((v.Is(k, "more") || v.Is(k, "fewer") || v.Is(k, "less")) && k + 1 < v.Count && v.Is(k + 1, "than"))
        {
            k += 2;
        }
        else if (v.Is(k, "about") || v.Is(k, "around") || v.Is(k, "nearly") || v.Is(k, "almost") || v.Is(k, "some")
                 || v.Is(k, "over") || v.Is(k, "roughly") || v.Is(k, "approximately") || v.Is(k, "up"))
        {
            k += v.Is(k, "up") && k + 1 < v.Count && v.Is(k + 1, "to") ? 2 : 1;
        }
        else
        {
            return false;
        }

        return k < v.Count && v.Tokens[k].Kind == TokenKind.Number;
    }

    /// <summary>
    /// Whether a that-less clause has a verb near its start (<c>said the talks had failed</c>), unlike an object
    /// (<c>announced his resignation</c>): an auxiliary or modal, or a past-tense word, within a few tokens.
    /// </summary>
    private static bool HasVerbSoon(TokenView v, int from, int limit)
    {
        int stop = Math.Min(limit, from + 7);
        for (int k = from; k < stop; k++)
        {
            if (v.IsQuote(k) || (v.Tokens[k].Kind == TokenKind.Punctuation && !v.Is(k, '-')))
            {
                return false;
            }

            if (v.IsLowerWord(k) && !v.Is(k - 1, "to") && !v.Is(k, "be") && !v.Is(k, "being")
                && (v.Has(k, WordClass.Auxiliary | WordClass.Cue) || (v.EndsWith(k, "ed") && !v.Has(k - 1, WordClass.Determiner))))
            {
                return true; // a finite verb; "to be", "to choose" are not
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the phrase [first, end) after an inverted cue names who speaks: a name, or a speaker noun at its end
    /// ("officials", "the ministry"); "…, announced a new operating system" names what was announced.
    /// </summary>
    private static bool NamesSpeaker(TokenView v, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            if (v.IsCapitalized(k) && !(k == first && v.Has(k, WordClass.Determiner)))
            {
                return true;
            }
        }

        return v.Has(end - 1, WordClass.SpeakerNoun);
    }

    /// <summary>What precedes <c>, X said</c> must be a clause, not a lone adverbial (<c>In her video, Jorgensen confirmed it.</c>).</summary>
    private static bool IsClause(TokenView v, int first, int end) =>
        end - first >= 8 || (end > first && !(v.Has(first, WordClass.Preposition | WordClass.Opener) && !v.Has(first, WordClass.Determiner | WordClass.Pronoun)));

    /// <summary>
    /// Whether a noun phrase follows a cue that takes no listener (<c>…, Watts recommended Baker to be his
    /// replacement</c>), or a clause follows any cue (<c>Late on Sunday, the president said troops would leave</c>):
    /// the cue then has its own object or report, and what precedes the comma is not its report.
    /// </summary>
    private static bool ObjectFollows(TokenView v, int cueEnd, WordClass cue) =>
        cueEnd < v.Tokens.Count && v.IsWord(cueEnd)
        && ((cue & WordClass.TakesObject) == 0 && (v.IsCapitalized(cueEnd) || v.Has(cueEnd, WordClass.Determiner | WordClass.Pronoun))
            || StartsClause(v, cueEnd) && HasVerbSoon(v, cueEnd, v.Tokens.Count));

    /// <summary>After a trailing cue only a few adjuncts may follow (<c>the sources said on Tuesday.</c>).</summary>
    private static bool RestIsShort(TokenView v, int from, int contentEnd)
    {
        if (contentEnd - from > 10)
        {
            return false;
        }

        for (int k = from; k < contentEnd; k++)
        {
            if (v.Is(k, "that") || v.IsQuote(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a comma follows the cue (after its adjuncts, if any) and then something that starts anew: an apposition
    /// or a clause (<c>officials said on Sunday, as …</c>, <c>…, the deadliest day …</c>, <c>…, adding …</c>), not the
    /// rest of a clause the attribution interrupts (<c>they had, his father says, paid …</c>).
    /// </summary>
    private static bool CommaAfterCue(TokenView v, int cueEnd, int contentEnd)
    {
        int k = SkipAdjuncts(v, cueEnd, contentEnd);
        return k + 1 < contentEnd && v.Is(k, ',') && StartsAnew(v, k + 1);
    }

    /// <summary>Whether the attribution sits inside its clause: a comma after the cue, then the clause's rest (<c>…, the complaint said, have …</c>).</summary>
    private static bool InterruptsClause(TokenView v, int cueEnd, int contentEnd)
    {
        int k = SkipAdjuncts(v, cueEnd, contentEnd);
        return k + 1 < contentEnd && v.Is(k, ',') && !StartsAnew(v, k + 1);
    }

    private static bool StartsAnew(TokenView v, int t)
    {
        if (!v.IsWord(t))
        {
            return false;
        }

        if (v.IsLowerWord(t) && v.EndsWith(t, "ing"))
        {
            return true; // "…, a U.S. official said, speaking on condition of anonymity"
        }

        var next = v.Class(t);
        return (next & WordClass.Determiner) != 0 && (next & WordClass.Pronoun) == 0
               || (next & (WordClass.ClauseBoundary | WordClass.Preposition | WordClass.Participle | WordClass.Opener)) != 0;
    }

    /// <summary>A speaker that is the writer's own <c>I</c> or <c>we</c> (interviews), not someone reported.</summary>
    private static bool IsFirstPerson(TokenView v, SpeakerPhrase phrase) =>
        phrase.EndToken - phrase.FirstToken == 1 && (v.Is(phrase.FirstToken, "I") || v.Is(phrase.FirstToken, "we"));

    private static bool OnlyOpenersBetween(TokenView v, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (!(v.Is(k, ',') || (v.IsWord(k) && v.Has(k, WordClass.Opener))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The comma that starts a sentence-final attribution (<c>…, X said.</c> / <c>…, according to X.</c>), or -1.</summary>
    private static int TrailingAttribution(TokenView v, int f, int contentEnd, bool[] blocked)
    {
        int stop = Math.Max(f, contentEnd - NounPhrases.MaxTokens - 6);
        for (int k = contentEnd - 1; k > stop; k--)
        {
            if (!v.Is(k, ','))
            {
                continue;
            }

            if (k + 1 < contentEnd && v.Is(k + 1, "according"))
            {
                return k;
            }

            for (int c = k + 1; c < contentEnd && c - k < 12; c++)
            {
                if (v.Has(c, WordClass.Cue) && v.IsLowerWord(c) && !blocked[c]
                    && NounPhrases.Before(v, c, k + 1, f, out int start, out _) && start == k + 1)
                {
                    return k;
                }
            }
        }

        return -1;
    }

    private static bool Emit(TokenView v, int first, int end, SpeakerPhrase speaker, Sentence sentence, List<RawQuote> output)
    {
        // Drop a leading "Still," or "However," and trailing commas.
        while (first + 1 < end && v.IsWord(first) && v.Has(first, WordClass.Opener) && v.Is(first + 1, ',') && !v.Has(first, WordClass.Determiner))
        {
            first += 2;
        }

        while (end > first && v.Tokens[end - 1].Kind == TokenKind.Punctuation && !v.Is(end - 1, ')'))
        {
            end--;
        }

        if (end - first < 3)
        {
            return false;
        }

        output.Add(new RawQuote(first, end, v.SpanOf(first, end), sentence.Paragraph)
        {
            Kind = QuoteKind.Indirect,
            Speaker = speaker,
            Rule = speaker.Rule,
            CueToken = speaker.CueToken,
        });
        return true;
    }
}
