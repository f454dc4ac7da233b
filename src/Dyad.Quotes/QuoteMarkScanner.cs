using Dyad.Core;

namespace Dyad.Quotes;

internal enum MarkFamily : byte
{
    Double,
    Single,
}

/// <summary>
/// Pairs quotation marks into quotes in one forward pass per paragraph with a small stack, so the cost is linear in
/// the number of marks whatever their balance. Straight marks take their direction from the spacing around them, or
/// from the balance when the spacing says nothing; a bare closing single mark after a plural <c>s</c> is an apostrophe
/// unless it is needed to close an open single quote and no later mark could. A quote left open at a paragraph's end
/// continues when the next paragraph opens with a quote mark (news style); otherwise it is reported and dropped.
/// Only top-level quotes are returned: quotes nested inside another quote belong to it.
/// </summary>
internal sealed class QuoteMarkScanner
{
    private const int MaxErrors = 20;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly List<Sentence> _sentences;
    private readonly List<RawQuote> _output;
    private readonly List<(int Token, MarkFamily Family)> _stack = [];
    private readonly Action<string> _report;
    private int _doubles;
    private int _singles;

    private QuoteMarkScanner(Document document, List<RawQuote> output, Action<string> report)
    {
        _text = document.Text;
        _tokens = document.Tokens;
        _sentences = document.Sentences;
        _output = output;
        _report = report;
    }

    private enum Direction : byte
    {
        Ignore,
        Open,
        Close,
    }

    /// <summary>Appends the document's top-level quotes to <paramref name="output"/>; unbalanced marks go to the document's errors.</summary>
    public static void Scan(Document document, List<RawQuote> output, string stage)
    {
        int reported = 0;
        void Report(string message)
        {
            reported++;
            if (reported <= MaxErrors)
            {
                document.Errors.Add(new DocumentError(stage, DyadErrors.UnbalancedQuote, message));
            }
        }

        new QuoteMarkScanner(document, output, Report).ScanAll();
        if (reported > MaxErrors)
        {
            document.Errors.Add(new DocumentError(
                stage, DyadErrors.UnbalancedQuote, $"{reported - MaxErrors} more unbalanced quotation marks not listed"));
        }
    }

    private void ScanAll()
    {
        RawQuote? continuing = null;
        int s = 0;
        while (s < _sentences.Count)
        {
            int paragraph = _sentences[s].Paragraph;
            int e = s;
            while (e + 1 < _sentences.Count && _sentences[e + 1].Paragraph == paragraph)
            {
                e++;
            }

            continuing = ScanParagraph(_sentences[s].FirstToken, _sentences[e].EndToken, paragraph, continuing);
            s = e + 1;
        }
    }

    /// <summary>Scans tokens [first, end) of one paragraph; returns the quote segment that continues into the next one.</summary>
    private RawQuote? ScanParagraph(int first, int end, int paragraph, RawQuote? continuing)
    {
        _stack.Clear();
        _doubles = 0;
        _singles = 0;
        int lastStrongSingleClose = -1;
        for (int t = first; t < end; t++)
        {
            if (_tokens[t].Kind == TokenKind.Quote && IsStrongSingleClose(t, first, end))
            {
                lastStrongSingleClose = t;
            }
        }

        int continuationOpen = -1;
        for (int t = first; t < end; t++)
        {
            if (_tokens[t].Kind != TokenKind.Quote)
            {
                continue;
            }

            var family = FamilyOf(_text[_tokens[t].Start]);
            var direction = DirectionOf(t, first, end, family, lastStrongSingleClose);
            if (direction == Direction.Open)
            {
                if (Count(family) > 0 && IsStraight(_text[_tokens[_stack[LastOf(family)].Token].Start]) != IsStraight(_text[_tokens[t].Start]))
                {
                    // Straight marks inside curly ones (or the reverse): a nested quote of the same family.
                }
                else if (Count(family) > 0)
                {
                    // A second opener of the same family while one is open: the first was never closed.
                    int at = LastOf(family);
                    ReportUnclosed(_stack[at].Token);
                    PopTo(at);
                }

                if (t == first && continuing is not null && family == MarkFamily.Double)
                {
                    continuationOpen = t;
                }

                _stack.Add((t, family));
                Adjust(family, 1);
            }
            else if (direction == Direction.Close)
            {
                if (Count(family) == 0)
                {
                    if (family == MarkFamily.Double)
                    {
                        _report($"closing quotation mark at {_tokens[t].Start} has no opening mark");
                    }

                    continue;
                }

                int at = LastOf(family);
                int open = _stack[at].Token;
                for (int k = _stack.Count - 1; k > at; k--)
                {
                    ReportUnclosed(_stack[k].Token);
                }

                PopTo(at);
                if (at == 0)
                {
                    Emit(open, t, paragraph, open == continuationOpen ? continuing : null);
                }
            }
        }

        RawQuote? next = null;
        if (_stack.Count > 0)
        {
            var (open, family) = _stack[0];
            if (family == MarkFamily.Double && OpensNextParagraph(end))
            {
                next = Emit(open, -1, paragraph, open == continuationOpen ? continuing : null);
            }
            else
            {
                ReportUnclosed(open);
            }

            PopTo(0);
        }

        return next;
    }

