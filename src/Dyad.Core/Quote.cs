namespace Dyad.Core;

public enum QuoteKind : byte
{
    Direct,
    Partial,
    Indirect,
}

/// <summary>The speaker of a quote: the text that names them and, when found, the mention it links to.</summary>
public sealed record Speaker(TextSpan Span, int? Mention, string? Actor, string? Country);

/// <summary>A quotation: the quoted (or reported) text, its speaker and the cue verb.</summary>
public sealed record Quote(TextSpan Span, int Sentence, QuoteKind Kind, Speaker? Speaker, string? Cue, Evidence Evidence);
