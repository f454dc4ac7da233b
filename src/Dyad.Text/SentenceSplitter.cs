using Dyad.Core;

namespace Dyad.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at a paragraph break; at a line break unless the text runs on
/// (the next line starts in lower case or the line ends with a comma); and after terminal punctuation (. ! ? … ...),
/// with any closing quotes and brackets, when what follows starts a sentence (a capital, a digit, an opening quote,
/// or the end). Abbreviations keep their period and end a sentence only when they may (<c>U.S.</c>, <c>Inc.</c>)
/// and a typical sentence opener follows. A wire dateline that opens a paragraph (<c>SEOUL (Reuters) -</c>) is a
/// sentence of its own.
/// </summary>
public static class SentenceSplitter
{
    public static void Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, List<Sentence> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (tokens.IsEmpty)
        {
            return;
        }

        int paragraph = 0;
        int first = 0;
        int dateline = Dateline.End(text, tokens, 0);
        for (int t = 1; t <= tokens.Length; t++)
        {
            bool boundary;
            if (t == tokens.Length || t == dateline)
            {
                boundary = true;
            }
            else
            {
                var next = tokens[t];
                if (next.Has(TokenTraits.ParagraphBreakBefore))
                {
                    boundary = true;
                }
                else if (next.Has(TokenTraits.LineBreakBefore))
                {
                    boundary = !RunsOn(text, tokens[t - 1], next);
                }
                else
                {
                    boundary = EndsSentence(text, tokens, first, t);
                }
            }

            if (!boundary)
            {
                continue;
            }

            var span = TextSpan.FromBounds(tokens[first].Start, tokens[t - 1].End);
            output.Add(new Sentence(span, first, t - first, paragraph));
            if (t < tokens.Length && tokens[t].Has(TokenTraits.ParagraphBreakBefore))
            {
                paragraph++;
                dateline = Dateline.End(text, tokens, t);
            }

            first = t;
        }
    }

    private static bool RunsOn(ReadOnlySpan<char> text, Token previous, Token next)
    {
        char head = text[next.Start];
        if (char.IsLower(head))
        {
            return true;
        }

        if (previous.Kind == TokenKind.Punctuation && previous.Length() == 1)
        {
            char p = text[previous.Start];
            return p is ',' or ';' or '-' or '(' or '\u2013';
        }

        return false;
    }

    /// <summary>Whether a sentence ends just before token <paramref name="t"/> (no line break between them).</summary>
    private static bool EndsSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first, int t)
    {
        // Walk back over closing quotes and brackets that hug the terminal punctuation.
        int k = t - 1;
        while (k > first && IsCloser(text, tokens[k]) && !tokens[k].Has(TokenTraits.SpaceBefore))
        {
            k--;
        }

        var end = tokens[k];
        bool abbreviation = false;
        if (end.Kind == TokenKind.Punctuation)
        {
            char p = text[end.Start];
            if (p is not ('.' or '!' or '?' or '\u2026'))
            {
                return false;
            }
        }
        else if (end.Has(TokenTraits.Abbreviation))
        {
            abbreviation = true;
        }
        else
        {
            return false;
        }

        var next = tokens[t];

        // A quote mark hugging the previous token closes (the walk-back above stops at a closer only when it is
        // preceded by a space); one after a space opens the next sentence.
        if (next.Kind == TokenKind.Quote)
        {
            if (!next.Has(TokenTraits.SpaceBefore))
            {
                return false;
            }

            return IsAmbiguousOrOpening(text[next.Start]) && (!abbreviation || MayEndWithAbbreviation(text, end));
        }

        if (abbreviation)
        {
            return MayEndWithAbbreviation(text, end)
                && next.Kind == TokenKind.Word
                && Abbreviations.IsSentenceStarter(text.Slice(next.Start, next.Span.Length));
        }

        if (text[end.Start] == '.' && end.Span.Length > 1 || text[end.Start] == '\u2026')
        {
            // An ellipsis ends a sentence only before a capital.
            return next.Has(TokenTraits.Capitalized);
        }

        return next.Has(TokenTraits.Capitalized)
            || next.Kind == TokenKind.Number
            || next.Kind == TokenKind.Quote
            || (next.Kind == TokenKind.Punctuation && text[next.Start] is '(' or '[' or '\u2014' or '-');
    }

    private static bool MayEndWithAbbreviation(ReadOnlySpan<char> text, Token end)
    {
        var word = text.Slice(end.Start, end.Span.Length);

        // Dotted acronyms of two or more letters (U.S., U.N., a.m.) may end a sentence; single initials (J.) may not.
        if (word.Length >= 4 && word[1] == '.')
        {
            return true;
        }

        return Abbreviations.IsFinal(word[..^1]);
    }

    private static bool IsCloser(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind == TokenKind.Quote)
        {
            return text[token.Start] is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';
        }

        return token.Kind == TokenKind.Punctuation && token.Span.Length == 1 && text[token.Start] is ')' or ']';
    }

    private static bool IsAmbiguousOrOpening(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u201E';
}

internal static class TokenExtensions
{
    public static int Length(this Token token) => token.Span.Length;
}
