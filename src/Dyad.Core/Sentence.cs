namespace Dyad.Core;

/// <summary>A sentence: its span in the body, its tokens as a range of the document's token list, and its paragraph number.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public int EndToken => FirstToken + TokenCount;
}
