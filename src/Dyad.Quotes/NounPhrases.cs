using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// Finds the noun phrase of a speaker next to a cue without a parser: a bounded scan over word classes. A phrase may
/// hold titles and names (<c>Japanese Chief Cabinet Secretary Yoshihide Suga</c>), possessives, joined hyphens and
/// prepositional tails that name an affiliation (<c>a senior official at the Foreign Ministry</c>). Every scan stops
/// after <see cref="MaxTokens"/> tokens, so the cost per quote is constant.
/// </summary>
internal static class NounPhrases
{
    public const int MaxTokens = 16;

    /// <summary>
    /// The speaker phrase that ends right before the cue at <paramref name="verb"/>, not reaching left of
    /// <paramref name="left"/>: tokens [start, end), or false. Adverbs and auxiliaries between it and the cue are skipped
    /// (<c>Suga also said</c>, <c>officials have said</c>); an apposition between commas is kept (<c>Kim, a lawmaker, said</c>).
    /// </summary>
    public static bool Before(TokenView v, int verb, int left, int sentenceFirst, out int start, out int end)
    {
        start = end = verb;
        int e = verb;
        int skipped = 0;
        while (e - 1 >= left && skipped < 3 && v.IsWord(e - 1) && !v.Has(e - 1, WordClass.Pronoun)
               && (v.Has(e - 1, WordClass.Adverb | WordClass.Auxiliary) || v.IsLyAdverb(e - 1)) && !v.IsCapitalized(e - 1))
        {
            e--;
            skipped++;
        }

        // "Modi on Sunday called the attack “cowardly”", "The ministry last week said": a time between subject and verb.
        e = SkipTimeBefore(v, e, left);
        if (e - 1 < left)
        {
            return false;
        }

        bool relative = false;
        if ((v.Is(e - 1, "who") || v.Is(e - 1, "which")) && e - 2 >= left)
        {
            // "Mark Hay, a marine ecologist, who said": the speaker is the phrase the relative clause hangs on.
            e--;
            relative = true;
        }

        if (v.Is(e - 1, ','))
        {
            return BeforeComma(v, e - 1, left, sentenceFirst, relative, out start, out end);
        }

        if (!Core(v, e - 1, left, sentenceFirst, out start))
        {
            return false;
        }

        end = e;
        return IsSpeakerLike(v, start, end);
    }

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The start of "on Sunday", "last week", "on Tuesday night" ending right before <paramref name="e"/>, or <paramref name="e"/>.</summary>
    private static int SkipTimeBefore(TokenView v, int e, int left)
    {
        int k = e;
        if (k - 1 >= left && (v.Is(k - 1, "night") || v.Is(k - 1, "morning") || v.Is(k - 1, "evening") || v.Is(k - 1, "afternoon")))
        {
            k--;
        }

        if (k - 2 >= left && v.Is(k - 2, "on") && v.IsCapitalized(k - 1))
        {
            foreach (var day in Weekdays)
            {
                if (v.Word(k - 1).Equals(day, StringComparison.Ordinal))
                {
                    return k - 2;
                }
            }
        }

        if (k - 2 >= left && (v.Is(k - 2, "last") || v.Is(k - 2, "this")) && (v.Is(k - 1, "week") || v.Is(k - 1, "month") || v.Is(k - 1, "year")))
        {
            return k - 2;
        }

        return e;
    }

