using System.Globalization;
using Dyad.Core;

namespace Dyad.Text;

/// <summary>
/// Splits a body into tokens with offsets in one forward pass, appending to a caller's list (no allocation per token).
/// Words keep internal apostrophes (<c>O’Brien</c>) but clitics are split (<c>Korea</c> <c>’s</c>, <c>do</c> <c>n’t</c>);
/// hyphens between words are tokens of their own (<c>Japan</c> <c>-</c> <c>U.S.</c>); numbers keep their separators
/// (<c>1,000</c>, <c>3.5</c>, <c>2017-07-07</c>, <c>10:30</c>); known abbreviations and initials keep their period.
/// </summary>
public static class Tokenizer
{
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        int n = text.Length;
        var pending = TokenTraits.SpaceBefore;
        while (i < n)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF' || c == '\u200B')
            {
                int newlines = 0;
                while (i < n && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF' || text[i] == '\u200B'))
                {
                    if (text[i] == '\n')
                    {
                        newlines++;
                    }

                    i++;
                }

                pending |= TokenTraits.SpaceBefore;
                if (newlines >= 1)
                {
                    pending |= TokenTraits.LineBreakBefore;
                }

                if (newlines >= 2)
                {
                    pending |= TokenTraits.ParagraphBreakBefore;
                }

                continue;
            }

            int start = i;
            TokenKind kind;
            var traits = pending;
            pending = TokenTraits.None;

            if ((c is 'n' or 'N') && i > 0 && char.IsLetter(text[i - 1]) && i + 2 < n && IsApostrophe(text[i + 1])
                && (text[i + 2] is 't' or 'T') && (i + 3 >= n || !char.IsLetter(text[i + 3])))
            {
                i += 3;
                kind = TokenKind.Clitic;
            }
            else if (IsWordChar(c))
            {
                int end = ScanWord(text, i, out kind, out bool abbreviation, out int clitic);
                if (clitic > 0)
                {
                    end = clitic;
                }

                if (abbreviation)
                {
                    traits |= TokenTraits.Abbreviation;
                }

                i = end;
            }
            else if (IsApostrophe(c) && i + 2 < n && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                     && (i + 3 >= n || !char.IsAsciiDigit(text[i + 3])) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                // ’90s, '97: an elided century, not a quote mark.
                i += 3;
                while (i < n && char.IsLetter(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Number;
            }
            else if (IsApostrophe(c) && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < n && char.IsLetter(text[i + 1])
                     && IsClitic(text, i, out int cliticEnd))
            {
                i = cliticEnd;
                kind = TokenKind.Clitic;
            }
            else if (IsQuoteChar(c))
            {
                i++;
                kind = TokenKind.Quote;
            }
            else if (c == '.' && i + 1 < n && text[i + 1] == '.')
            {
                while (i < n && text[i] == '.')
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
            }
            else if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                while (i < n && text[i] == '-')
                {
                    i++;
                }

                kind = TokenKind.Punctuation;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(text[i + 1]))
            {
                i += 2;
                kind = TokenKind.Symbol;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
            }

            if (char.IsUpper(text[start]))
            {
                traits |= TokenTraits.Capitalized;
            }

            output.Add(new Token(new TextSpan(start, i - start), kind, traits));
        }
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    public static bool IsQuoteChar(char c) =>
        c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB'
            or '\u2039' or '\u203A' or '\u300C' or '\u300D';

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Scans a word or number from <paramref name="i"/>; returns its end. <paramref name="clitic"/> is set when a clitic must be split off.</summary>
    private static int ScanWord(ReadOnlySpan<char> text, int i, out TokenKind kind, out bool abbreviation, out int clitic)
    {
        int n = text.Length;
        int start = i;
        bool numeric = char.IsDigit(text[i]);
        abbreviation = false;
        clitic = 0;
        int j = i;
        while (true)
        {
            while (j < n && IsWordChar(text[j]))
            {
                j++;
            }

            if (j + 1 >= n)
            {
                break;
            }

            char next = text[j];
            char after = text[j + 1];
            if (numeric && char.IsDigit(text[j - 1]) && char.IsDigit(after) && next is ',' or '.' or ':' or '/' or '-')
            {
                j++;
                continue;
            }

            if (IsApostrophe(next) && char.IsLetter(after))
            {
                if (IsClitic(text, j, out _))
                {
                    // "don’t" → "do" + "n’t"; "Korea’s" → "Korea" + "’s".
                    if ((after is 't' or 'T') && j - 1 > start && (text[j - 1] is 'n' or 'N'))
                    {
                        clitic = j - 1;
                    }

                    break;
                }

                j++;
                continue;
            }

            break;
        }

        kind = numeric ? TokenKind.Number : TokenKind.Word;
        if (clitic > 0 || j >= n || text[j] != '.' || numeric)
        {
            return j;
        }

        // A period after a word: part of an initial, a dotted acronym (U.S., a.m.) or a known abbreviation?
        var word = text[start..j];
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            int k = j + 1;
            while (k + 1 < n && char.IsLetter(text[k]) && text[k + 1] == '.')
            {
                k += 2;
            }

            abbreviation = true;
            return k;
        }

        if (Abbreviations.IsInner(word) || Abbreviations.IsFinal(word))
        {
            abbreviation = true;
            return j + 1;
        }

        if (Abbreviations.IsBeforeNumber(word))
        {
            int k = j + 1;
            while (k < n && text[k] == ' ')
            {
                k++;
            }

            if (k < n && char.IsDigit(text[k]))
            {
                abbreviation = true;
                return j + 1;
            }
        }

        return j;
    }

    /// <summary>Whether the apostrophe at <paramref name="i"/> starts a clitic (’s, ’ll, ’re, ’ve, ’m, ’d, or the t of n’t).</summary>
    private static bool IsClitic(ReadOnlySpan<char> text, int i, out int end)
    {
        int k = i + 1;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        end = k;
        var suffix = text[(i + 1)..k];
        if (suffix.Length == 1)
        {
            char s = char.ToLowerInvariant(suffix[0]);
            if (s is 's' or 'm' or 'd')
            {
                return true;
            }

            if (s == 't' && i > 0 && text[i - 1] is 'n' or 'N')
            {
                // The clitic is "n’t": it starts one character earlier.
                return true;
            }

            return false;
        }

        return suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase);
    }
}
