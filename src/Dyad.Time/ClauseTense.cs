using Dyad.Core;

namespace Dyad.Time;

/// <summary>Which way an underspecified date points from the article date.</summary>
internal enum Direction : byte
{
    /// <summary>No evidence in the clause.</summary>
    Unknown,
    Past,
    Future,

    /// <summary>A present-tense copula or reporting verb (<c>the vote is on Friday</c>).</summary>
    Present,
}

/// <summary>
/// Guesses the tense of the clause around a time expression from nearby verbs, without a parser. A time expression
/// usually attaches to the verb before it (<c>said on Tuesday</c>, <c>will meet Friday</c>), so the left side is read
/// first, nearest word first; the right side only when the left has no cue (<c>On Friday, officials will meet</c>).
/// Crossing a <c>that</c> whose governing verb is a proposal (<c>proposed … that officials hold talks on Friday</c>)
/// makes the clause irrealis, so future.
/// </summary>
internal static class ClauseTense
{
    private const int LeftWindow = 18;
    private const int RightWindow = 10;

    public static Direction Detect(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int sentenceStart, int sentenceEnd, int first, int end)
    {
        if (MovedTo(text, tokens, sentenceStart, first))
        {
            return Direction.Future;
        }

        int stop = Math.Max(sentenceStart, first - LeftWindow);
        for (int i = first - 1; i >= stop; i--)
        {
            var token = tokens[i];
            var word = text.Slice(token.Start, token.Span.Length);
            if (token.Kind == TokenKind.Punctuation && word is ";" or ":")
            {
                break;
            }

            if (token.Kind == TokenKind.Quote)
            {
                break;
            }

            if (word.Equals("that", StringComparison.OrdinalIgnoreCase) && GovernedByProposal(text, tokens, sentenceStart, i))
            {
                return Direction.Future;
            }

            var cue = Classify(text, tokens, i, sentenceEnd, first);
            if (cue != Direction.Unknown)
            {
                return cue;
            }
        }

        int rightStop = Math.Min(sentenceEnd, end + RightWindow);
        for (int i = end; i < rightStop; i++)
        {
            var token = tokens[i];
            bool frontedComma = i == end && first - sentenceStart <= 1 && text.Slice(token.Start, token.Span.Length) is ",";
            if (token.Kind is TokenKind.Punctuation or TokenKind.Quote && !frontedComma)
            {
                break;
            }

            var cue = Classify(text, tokens, i, sentenceEnd, -1);
            if (cue != Direction.Unknown)
            {
                return cue;
            }
        }

        return Direction.Unknown;
    }

