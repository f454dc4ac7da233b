using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;

namespace Dyad.Evaluation.Quotes;

/// <summary>How one gold quote fared: found (text), speaker text right, speaker country right.</summary>
public readonly record struct QuoteMatch(bool Found, bool Speaker, bool Country)
{
    public bool Attributed => Found && Speaker && Country;
}

/// <summary>One gold quote's result, for reporting misses.</summary>
public sealed record QuoteResult(string Gold, QuoteGoldItem Item, QuoteMatch Match, Quote? Best);

/// <summary>Totals over gold files: required quotes, how many were found, how many attributed (speaker text and country).</summary>
public sealed record QuoteEvaluation(int Required, int Found, int Attributed, IReadOnlyList<QuoteResult> Results)
{
    public string Summary => $"quotes_found: {Found}/{Required} quotes_attributed: {Attributed}/{Required}";
}

/// <summary>
/// Scores quotes against gold files: a gold quote is found when an extracted quote's text contains its <c>contains</c>;
/// attributed when such a quote's speaker text contains <c>speaker_contains</c> and its country is one of
/// <c>speaker_country</c>.
/// </summary>
public static class QuoteScorer
{
    public static QuoteMatch Match(Document document, QuoteGoldItem item, out Quote? best)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(item);
        best = null;
        var result = default(QuoteMatch);
        foreach (var quote in document.Quotes)
        {
            if (!document.Slice(quote.Span).Contains(item.Contains, StringComparison.Ordinal))
            {
                continue;
            }

            var speaker = quote.Speaker;
            bool text = item.SpeakerContains is null
                        || (speaker is not null && document.Slice(speaker.Span).Contains(item.SpeakerContains, StringComparison.OrdinalIgnoreCase));
            bool country = item.SpeakerCountries.Count == 0 || (speaker?.Country is { } c && item.SpeakerCountries.Contains(c));
            var match = new QuoteMatch(true, text, text && country);
            if (best is null || Rank(match) > Rank(result))
            {
                best = quote;
                result = match;
            }
        }

        return result;
    }

    /// <summary>Codes every gold file's document in <paramref name="goldFolder"/> with <paramref name="engine"/> and scores the required quotes.</summary>
    public static QuoteEvaluation Evaluate(string goldFolder, DyadEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        int required = 0, found = 0, attributed = 0;
        var results = new List<QuoteResult>();
        foreach (var path in Directory.EnumerateFiles(goldFolder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = QuoteGoldFile.Load(path);
            var document = Read(gold.DocumentPath, gold.DocumentId);
            if (document is not null)
            {
                engine.Code(document);
            }

            foreach (var item in gold.Required)
            {
                required++;
                Quote? best = null;
                var match = document is null ? default : Match(document, item, out best);
                found += match.Found ? 1 : 0;
                attributed += match.Attributed ? 1 : 0;
                results.Add(new QuoteResult(path, item, match, best));
            }
        }

        return new QuoteEvaluation(required, found, attributed, results);
    }

    private static Document? Read(string path, string? id)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (var item in DocumentReader.ReadFile(path))
        {
            if (id is null || item.Document?.Id == id)
            {
                return item.Document?.ToDocument();
            }
        }

        return null;
    }

    private static int Rank(QuoteMatch match) => (match.Found ? 1 : 0) + (match.Speaker ? 2 : 0) + (match.Country ? 4 : 0);
}