    /// <summary>
    /// A cue right after a comma: an apposition (<c>Kim, a lawmaker, said</c>; <c>the spokesman, Lee Min-ho, said</c>),
    /// or an interjection whose speaker stands before it (<c>Washington, who paid for it, stated</c>;
    /// <c>Hurley, on radio after the ride, said</c>); after such a phrase, a relative pronoun's speaker ends it
    /// (<c>…, bowing to pressure from the army, who said</c>, when <paramref name="relative"/>).
    /// </summary>
    private static bool BeforeComma(TokenView v, int close, int left, int sentenceFirst, bool relative, out int start, out int end)
    {
        start = end = close;
        int open = -1;
        for (int k = close - 1; k >= left && close - k <= 24; k--)
        {
            if (v.Is(k, ','))
            {
                open = k;
                break;
            }

            if (v.IsQuote(k) || (v.Is(k, '.') && !InsideWord(v, k)) || v.Is(k, ';'))
            {
                return false;
            }
        }

        int segment = open >= 0 ? open + 1 : left;
        if (segment >= close)
        {
            return false;
        }

        bool interjection = v.IsLowerWord(segment)
                            && (v.Has(segment, WordClass.Preposition | WordClass.ClauseBoundary | WordClass.Participle)
                                || (v.EndsWith(segment, "ing") && segment + 1 < close && v.Has(segment + 1, WordClass.Determiner | WordClass.Preposition))
                                || (v.EndsWith(segment, "ed") && segment + 1 < close && v.Is(segment + 1, "by"))); // "X, flanked by officers, said"

        // "…, bowing to pressure from the armed forces and police, who said …": a relative pronoun after a phrase that
        // is no apposition hangs on the noun phrase that ends it, not on what stands before the phrase.
        if (interjection && relative && Core(v, close - 1, segment, sentenceFirst, out int nearStart) && nearStart > segment)
        {
            start = nearStart;
            end = close;
            return IsSpeakerLike(v, start, end);
        }

        if (interjection)
        {
            if (open < 0 || !Core(v, open - 1, left, sentenceFirst, out start))
            {
                return false;
            }

            end = open;
            return IsSpeakerLike(v, start, end);
        }

        int innerEnd = close;
        for (int k = segment + 1; k < close; k++)
        {
            if (v.Is(k, "who") || v.Is(k, "which"))
            {
                innerEnd = k; // "an Ithaca College undergraduate who led the study": the apposition ends at its relative clause
                break;
            }
        }

        if (!Core(v, innerEnd - 1, left, sentenceFirst, out int innerStart) || innerStart != segment)
        {
            return false;
        }

        if (open >= 0 && Core(v, open - 1, left, sentenceFirst, out int outerStart)
            && (HasName(v, outerStart, open) || HasName(v, innerStart, innerEnd)))
        {
            start = outerStart;
            end = innerEnd;
            return true;
        }

        start = innerStart;
        end = innerEnd;
        return HasName(v, innerStart, innerEnd);
    }

    /// <summary>The speaker phrase that starts at <paramref name="from"/> (<c>said Kim, a lawmaker</c>), up to <paramref name="limit"/>.</summary>
    public static bool After(TokenView v, int from, int limit, bool withApposition, out int end)
    {
        end = Forward(v, from, limit);
        if (end <= from || !IsSpeakerLike(v, from, end))
        {
            return false;
        }

        if (withApposition && end + 1 < limit && v.Is(end, ',')
            && v.Has(end + 1, WordClass.Determiner | WordClass.TitleWord | WordClass.SpeakerNoun))
        {
            int appositionEnd = Forward(v, end + 1, limit);
            if (appositionEnd > end + 1 && (appositionEnd >= limit || !v.IsWord(appositionEnd)))
            {
                end = appositionEnd;
            }
        }

        return true;
    }

    /// <summary>Scans left from <paramref name="last"/>; the phrase is [start, last].</summary>
    private static bool Core(TokenView v, int last, int left, int sentenceFirst, out int start)
    {
        start = last + 1;
        bool sawName = false;
        for (int t = last; t >= left && last - t < MaxTokens; t--)
        {
            var token = v.Tokens[t];
            if (v.IsHyphenTail(t) && t - 2 >= left && v.IsWord(t - 2))
            {
                // "Jae-in", "Min-ho": the part after a joining hyphen belongs to the word before it.
                start = t - 1;
                t--;
                continue;
            }

            if (token.Kind == TokenKind.Clitic)
            {
                if (!v.IsPossessive(t))
                {
                    break;
                }

                start = t;
                continue;
            }

            if (token.Kind == TokenKind.Number)
            {
                start = t;
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                if (v.IsJoiningHyphen(t) && t - 1 >= left && v.IsWord(t - 1))
                {
                    start = t;
                    continue;
                }

                if (v.Is(t, ')') && t - 2 >= left && v.Is(t - 2, '(') && v.IsCapitalized(t - 1) && t == last)
                {
                    // "the National Crime Agency (NCA) said": an acronym in brackets after the name.
                    start = t - 2;
                    t -= 2;
                    continue;
                }

                break;
            }

            var cls = v.Class(t);
            if ((cls & WordClass.Pronoun) != 0 && (cls & WordClass.Determiner) == 0)
            {
                // A pronoun is a whole phrase ("he said"), never part of a longer one.
                if (start == last + 1)
                {
                    start = t;
                }

                break;
            }

            if (v.IsCapitalized(t))
            {
                bool functionWord = (cls & (WordClass.Opener | WordClass.Preposition | WordClass.ClauseBoundary)) != 0
                                    && (cls & WordClass.Determiner) == 0;
                if ((cls & WordClass.TimeWord) != 0 || (t == sentenceFirst && functionWord) || (cls & (WordClass.Cue | WordClass.Participle)) != 0 && t == sentenceFirst)
                {
                    break;
                }

                if ((cls & WordClass.Determiner) != 0)
                {
                    start = t;
                    break;
                }

                start = t;
                sawName = true;
                continue;
            }

            if ((cls & (WordClass.Cue | WordClass.Participle | WordClass.Auxiliary | WordClass.ClauseBoundary | WordClass.TimeWord)) != 0
                && (cls & (WordClass.Preposition | WordClass.Determiner | WordClass.SpeakerNoun)) == 0)
            {
                break;
            }

            if ((cls & WordClass.Determiner) != 0)
            {
                start = t;

                // "official at the Foreign Ministry": a determiner continues only after a preposition that attaches.
                if (t - 1 >= left && v.IsLowerWord(t - 1) && v.Has(t - 1, WordClass.Preposition) && PrepositionAttaches(v, t - 1, left))
                {
                    continue;
                }

                break;
            }

            if ((cls & WordClass.Preposition) != 0)
            {
                if (start <= last && PrepositionAttaches(v, t, left))
                {
                    start = t;
                    continue;
                }

                break;
            }

            if (sawName && v.IsCapitalized(t + 1) && (cls & (WordClass.SpeakerNoun | WordClass.TitleWord)) == 0)
            {
                // A lower-case word right before a name is a verb or a clause, not a title: "believes Kim said".
                break;
            }

            start = t;
        }

        // Never start on a preposition or a hyphen.
        while (start <= last && (v.Has(start, WordClass.Preposition) && v.IsLowerWord(start) || v.Is(start, '-') || v.IsPossessive(start)))
        {
            start++;
        }

        return start <= last;
    }

