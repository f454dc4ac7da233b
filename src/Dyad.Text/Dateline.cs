using Dyad.Core;

namespace Dyad.Text;

/// <summary>
/// A wire dateline that opens a paragraph: the place (in capitals, or followed by an agency in brackets), an optional
/// date, then a dash before the story: <c>SEOUL (Reuters) -</c>, <c>WASHINGTON —</c>, <c>TOKYO, July 19 (Kyodo) --</c>,
/// <c>Kyiv, Ukraine (AP) —</c>. It is a sentence of its own: its place is where the story was filed, not an actor.
/// </summary>
public static class Dateline
{
    private const int MaxTokens = 16;

    /// <summary>
    /// The token after the dash of a dateline that starts at token <paramref name="first"/>, or -1 when none starts there.
    /// </summary>
    public static int End(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first >= tokens.Length || tokens[first].Kind != TokenKind.Word || !tokens[first].Has(TokenTraits.Capitalized))
        {
            return -1;
        }

        bool capitals = IsAllCapitals(text.Slice(tokens[first].Start, tokens[first].Span.Length));
        bool agency = false;
        for (int t = first + 1; t < tokens.Length && t - first < MaxTokens; t++)
        {
            var token = tokens[t];
            var word = text.Slice(token.Start, token.Span.Length);
            if (IsDash(word) && token.Has(TokenTraits.SpaceBefore))
            {
                // The story follows the dash: a dateline is never the whole text.
                return (capitals || agency) && t + 1 < tokens.Length ? t + 1 : -1;
            }

            if (word is "(")
            {
                // "(Reuters)", "(AP)", "(Yonhap News Agency)": capitalized words, then the closing bracket.
                int k = t + 1;
                while (k < tokens.Length && k - t <= 4 && tokens[k].Kind == TokenKind.Word && tokens[k].Has(TokenTraits.Capitalized))
                {
                    k++;
                }

                if (k == t + 1 || k >= tokens.Length || text.Slice(tokens[k].Start, tokens[k].Span.Length) is not ")")
                {
                    return -1;
                }

                agency = true;
                t = k;
                continue;
            }

            // Places, months and days, numbers, and the commas, periods and slashes between them.
            bool placeOrDate = token.Kind == TokenKind.Number
                || token.Kind == TokenKind.Word && (token.Has(TokenTraits.Capitalized) || token.Has(TokenTraits.Abbreviation))
                || word is "," or "." or "/";
            if (!placeOrDate || token.Has(TokenTraits.LineBreakBefore))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "--" or "\u2014" or "\u2013";

    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }
}
