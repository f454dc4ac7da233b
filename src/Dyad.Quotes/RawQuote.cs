using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>A speaker found for a quote: the noun phrase, the cue and the rule, before it is linked to mentions.</summary>
internal sealed record SpeakerPhrase(TextSpan Span, int FirstToken, int EndToken, string? Cue, int CueToken, string Rule);

/// <summary>
/// A quotation being built: the marks that delimit it (or the reported clause), then its kind and speaker.
/// A quote that runs on into the next paragraph is a chain of segments linked by <see cref="Previous"/>/<see cref="Next"/>.
/// </summary>
internal sealed class RawQuote
{
    public RawQuote(int open, int close, TextSpan content, int paragraph)
    {
        Open = open;
        Close = close;
        Content = content;
        Paragraph = paragraph;
    }

    /// <summary>The token of the opening mark (for an indirect quote: the first token of the clause).</summary>
    public int Open { get; }

    /// <summary>The token of the closing mark, or -1 when the segment runs to its paragraph's end (and continues).</summary>
    public int Close { get; }

    /// <summary>The quoted text, without the marks, surrounding space or a trailing comma.</summary>
    public TextSpan Content { get; }

    public int Paragraph { get; }

    public RawQuote? Previous { get; set; }

    public RawQuote? Next { get; set; }

    public QuoteKind Kind { get; set; }

    public SpeakerPhrase? Speaker { get; set; }

    /// <summary>The rule that found the quote when no speaker was found (otherwise the speaker's rule is used).</summary>
    public string Rule { get; set; } = "quotes.direct.no-speaker";

    /// <summary>For an indirect quote: the cue token, so quotes are not found twice from it.</summary>
    public int CueToken { get; set; } = -1;
}
