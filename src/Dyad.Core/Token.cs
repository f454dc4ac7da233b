namespace Dyad.Core;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    /// <summary>A quotation mark (straight or curly, single or double) used as a quote, not as an apostrophe.</summary>
    Quote,
    Symbol,
    /// <summary>A clitic split from the word before it: <c>’s</c>, <c>n’t</c>, <c>’ll</c>.</summary>
    Clitic,
}

[Flags]
public enum TokenTraits : byte
{
    None = 0,
    /// <summary>Whitespace precedes the token (or it starts the text).</summary>
    SpaceBefore = 1,
    /// <summary>A line break precedes the token.</summary>
    LineBreakBefore = 2,
    /// <summary>A blank line (paragraph break) precedes the token.</summary>
    ParagraphBreakBefore = 4,
    /// <summary>The first character is an upper-case letter.</summary>
    Capitalized = 8,
    /// <summary>The token is a known abbreviation or an initial that keeps its final period (<c>U.S.</c>, <c>Gen.</c>, <c>J.</c>).</summary>
    Abbreviation = 16,
}

/// <summary>A token: a view of the document text, stored in one flat list per document.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, TokenTraits Traits)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public bool Has(TokenTraits flag) => (Traits & flag) == flag;
}