    /// <summary>Whether the preposition at <paramref name="p"/> links a head noun on its left to the phrase on its right.</summary>
    private static bool PrepositionAttaches(TokenView v, int p, int left)
    {
        if (p - 1 < left || !v.IsWord(p - 1))
        {
            return false;
        }

        var cls = v.Class(p - 1);
        return (cls & (WordClass.SpeakerNoun | WordClass.Plural)) != 0
               || (v.IsCapitalized(p - 1) && (cls & (WordClass.Opener | WordClass.Preposition | WordClass.Determiner | WordClass.TimeWord)) == 0)
               || IndefiniteNoun(v, p - 1, left);
    }

    /// <summary>"a doctoral candidate at …", "an economist with …": a noun after an indefinite article (and up to two modifiers).</summary>
    private static bool IndefiniteNoun(TokenView v, int noun, int left)
    {
        if (!v.IsLowerWord(noun) || v.EndsWith(noun, "ed") || v.EndsWith(noun, "ing") || (v.Class(noun) & ~(WordClass.Feminine | WordClass.Masculine)) != WordClass.None
            || v.Is(noun, "lot") || v.Is(noun, "bit") || v.Is(noun, "couple") || v.Is(noun, "kind") || v.Is(noun, "sort") || v.Is(noun, "type"))
        {
            return false;
        }

        for (int k = noun - 1; k >= left && noun - k <= 3; k--)
        {
            if (v.Is(k, "a") || v.Is(k, "an"))
            {
                return true;
            }

            if (!v.IsLowerWord(k) && !v.IsCapitalized(k))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Scans right from <paramref name="from"/>; returns the end (exclusive) of the phrase.</summary>
    public static int Forward(TokenView v, int from, int limit)
    {
        int t = from;
        bool sawName = false;
        int stop = Math.Min(limit, from + MaxTokens);
        while (t < stop)
        {
            var token = v.Tokens[t];
            if (t > from && v.IsHyphenTail(t))
            {
                t++;
                continue;
            }

            if (token.Kind == TokenKind.Clitic)
            {
                if (!v.IsPossessive(t) || t == from)
                {
                    break;
                }

                t++;
                continue;
            }

            if (token.Kind == TokenKind.Number)
            {
                t++;
                continue;
            }

            if (token.Kind != TokenKind.Word)
            {
                if (t > from && v.IsJoiningHyphen(t) && t + 1 < stop && v.IsWord(t + 1))
                {
                    t++;
                    continue;
                }

                break;
            }

            var cls = v.Class(t);
            bool lower = v.IsLowerWord(t);
            if ((cls & WordClass.Pronoun) != 0 && (cls & WordClass.Determiner) == 0)
            {
                if (t == from)
                {
                    t++;
                }

                break;
            }

            if (!lower)
            {
                if ((cls & WordClass.TimeWord) != 0 || (t > from && (cls & (WordClass.Preposition | WordClass.ClauseBoundary)) != 0))
                {
                    break;
                }

                sawName = (cls & WordClass.Determiner) == 0 || sawName;
                t++;
                continue;
            }

            if ((cls & (WordClass.Cue | WordClass.Participle | WordClass.Auxiliary | WordClass.ClauseBoundary | WordClass.TimeWord | WordClass.Adverb)) != 0
                && (cls & (WordClass.Preposition | WordClass.Determiner | WordClass.SpeakerNoun)) == 0)
            {
                break;
            }

            if ((cls & WordClass.Preposition) != 0)
            {
                bool attaches = t > from && t + 1 < stop && (v.Has(t + 1, WordClass.Determiner) || v.IsCapitalized(t + 1) || v.Tokens[t + 1].Kind == TokenKind.Number)
                                && (v.Has(t - 1, WordClass.SpeakerNoun | WordClass.Plural) || v.IsCapitalized(t - 1) || v.IsLowerWord(t - 1) && v.EndsWith(t - 1, "ar"))
                                && (!sawName || v.Is(t, "of"));
                if (!attaches)
                {
                    break;
                }

                t++;
                continue;
            }

            if ((cls & WordClass.Determiner) != 0)
            {
                if (t > from && !v.Has(t - 1, WordClass.Preposition))
                {
                    break;
                }

                t++;
                continue;
            }

            if (t > from && (cls & (WordClass.SpeakerNoun | WordClass.TitleWord)) == 0)
            {
                bool previousDeterminer = v.Has(t - 1, WordClass.Determiner | WordClass.TitleWord);
                if (v.IsLyAdverb(t) || (v.EndsWith(t, "ed") && !previousDeterminer && !v.IsJoiningHyphen(t - 1)))
                {
                    break; // "An official ... government defended": a past-tense verb ends the phrase.
                }

                bool lastWord = t + 1 >= limit || v.Tokens[t + 1].Kind == TokenKind.Punctuation;
                if (sawName && !lastWord && !v.Has(t + 1 < stop ? t + 1 : t, WordClass.SpeakerNoun))
                {
                    // After a name, only a head noun may follow ("Blue House presidential office"), or a last word
                    // that closes the phrase ("the Tokyo-Seoul relations.").
                    break;
                }
            }

            t++;
        }

        // Do not end on a preposition, determiner or hyphen.
        while (t > from && (v.Has(t - 1, WordClass.Preposition | WordClass.Determiner) && v.IsLowerWord(t - 1) || v.Is(t - 1, '-')))
        {
            t--;
        }

        return t;
    }

    /// <summary>A dot with letters on both sides belongs to a name (<c>UOL.com.br</c>), not to a sentence end.</summary>
    private static bool InsideWord(TokenView v, int k) =>
        k > 0 && k + 1 < v.Count && v.Tokens[k - 1].End == v.Tokens[k].Start && v.Tokens[k + 1].Start == v.Tokens[k].End && v.IsWord(k + 1);

    /// <summary>Whether tokens [start, end) can name a speaker: a name, a pronoun, or a head noun of someone who speaks.</summary>
    public static bool IsSpeakerLike(TokenView v, int start, int end)
    {
        if (end <= start)
        {
            return false;
        }

        if (end - start == 1 && v.Has(start, WordClass.Determiner | WordClass.Preposition | WordClass.ClauseBoundary | WordClass.Opener)
            && !v.Has(start, WordClass.Pronoun))
        {
            return false;
        }

        // "The next day, President Trump delivered a speech …": a time phrase speaks for no one (Doris Day and Time
        // magazine do: a lower-case head only).
        if (v.IsLowerWord(end - 1) && (v.Has(end - 1, WordClass.TimeWord) || IsTimeHead(v, end - 1)))
        {
            return false;
        }

        for (int t = start; t < end; t++)
        {
            if (!v.IsWord(t))
            {
                continue;
            }

            var cls = v.Class(t);
            if ((cls & (WordClass.Pronoun | WordClass.SpeakerNoun)) != 0 || v.IsCapitalized(t) && (cls & (WordClass.Determiner | WordClass.Opener)) == 0)
            {
                return true;
            }
        }

        return end - start >= 2 && v.IsLowerWord(end - 1);
    }

    private static bool IsTimeHead(TokenView v, int t) =>
        v.Is(t, "day") || v.Is(t, "days") || v.Is(t, "weeks") || v.Is(t, "months") || v.Is(t, "years") || v.Is(t, "hours")
        || v.Is(t, "decade") || v.Is(t, "time");

    private static bool HasName(TokenView v, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (v.IsCapitalized(t) && !v.Has(t, WordClass.Determiner))
            {
                return true;
            }
        }

        return false;
    }
}
