using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>Read-only word-level questions about a document's tokens, answered without allocating.</summary>
internal sealed class TokenView
{
    private readonly WordClass[] _classes;

    public TokenView(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;

        // One dictionary lookup per word, up front: the scans ask about the same tokens many times.
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens);
        _classes = new WordClass[tokens.Length];
        var text = Text.AsSpan();
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind == TokenKind.Word)
            {
                _classes[t] = WordClasses.Of(text.Slice(tokens[t].Start, tokens[t].Span.Length));
            }
        }
    }

    public Document Document { get; }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public int Count => Tokens.Count;

    public ReadOnlySpan<char> Word(int t) => Text.AsSpan(Tokens[t].Start, Tokens[t].Span.Length);

    public string WordText(int t) => Text.Substring(Tokens[t].Start, Tokens[t].Span.Length);

    public WordClass Class(int t) => _classes[t];

    public bool Has(int t, WordClass wordClass) => (_classes[t] & wordClass) != 0;

    /// <summary>A word that cancels a following cue (<c>declined to say</c>), or the clitic <c>n’t</c>.</summary>
    public bool IsNegation(int t) =>
        Has(t, WordClass.Negating) || (Tokens[t].Kind == TokenKind.Clitic && Text[Tokens[t].End - 1] is 't' or 'T');

    public bool IsWord(int t) => Tokens[t].Kind == TokenKind.Word;

    public bool IsCapitalized(int t) => Tokens[t].Kind == TokenKind.Word && Tokens[t].Has(TokenTraits.Capitalized);

    public bool IsLowerWord(int t) => Tokens[t].Kind == TokenKind.Word && char.IsLower(Text[Tokens[t].Start]);

    public bool Is(int t, char c) => Tokens[t].Span.Length == 1 && Text[Tokens[t].Start] == c;

    public bool Is(int t, string word) => Word(t).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsQuote(int t) => Tokens[t].Kind == TokenKind.Quote;

    /// <summary>A possessive clitic (<c>’s</c>) that keeps a noun phrase going.</summary>
    public bool IsPossessive(int t) =>
        Tokens[t].Kind == TokenKind.Clitic && Tokens[t].Span.Length == 2 && Text[Tokens[t].Start + 1] is 's' or 'S';

    /// <summary>A hyphen joining two words without spaces (<c>Jae-in</c>, <c>Japan-U.S.</c>).</summary>
    public bool IsJoiningHyphen(int t) =>
        Is(t, '-') && !Tokens[t].Has(TokenTraits.SpaceBefore) && t + 1 < Tokens.Count && !Tokens[t + 1].Has(TokenTraits.SpaceBefore);

    /// <summary>A token right after a joining hyphen: the second part of a compound (<c>in</c> of <c>Jae-in</c>).</summary>
    public bool IsHyphenTail(int t) => t >= 2 && IsJoiningHyphen(t - 1) && Tokens[t].Kind is TokenKind.Word or TokenKind.Number;

    public bool EndsWith(int t, string suffix) => Word(t).EndsWith(suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-case <c>-ly</c> adverb that may sit between a speaker and the cue.</summary>
    public bool IsLyAdverb(int t) => IsLowerWord(t) && Tokens[t].Span.Length > 4 && EndsWith(t, "ly");

    public TextSpan SpanOf(int first, int end) => TextSpan.FromBounds(Tokens[first].Start, Tokens[end - 1].End);
}