    private RawQuote? Emit(int open, int close, int paragraph, RawQuote? previous)
    {
        int start = _tokens[open].End;
        int end = close >= 0 ? _tokens[close].Start : _tokens[LastTokenOfParagraph(open)].End;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] == ','))
        {
            end--;
        }

        if (end <= start)
        {
            return null;
        }

        var quote = new RawQuote(open, close, TextSpan.FromBounds(start, end), paragraph) { Previous = previous };
        if (previous is not null)
        {
            previous.Next = quote;
        }

        _output.Add(quote);
        return quote;
    }

    private int LastTokenOfParagraph(int token)
    {
        int t = token;
        while (t + 1 < _tokens.Count && !_tokens[t + 1].Has(TokenTraits.ParagraphBreakBefore))
        {
            t++;
        }

        return t;
    }

    private bool OpensNextParagraph(int end)
    {
        if (end >= _tokens.Count || _tokens[end].Kind != TokenKind.Quote)
        {
            return false;
        }

        char c = _text[_tokens[end].Start];
        return c is '"' or '\u201C' or '\u201E' or '\u201F' or '\u00AB';
    }

    private void ReportUnclosed(int token) =>
        _report($"opening quotation mark at {_tokens[token].Start} is never closed");

    private void PopTo(int index)
    {
        for (int k = _stack.Count - 1; k >= index; k--)
        {
            Adjust(_stack[k].Family, -1);
        }

        _stack.RemoveRange(index, _stack.Count - index);
    }

    private int Count(MarkFamily family) => family == MarkFamily.Double ? _doubles : _singles;

    private void Adjust(MarkFamily family, int delta)
    {
        if (family == MarkFamily.Double)
        {
            _doubles += delta;
        }
        else
        {
            _singles += delta;
        }
    }

    private static MarkFamily FamilyOf(char c) =>
        c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u2039' or '\u203A' ? MarkFamily.Single : MarkFamily.Double;

    private Direction DirectionOf(int t, int first, int end, MarkFamily family, int lastStrongSingleClose)
    {
        char c = _text[_tokens[t].Start];
        bool spaceBefore = SpaceBefore(t, first);
        bool spaceAfter = SpaceAfter(t, end);
        switch (c)
        {
            case '"':
                if (!spaceBefore && t > first && _tokens[t - 1].Kind == TokenKind.Number && _doubles == 0)
                {
                    return Direction.Ignore; // 5'10": an inch mark
                }

                return spaceBefore && !spaceAfter ? Direction.Open
                    : !spaceBefore && spaceAfter ? Direction.Close
                    : _doubles > 0 ? Direction.Close : Direction.Open;
            case '\'':
                if (spaceBefore && !spaceAfter)
                {
                    // A straight single mark opens only when a later one can close it: 'specially, the 'net, ['s].
                    return IsElision(t, end) || lastStrongSingleClose <= t ? Direction.Ignore : Direction.Open;
                }

                if (!spaceBefore && spaceAfter)
                {
                    return ClosesSingle(t, end, lastStrongSingleClose) ? Direction.Close : Direction.Ignore;
                }

                return Direction.Ignore;
            case '\u201C' or '\u201E' or '\u201F' or '\u00AB' or '\u300C':
                return !spaceBefore && spaceAfter && _doubles > 0 ? Direction.Close : Direction.Open;
            case '\u201D' or '\u00BB' or '\u300D':
                return spaceBefore && !spaceAfter && _doubles == 0 ? Direction.Open : Direction.Close;
            case '\u2018' or '\u201A' or '\u2039':
                if (!spaceBefore && !spaceAfter && t > first && _tokens[t - 1].Kind == TokenKind.Word && t + 1 < end && _tokens[t + 1].Kind == TokenKind.Word)
                {
                    return Direction.Ignore; // I‘m: a misused apostrophe inside a word
                }

                return !spaceBefore && spaceAfter && _singles > 0 ? Direction.Close : Direction.Open;
            default:
                // ’ and ›: a closing single mark, an apostrophe, or (badly typeset) an opening one.
                if (spaceBefore && !spaceAfter)
                {
                    return !IsElision(t, end) && lastStrongSingleClose > t && _singles == 0 ? Direction.Open : Direction.Ignore;
                }

                return _singles > 0 && ClosesSingle(t, end, lastStrongSingleClose) ? Direction.Close : Direction.Ignore;
        }
    }

    /// <summary>Whether a closing single mark closes the open single quote rather than marking a plural possessive.</summary>
    private bool ClosesSingle(int t, int end, int lastStrongSingleClose) =>
        _singles > 0 && (!LooksPossessive(t, end) || lastStrongSingleClose <= t);

    /// <summary>A single closing mark that cannot be a possessive apostrophe: after a non-space, not after a plural s before a word.</summary>
    private bool IsStrongSingleClose(int t, int first, int end)
    {
        char c = _text[_tokens[t].Start];
        if (c is not ('\'' or '\u2019' or '\u203A' or '\u2018'))
        {
            return false;
        }

        return !SpaceBefore(t, first) && SpaceAfter(t, end) && !LooksPossessive(t, end);
    }

    /// <summary><c>the Koreas’ ties</c>: right after an s and before a word.</summary>
    private bool LooksPossessive(int t, int end)
    {
        int start = _tokens[t].Start;
        return start > 0 && _text[start - 1] is 's' or 'S' && !_tokens[t].Has(TokenTraits.SpaceBefore)
            && t + 1 < end && _tokens[t + 1].Has(TokenTraits.SpaceBefore)
            && _tokens[t + 1].Kind is TokenKind.Word or TokenKind.Number;
    }

    private bool IsElision(int t, int end) =>
        t + 1 < end && _tokens[t + 1].Kind == TokenKind.Word
        && WordClasses.Is(_text.AsSpan(_tokens[t + 1].Start, _tokens[t + 1].Span.Length), WordClass.Elision);

    private bool SpaceBefore(int t, int first)
    {
        if (t == first || _tokens[t].Has(TokenTraits.SpaceBefore))
        {
            return true;
        }

        var previous = _tokens[t - 1];
        char p = _text[previous.End - 1];
        // One mark back only: a run of marks must not make this quadratic.
        return previous.Kind == TokenKind.Quote ? IsOpenerChar(p) || t - 1 == first || previous.Has(TokenTraits.SpaceBefore)
            : p is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/';
    }

    private bool SpaceAfter(int t, int end)
    {
        if (t + 1 >= end || _tokens[t + 1].Has(TokenTraits.SpaceBefore))
        {
            return true;
        }

        var next = _tokens[t + 1];
        char n = _text[next.Start];
        return next.Kind == TokenKind.Quote ? !IsOpenerChar(n) || t + 2 >= end || _tokens[t + 2].Has(TokenTraits.SpaceBefore)
            : n is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '\u2026' or '-';
    }

    private static bool IsStraight(char c) => c is '"' or '\'';

    private static bool IsOpenerChar(char c) => c is '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u00AB' or '\u2039';

    private int LastOf(MarkFamily family)
    {
        for (int k = _stack.Count - 1; k >= 0; k--)
        {
            if (_stack[k].Family == family)
            {
                return k;
            }
        }

        return -1;
    }
}
