using Dyad.Core;

namespace Dyad.Evaluation.Gold;

/// <summary>How many items of one layer were found, and which were missed (or, for forbidden items, produced).</summary>
public sealed record LayerScore(string Layer, int Found, int Total, IReadOnlyList<string> Misses)
{
    public static LayerScore operator +(LayerScore a, LayerScore b) => new(a.Layer, a.Found + b.Found, a.Total + b.Total, [.. a.Misses, .. b.Misses]);

    public static LayerScore Add(LayerScore left, LayerScore right) => left + right;
}

/// <summary>
/// Scores one coded document against its gold file with the gold format's tolerant rules: text and sentence are
/// substrings, codes are lists of acceptable values, CAMEO roots are the first two digits; an actor's codes are read
/// through <c>refers_to</c>; negated events never count as produced.
/// </summary>
public static class GoldScorer
{
    public static IReadOnlyList<LayerScore> Score(GoldFile gold, Document document)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(document);
        return
        [
            Count("timex_required", gold.TimexRequired, item => document.Timexes.Any(t => TimexMatches(document, item, t))),
            Count("timex_optional", gold.TimexOptional, item => document.Timexes.Any(t => TimexMatches(document, item, t))),
            Count("actors_required", gold.ActorsRequired, item => document.Mentions.Any(m => MentionMatches(document, item, m))),
            Count("actors_optional", gold.ActorsOptional, item => document.Mentions.Any(m => MentionMatches(document, item, m))),
            Count("locations", gold.Locations, item => document.Mentions.Any(m => MentionMatches(document, item, m))),
            Count("quotes_found", gold.QuotesRequired, item => document.Quotes.Any(q => QuoteFound(document, item, q))),
            Count("quotes_attributed", gold.QuotesRequired, item => document.Quotes.Any(q => QuoteAttributed(document, item, q))),
            Count("quotes_optional", gold.QuotesOptional, item => document.Quotes.Any(q => QuoteAttributed(document, item, q))),
            Count("events_required", gold.EventsRequired, item => document.Events.Any(e => EventMatches(document, item, e, checkDate: true))),
            Count("events_optional", gold.EventsOptional, item => document.Events.Any(e => EventMatches(document, item, e, checkDate: true))),
            Count("events_forbidden_produced", gold.EventsForbidden, item => document.Events.Any(e => EventMatches(document, item, e, checkDate: false)), invert: true),
        ];
    }

    private static LayerScore Count(string layer, List<GoldItem> items, Func<GoldItem, bool> found, bool invert = false)
    {
        int hits = 0;
        var misses = new List<string>();
        foreach (var item in items)
        {
            bool ok = found(item);
            if (ok)
            {
                hits++;
            }

            if (ok == invert)
            {
                misses.Add(item.ToString());
            }
        }

        return new LayerScore(layer, hits, items.Count, misses);
    }

    private static string SentenceText(Document document, int sentence) =>
        sentence >= 0 && sentence < document.Sentences.Count ? document.TextOf(document.Sentences[sentence].Span) : string.Empty;

    private static bool InSentence(Document document, GoldItem item, int sentence) =>
        item["sentence_contains"] is not { } part || SentenceText(document, sentence).Contains(part, StringComparison.Ordinal);

    private static bool OneOf(IReadOnlyList<string>? acceptable, string? value) =>
        acceptable is null || (value is not null && acceptable.Contains(value, StringComparer.Ordinal));

    private static bool TimexMatches(Document document, GoldItem item, TimeExpression timex) =>
        document.TextOf(timex.Span).Contains(item["text"] ?? string.Empty, StringComparison.Ordinal)
        && InSentence(document, item, timex.Sentence)
        && OneOf(item.Values("value"), timex.Value);

    /// <summary>The mention that carries the codes: the antecedent when a mention refers back.</summary>
    public static Mention Resolve(Document document, Mention mention)
    {
        ArgumentNullException.ThrowIfNull(document);
        var current = mention;
        for (int hops = 0; hops < 20 && current.RefersTo is { } next && next >= 0 && next < document.Mentions.Count; hops++)
        {
            if (current.Country is not null)
            {
                break;
            }

            current = document.Mentions[next];
        }

        return current;
    }

    private static bool TextsOverlap(string produced, string gold) =>
        produced.Contains(gold, StringComparison.OrdinalIgnoreCase) || (produced.Length >= 3 && gold.Contains(produced, StringComparison.OrdinalIgnoreCase) && produced.Length * 2 >= gold.Length);

    private static bool MentionMatches(Document document, GoldItem item, Mention mention)
    {
        if (!TextsOverlap(document.TextOf(mention.Span), item["text"] ?? string.Empty) || !InSentence(document, item, mention.Sentence))
        {
            return false;
        }

        var resolved = Resolve(document, mention);
        return OneOf(item.Values("country"), mention.Country ?? resolved.Country)
            && OneOf(item.Values("agent"), mention.Agent ?? resolved.Agent)
            && OneOf(item.Values("kind"), Core.Serialization.DocumentJson.KindName(mention.Kind));
    }

    private static bool QuoteFound(Document document, GoldItem item, Quote quote) =>
        document.TextOf(quote.Span).Contains(item["contains"] ?? string.Empty, StringComparison.Ordinal);

    private static bool QuoteAttributed(Document document, GoldItem item, Quote quote)
    {
        if (!QuoteFound(document, item, quote) || quote.Speaker is not { } speaker)
        {
            return false;
        }

        if (item["speaker_contains"] is { } who && !document.TextOf(speaker.Span).Contains(who, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return OneOf(item.Values("speaker_country"), speaker.Country);
    }

    private static bool EventMatches(Document document, GoldItem item, Event e, bool checkDate)
    {
        if (e.Negated || !InSentence(document, item, e.Sentence))
        {
            return false;
        }

        return OneOf(item.Values("source_country"), e.Source.Country)
            && OneOf(item.Values("target_country"), e.Target.Country)
            && OneOf(item.Values("cameo_root"), e.CameoRoot)
            && (!checkDate || OneOf(item.Values("date"), e.Date));
    }
}
