using Dyad.Core;

namespace Dyad.Quotes;

/// <summary>
/// Stage <c>dyad.quotes.v1</c>: direct, partial and reported quotes with their speakers. Runs on tokens and
/// sentences; when the actors stage ran before it, speakers are linked to mentions and take their codes.
/// </summary>
public sealed class QuoteStage : IStage
{
    public const string Name = "dyad.quotes.v1";

    /// <summary>Quotes of at most this many words inside a reported clause are partial (<c>Abe “understood” …</c>).</summary>
    private const int LongQuoteTokens = 10;

    /// <summary>Also adds mentions: pronoun speakers and "we" inside direct quotes (see <see cref="PronounMentions"/>).</summary>
    public StageInfo Info { get; } = new(Name, Annotations.Tokens | Annotations.Sentences, Annotations.Quotes | Annotations.Mentions);

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quotes.Clear();
        document.Mentions.RemoveAll(m => m.Evidence.Stage == Name);
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0)
        {
            return;
        }

        var view = new TokenView(document);
        var marked = new List<RawQuote>();
        QuoteMarkScanner.Scan(document, marked, Name);
        foreach (var quote in marked)
        {
            quote.Kind = Classify(view, quote);
        }

        var used = new HashSet<int>();
        AttributeByCue(view, marked, used, QuoteKind.Direct);
        cancellationToken.ThrowIfCancellationRequested();

        var reported = new List<RawQuote>();
        var blocked = QuotedTokens(view, marked);
        foreach (int cue in used)
        {
            if (cue >= 0)
            {
                blocked[cue] = true;
            }
        }

        foreach (var sentence in document.Sentences)
        {
            ReportedSpeech.Find(view, sentence, blocked, reported);
        }

        AttributePartials(marked, reported);
        AttributeByCue(view, marked, used, QuoteKind.Partial);
        AttributeByEarlierCue(view, marked);
        AttributeByContext(view, marked, reported);

        var all = new List<RawQuote>(marked.Count + reported.Count);
        all.AddRange(marked);
        all.AddRange(reported);
        all.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));

        // Speakers are linked in text order so that a later "the official" can reach an earlier speaker.
        var bySpeaker = new List<RawQuote>(all.Where(q => q.Speaker is not null));
        bySpeaker.Sort((a, b) => a.Speaker!.Span.Start.CompareTo(b.Speaker!.Span.Start));
        var quotedSpans = new List<TextSpan>(marked.Count);
        foreach (var quote in marked)
        {
            quotedSpans.Add(quote.Content);
        }

        quotedSpans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var linker = new SpeakerLinker(view, quotedSpans);
        var linked = new Dictionary<SpeakerPhrase, Speaker>(ReferenceEqualityComparer.Instance);
        foreach (var quote in bySpeaker)
        {
            if (!linked.ContainsKey(quote.Speaker!))
            {
                linked[quote.Speaker!] = linker.Link(quote.Speaker!);
            }
        }

        foreach (var quote in all)
        {
            Speaker? speaker = quote.Speaker is { } phrase ? linked[phrase] : null;
            string rule = quote.Speaker?.Rule ?? quote.Rule;
            if (quote.Kind == QuoteKind.Partial && quote.Speaker is null)
            {
                rule = "quotes.partial.no-speaker";
            }

            document.Quotes.Add(new Quote(
                quote.Content,
                Math.Max(0, document.SentenceAt(quote.Content.Start)),
                quote.Kind,
                speaker,
                quote.Speaker?.Cue,
                new Evidence(Name, rule)));
        }

        PronounMentions.Add(view, linker, Name);
    }

    /// <summary>
    /// Direct when the quote is a clause of its own: it opens a sentence or follows a colon, comma or cue, and starts
    /// with a capital or ends with its own punctuation; or it runs over a sentence or paragraph; or it is long.
    /// Otherwise a few quoted words inside the writer's sentence are partial.
    /// </summary>
    private static QuoteKind Classify(TokenView v, RawQuote quote)
    {
        if (quote.Previous is not null || quote.Next is not null || quote.Close < 0)
        {
            return QuoteKind.Direct;
        }

        var text = v.Text.AsSpan(quote.Content.Start, quote.Content.Length);
        int open = quote.Open;
        bool clauseStart = open == 0 || v.Tokens[open].Has(TokenTraits.ParagraphBreakBefore) || v.Tokens[open].Has(TokenTraits.LineBreakBefore);
        if (!clauseStart)
        {
            int p = open - 1;
            clauseStart = v.Is(p, ':') || v.Is(p, ',') || v.Is(p, '\u2014') || v.Is(p, '\u2013') || v.Is(p, '(') || v.Is(p, '.')
                          || v.Is(p, '?') || v.Is(p, '!') || v.IsQuote(p) || v.Document.SentenceAt(v.Tokens[open].Start) != v.Document.SentenceAt(v.Tokens[p].Start)
                          || (v.IsWord(p) && v.Has(p, WordClass.Cue | WordClass.Participle));
        }

        // "… and the military for collapsing, “sometimes without trying to fight.”": lower-case words after a comma that
        // follows no cue finish the writer's sentence; "said, “we will fight.”" is a clause of its own.
        bool lowerAfterComma = quote.Content.Length > 0 && char.IsLower(v.Text[quote.Content.Start]) && open > 1 && v.Is(open - 1, ',')
                               && !(v.IsWord(open - 2) && v.Has(open - 2, WordClass.Cue | WordClass.Participle));

        char last = v.Text[v.Tokens[quote.Close].Start - 1];
        bool ownPunctuation = last is '.' or '?' or '!' or '\u2026' or ','
                              || v.Text[quote.Content.End - 1] is '.' or '?' or '!' || v.Text[quote.Content.End] == ',';
        // An editor's bracket or ellipsis before the first word hides its case: "[Khan] had been released".
        var words = text.TrimStart("[(.\u2026 ");
        bool capital = words.Length > 0 && (char.IsUpper(words[0]) || char.IsDigit(words[0]));
        if (clauseStart && (capital || ownPunctuation && !lowerAfterComma))
        {
            return QuoteKind.Direct;
        }

        if (capital && v.Text[quote.Content.End - 1] is '.' or '?' or '!')
        {
            return QuoteKind.Direct; // a whole quoted sentence, wherever it stands
        }

        int wordCount = quote.Close - quote.Open - 1;
        if (wordCount >= LongQuoteTokens && (capital || ownPunctuation))
        {
            return QuoteKind.Direct;
        }

        return HasSentenceBreak(text) ? QuoteKind.Direct : QuoteKind.Partial;
    }

    private static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        for (int i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Speakers from a cue right next to the marks: after the closing mark, or before the opening one.</summary>
    private static void AttributeByCue(TokenView v, List<RawQuote> quotes, HashSet<int> used, QuoteKind kind)
    {
        var sentences = v.Document.Sentences;
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Kind != kind || quote.Speaker is not null)
            {
                continue;
            }

            int previousClose = i > 0 ? Math.Max(quotes[i - 1].Close + 1, quotes[i - 1].Open + 1) : 0;
            int nextOpen = i + 1 < quotes.Count ? quotes[i + 1].Open : v.Count;
            int openSentence = v.Document.SentenceAt(v.Tokens[quote.Open].Start);
            int sentenceFirst = sentences[openSentence].FirstToken;
            SpeakerPhrase? found = null;

            SpeakerPhrase? Trailing()
            {
                if (quote.Close < 0)
                {
                    return null;
                }

                var closeSentence = sentences[v.Document.SentenceAt(v.Tokens[quote.Close].Start)];
                int limit = Math.Min(closeSentence.EndToken, nextOpen);
                // A partial quote only takes a cue that follows it at once: "‘Out of step,’ says Tokyo".
                int reach = quote.Kind == QuoteKind.Direct ? 24 : 1;
                var speaker = SpeakerFinder.Trailing(v, quote.Close + 1, limit, closeSentence.FirstToken, reach);
                if (speaker is null && quote.Kind == QuoteKind.Direct && quote.Close + 1 == closeSentence.EndToken)
                {
                    speaker = NextSentence(v, closeSentence, nextOpen);
                }

                return speaker;
            }

            SpeakerPhrase? Leading()
            {
                int windowStart = Math.Max(sentenceFirst, previousClose);
                if (quote.Kind == QuoteKind.Partial && quote.Open - 1 >= windowStart && !v.Has(quote.Open - 1, WordClass.Cue) && !v.Is(quote.Open - 1, ':'))
                {
                    return SpeakerFinder.Evaluative(v, windowStart, quote.Open, sentenceFirst);
                }

                var speaker = SpeakerFinder.Leading(v, windowStart, quote.Open, sentenceFirst)
                              ?? SpeakerFinder.StatementColon(v, windowStart, quote.Open, sentenceFirst);
                if (speaker is null && quote.Open == sentenceFirst && openSentence > 0)
                {
                    // "Kim told reporters:" closing the sentence or paragraph before the quote.
                    var previous = sentences[openSentence - 1];
                    if (v.Is(previous.EndToken - 1, ':'))
                    {
                        speaker = SpeakerFinder.Leading(v, previous.FirstToken, previous.EndToken, previous.FirstToken);
                    }
                }

                return speaker;
            }

            bool opensSentence = quote.Open == sentenceFirst || quote.Open == previousClose;
            found = opensSentence ? Trailing() ?? Leading() : Leading() ?? Trailing();
            if (found is null && quote.Kind == QuoteKind.Direct)
            {
                // The last resort: the subject of a clause ending in a colon before the quote.
                found = SpeakerFinder.ColonSubject(v, Math.Max(sentenceFirst, previousClose), quote.Open, sentenceFirst);
            }
            if (found is not null)
            {
                quote.Speaker = found;
                used.Add(found.CueToken);
            }
        }
    }

    /// <summary><c>“We are ready.” Kim said.</c>: a short next sentence that is only an attribution.</summary>
    private static SpeakerPhrase? NextSentence(TokenView v, Sentence closeSentence, int nextOpen)
    {
        int index = v.Document.SentenceAt(closeSentence.Start) + 1;
        if (index >= v.Document.Sentences.Count)
        {
            return null;
        }

        var next = v.Document.Sentences[index];
        if (next.Paragraph != closeSentence.Paragraph || next.TokenCount > 14 || next.FirstToken >= nextOpen)
        {
            return null;
        }

        // "According to the Pentagon, the strike was ordered …" carries its own report: it is not an attribution line.
        var speaker = SpeakerFinder.Trailing(v, next.FirstToken, next.EndToken, next.FirstToken, 8);
        return speaker is null || speaker.Rule == "quotes.direct.according-to" ? null : speaker with { Rule = "quotes.direct.next-sentence" };
    }

    /// <summary>A partial quote inside a reported clause has the clause's speaker.</summary>
    private static void AttributePartials(List<RawQuote> quotes, List<RawQuote> reported)
    {
        int r = 0;
        foreach (var quote in quotes)
        {
            if (quote.Speaker is not null)
            {
                continue;
            }

            while (r < reported.Count && reported[r].Content.End < quote.Content.Start)
            {
                r++;
            }

            for (int k = r; k < reported.Count && reported[k].Content.Start <= quote.Content.Start; k++)
            {
                if (reported[k].Content.Contains(quote.Content.Start))
                {
                    quote.Speaker = reported[k].Speaker! with { Rule = quote.Kind == QuoteKind.Partial ? "quotes.partial.reported-clause" : "quotes.direct.reported-clause" };
                    break;
                }
            }
        }
    }

    /// <summary>A quote inside a sentence with no cue next to its marks takes a cue earlier in the same sentence.</summary>
    private static void AttributeByEarlierCue(TokenView v, List<RawQuote> quotes)
    {
        for (int i = 0; i < quotes.Count; i++)
        {
            var quote = quotes[i];
            if (quote.Speaker is not null || quote.Previous is not null || quote.Next is not null)
            {
                continue;
            }

            int sentence = v.Document.SentenceAt(v.Tokens[quote.Open].Start);
            int first = v.Document.Sentences[sentence].FirstToken;
            if (quote.Open <= first)
            {
                continue;
            }

            SpeakerPhrase? earlier = null;
            for (int k = i - 1; k >= 0 && quotes[k].Open >= first; k--)
            {
                if (quotes[k].Speaker is { } s && s.CueToken < quote.Open)
                {
                    earlier = s;
                    break;
                }
            }

            quote.Speaker = SpeakerFinder.EarlierCue(v, first, quote.Open, earlier);
        }
    }

    /// <summary>
    /// Direct quotes with no cue of their own: the other segments of a quote that runs over paragraphs, the previous
    /// speaker in the paragraph, the speaker of the previous sentence, or the last speaker of the previous paragraph
    /// when the paragraph opens with the quote.
    /// </summary>
    private static void AttributeByContext(TokenView v, List<RawQuote> quotes, List<RawQuote> reported)
    {
        foreach (var quote in quotes)
        {
            if (quote.Speaker is not null || (quote.Previous is null && quote.Next is null))
            {
                continue;
            }

            for (var other = quote.Previous; other is not null && quote.Speaker is null; other = other.Previous)
            {
                quote.Speaker = other.Speaker;
            }

            for (var other = quote.Next; other is not null && quote.Speaker is null; other = other.Next)
            {
                quote.Speaker = other.Speaker;
            }

            if (quote.Speaker is not null)
            {
                quote.Speaker = quote.Speaker with { Rule = "quotes.direct.continued-paragraph" };
            }
        }

        // Every speaker so far, in text order, to find the one last named before a quote.
        var speakers = new List<(int Position, int Paragraph, int Sentence, SpeakerPhrase Phrase)>();
        foreach (var q in quotes.Concat(reported))
        {
            if (q.Speaker is { } s && q.Kind != QuoteKind.Partial)
            {
                speakers.Add((q.Content.Start, q.Paragraph, v.Document.SentenceAt(q.Content.Start), s));
            }
        }

        speakers.Sort((a, b) => a.Position.CompareTo(b.Position));
        int k = 0;
        (int Position, int Paragraph, int Sentence, SpeakerPhrase Phrase)? last = null;
        foreach (var quote in quotes)
        {
            while (k < speakers.Count && speakers[k].Position < quote.Content.Start)
            {
                last = speakers[k];
                k++;
            }

            if (quote.Speaker is null && quote.Previous?.Speaker is { } chained)
            {
                quote.Speaker = chained with { Rule = "quotes.direct.continued-paragraph" };
            }

            if (quote.Speaker is not null || quote.Kind != QuoteKind.Direct || last is not { } previous)
            {
                continue;
            }

            int sentence = v.Document.SentenceAt(quote.Content.Start);
            bool opensParagraph = v.Tokens[quote.Open].Has(TokenTraits.ParagraphBreakBefore) || quote.Open == 0;
            if (previous.Paragraph == quote.Paragraph)
            {
                quote.Speaker = previous.Phrase with { Rule = sentence - previous.Sentence <= 1 ? "quotes.direct.previous-sentence" : "quotes.direct.previous-speaker" };
            }
            else if (opensParagraph && previous.Paragraph == quote.Paragraph - 1)
            {
                quote.Speaker = previous.Phrase with { Rule = "quotes.direct.previous-paragraph" };
            }
        }
    }

    /// <summary>Which tokens lie inside quotation marks (cues there belong to the quoted speaker, not to the report).</summary>
    private static bool[] QuotedTokens(TokenView v, List<RawQuote> quotes)
    {
        var quoted = new bool[v.Count];
        foreach (var quote in quotes)
        {
            int end = quote.Close >= 0 ? quote.Close : v.Count;
            for (int t = quote.Open; t < end && v.Tokens[t].Start < quote.Content.End + 1; t++)
            {
                quoted[t] = true;
            }
        }

        return quoted;
    }
}