    /// <summary>
    /// Whether the date is where an event or deadline was moved to: <c>postponed the vote to Friday</c>, <c>extended the
    /// curfew until May 3</c>, <c>brought forward to April 22</c>. The move is news; the date it sets lies ahead.
    /// </summary>
    private static bool MovedTo(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int sentenceStart, int first)
    {
        int prep = first - 1;
        if (prep <= sentenceStart)
        {
            return false;
        }

        // "called a snap election for April 12", "set a hearing for May 3": the date an event is set for.
        bool setFor = IsWord(text, tokens[prep], "for");
        if (!setFor && !(IsWord(text, tokens[prep], "to") || IsWord(text, tokens[prep], "until") || IsWord(text, tokens[prep], "till")))
        {
            return false;
        }

        int stop = Math.Max(sentenceStart, prep - 7);
        for (int i = prep - 1; i >= stop; i--)
        {
            var token = tokens[i];
            if (token.Kind is not (TokenKind.Word or TokenKind.Clitic))
            {
                return false;
            }

            var word = text.Slice(token.Start, token.Span.Length);
            if (setFor ? TimeLexicon.SetForVerbs.Contains(word) : TimeLexicon.RescheduleVerbs.Contains(word))
            {
                return true;
            }

            if ((word.Equals("forward", StringComparison.OrdinalIgnoreCase) || word.Equals("back", StringComparison.OrdinalIgnoreCase))
                && i - 1 >= sentenceStart && tokens[i - 1].Kind == TokenKind.Word
                && TimeLexicon.MoveVerbs.Contains(text.Slice(tokens[i - 1].Start, tokens[i - 1].Span.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool GovernedByProposal(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int sentenceStart, int that)
    {
        int stop = Math.Max(sentenceStart, that - 8);
        for (int i = that - 1; i >= stop; i--)
        {
            var word = text.Slice(tokens[i].Start, tokens[i].Span.Length);
            if (TimeLexicon.Cue(word) == TenseCue.Proposal)
            {
                return true;
            }
        }

        return false;
    }

    private static Direction Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i, int sentenceEnd, int first)
    {
        var token = tokens[i];
        if (token.Kind is not (TokenKind.Word or TokenKind.Clitic))
        {
            return Direction.Unknown;
        }

        var word = text.Slice(token.Start, token.Span.Length);

        // "to be held", "will be delayed", "will stay closed": a participle after "be" or another copula takes its tense
        // from the copula or what precedes it.
        bool afterBe = i > 0 && IsCopula(text, tokens[i - 1]);
        if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
        {
            // "to be held": a future passive; "to be apprehensive" says nothing.
            return i + 2 < sentenceEnd && IsWord(text, tokens[i + 1], "be") && IsParticiple(text, tokens[i + 2])
                ? Direction.Future
                : Direction.Unknown;
        }

        // "due to the shooting" gives a cause, not a schedule.
        if (word.Equals("due", StringComparison.OrdinalIgnoreCase) && i + 1 < sentenceEnd && IsWord(text, tokens[i + 1], "to")
            && !(i + 2 < sentenceEnd && IsWord(text, tokens[i + 2], "be")))
        {
            return Direction.Unknown;
        }

        // "the Senate was to meet Monday": a plan seen from the past, still ahead of the article.
        if ((word.Equals("was", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase))
            && i + 1 < sentenceEnd && IsWord(text, tokens[i + 1], "to"))
        {
            return Direction.Future;
        }

        // "at a rally ahead of elections on Friday": what something comes ahead of lies ahead.
        if (word.Equals("ahead", StringComparison.OrdinalIgnoreCase) && i + 1 < sentenceEnd && IsWord(text, tokens[i + 1], "of"))
        {
            return Direction.Future;
        }

        var lexical = TimeLexicon.Cue(word);

        // "rejected the plan on Tuesday": right before the date, an intent noun (after a determiner) leaves the date to
        // the verb that governs it; further away ("his plans for Brexit by October 31") it still points ahead.
        if (lexical is TenseCue.Intent or TenseCue.Proposal && i > 0 && first - i <= 2 && IsDeterminer(text, tokens[i - 1]))
        {
            return Direction.Unknown;
        }

        // "has until Monday", "have to decide by Friday": a deadline ahead, not a perfect.
        if ((word.Equals("has", StringComparison.OrdinalIgnoreCase) || word.Equals("have", StringComparison.OrdinalIgnoreCase))
            && i + 1 < sentenceEnd && (IsWord(text, tokens[i + 1], "until") || IsWord(text, tokens[i + 1], "to") || IsWord(text, tokens[i + 1], "till")))
        {
            return Direction.Future;
        }

        // "agreed on Thursday to resume visits": a past act of intent right before the date is what the date times.
        if (lexical == TenseCue.Intent && first >= 0 && first - i <= 2 && !afterBe && IsPastIntent(word))
        {
            return Direction.Past;
        }

        switch (lexical)
        {
            case TenseCue.Past when afterBe:
            case TenseCue.Proposal when afterBe:
                return Direction.Unknown;
            case TenseCue.Past:
            case TenseCue.Proposal:
                return Direction.Past;
            case TenseCue.Future:
            case TenseCue.Intent:
                return Direction.Future;
            case TenseCue.Present:
                // "is to meet", "are to vote": a plan.
                if (i + 1 < sentenceEnd && IsWord(text, tokens[i + 1], "to"))
                {
                    return Direction.Future;
                }

                // A bare verb takes the tense of what governs it: "will begin", "to resume", "did not go", "won't open".
                if (word[^1] is not ('s' or 'S'))
                {
                    int b = i - 1;
                    if (b > 0 && (IsWord(text, tokens[b], "not") || IsWord(text, tokens[b], "n't") || IsWord(text, tokens[b], "n\u2019t")))
                    {
                        b--;
                    }

                    if (b >= 0 && tokens[b].Kind is TokenKind.Word or TokenKind.Clitic)
                    {
                        var before = text.Slice(tokens[b].Start, tokens[b].Span.Length);
                        // "first agreed to meet in March", "vowed to retake the city by December": a plan made in the past
                        // may lie on either side of the article date, so it takes the nearest such date.
                        if (before.Equals("to", StringComparison.OrdinalIgnoreCase) && b - 1 >= 0 && tokens[b - 1].Kind == TokenKind.Word
                            && IsPastIntent(text.Slice(tokens[b - 1].Start, tokens[b - 1].Span.Length)))
                        {
                            return Direction.Present;
                        }

                        if (before.Equals("to", StringComparison.OrdinalIgnoreCase) || TimeLexicon.Cue(before) == TenseCue.Future)
                        {
                            return Direction.Future;
                        }

                        if (before.Equals("did", StringComparison.OrdinalIgnoreCase))
                        {
                            return Direction.Past;
                        }
                    }
                }

                return Direction.Present;
            default:
                break;
        }

        return !afterBe && LooksRegularPast(word, token) ? Direction.Past : Direction.Unknown;
    }

    private static bool IsPastIntent(ReadOnlySpan<char> word) =>
        word.Equals("agreed", StringComparison.OrdinalIgnoreCase) || word.Equals("promised", StringComparison.OrdinalIgnoreCase)
        || word.Equals("vowed", StringComparison.OrdinalIgnoreCase) || word.Equals("threatened", StringComparison.OrdinalIgnoreCase)
        || word.Equals("pledged", StringComparison.OrdinalIgnoreCase) || word.Equals("decided", StringComparison.OrdinalIgnoreCase);

    private static bool IsCopula(ReadOnlySpan<char> text, Token token)
    {
        var w = text.Slice(token.Start, token.Span.Length);
        return w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("is", StringComparison.OrdinalIgnoreCase)
               || w.Equals("are", StringComparison.OrdinalIgnoreCase) || w.Equals("was", StringComparison.OrdinalIgnoreCase)
               || w.Equals("were", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
               || w.Equals("stay", StringComparison.OrdinalIgnoreCase) || w.Equals("remain", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDeterminer(ReadOnlySpan<char> text, Token token)
    {
        var w = text.Slice(token.Start, token.Span.Length);
        return w.Equals("the", StringComparison.OrdinalIgnoreCase) || w.Equals("a", StringComparison.OrdinalIgnoreCase)
               || w.Equals("an", StringComparison.OrdinalIgnoreCase) || w.Equals("its", StringComparison.OrdinalIgnoreCase)
               || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
               || w.Equals("their", StringComparison.OrdinalIgnoreCase) || w.Equals("our", StringComparison.OrdinalIgnoreCase)
               || w.Equals("this", StringComparison.OrdinalIgnoreCase) || w.Equals("whose", StringComparison.OrdinalIgnoreCase)
               || (token.Kind == TokenKind.Clitic && (w is "'s" or "\u2019s"));
    }

    private static bool IsParticiple(ReadOnlySpan<char> text, Token token)
    {
        var word = text.Slice(token.Start, token.Span.Length);
        return TimeLexicon.Cue(word) is TenseCue.Past or TenseCue.Proposal || LooksRegularPast(word, token);
    }

    /// <summary>A lower-case <c>-ed</c> word: a regular past tense or participle (<c>proposed</c>, <c>announced</c>).</summary>
    private static bool LooksRegularPast(ReadOnlySpan<char> word, Token token)
    {
        if (word.Length < 5 || token.Has(TokenTraits.Capitalized) || word[^1] != 'd' || word[^2] != 'e')
        {
            return false;
        }

        // "need", "indeed", "exceed", "speed": -eed words are mostly not past forms.
        return word[^3] != 'e' || word.Equals("agreed", StringComparison.OrdinalIgnoreCase) || word.Equals("freed", StringComparison.OrdinalIgnoreCase);
    }

    internal static bool IsWord(ReadOnlySpan<char> text, Token token, string word) =>
        text.Slice(token.Start, token.Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
}
