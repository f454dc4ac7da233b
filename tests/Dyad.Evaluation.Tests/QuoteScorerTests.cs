using Dyad.Core;
using Dyad.Engine;
using Dyad.Evaluation.Quotes;

namespace Dyad.Evaluation.Tests;

public sealed class QuoteScorerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-quote-gold-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_gold_file_naming_a_record_of_a_corpus_file_is_scored_on_that_record()
    {
        // The gold file sits in <root>/gold and names <root>/corpus/news.jsonl, whose second record it annotates.
        Directory.CreateDirectory(Path.Combine(_dir, "corpus"));
        Directory.CreateDirectory(Path.Combine(_dir, "gold"));
        File.WriteAllLines(Path.Combine(_dir, "corpus", "news.jsonl"),
        [
            """{"id": "first", "date": "2020-01-01", "text": "Nothing was said here."}""",
            """{"id": "second", "date": "2020-01-02", "text": "\"We will talk,\" Japanese Prime Minister Shinzo Abe said."}""",
        ]);
        File.WriteAllText(Path.Combine(_dir, "gold", "second.gold.json"), """
            {"document": "corpus/news.jsonl", "document_id": "second",
             "quotes": {"required": [{"contains": "We will talk", "speaker_contains": "Abe", "speaker_country": "JPN"}]}}
            """);

        var result = QuoteScorer.Evaluate(Path.Combine(_dir, "gold"), new DyadEngine(Pipeline.Create(DyadEngine.DefaultStages())));

        Assert.Equal((1, 1, 1), (result.Required, result.Found, result.Attributed));
    }
}
