using Dyad.Core;
using Dyad.Engine;
using Dyad.Evaluation.Quotes;
using Dyad.Ingest;

namespace Dyad.Quotes.Tests;

/// <summary>The seed article against its hand annotation (shared/gold/seed-000.gold.json).</summary>
public sealed class SeedGoldTests
{
    private static QuoteGoldFile Gold() => QuoteGoldFile.Load(Path.Combine(TestDocuments.SharedFolder(), "gold", "seed-000.gold.json"));

    private static Document ReadSeed(QuoteGoldFile gold)
    {
        var source = DocumentReader.ReadFile(gold.DocumentPath).Single().Document;
        Assert.NotNull(source);
        return source.ToDocument();
    }

    /// <summary>
    /// Through the default pipeline: every required quote is found with its speaker's text; the speaker's country is
    /// checked as soon as the pipeline produces mentions (once the actors stage is registered).
    /// </summary>
    [Fact]
    public void Default_pipeline_finds_every_required_quote_with_its_speaker()
    {
        var gold = Gold();
        Assert.Equal(5, gold.Required.Count);
        var document = DyadEngine.CreateDefault().Code(ReadSeed(gold), TestContext.Current.CancellationToken);
        bool hasMentions = document.Mentions.Count > 0;
        foreach (var item in gold.Required)
        {
            var match = QuoteScorer.Match(document, item, out var best);
            Assert.True(match.Found, $"not found: {item.Contains}");
            Assert.True(match.Speaker, $"speaker of “{item.Contains}”: expected ~{item.SpeakerContains}, got {(best?.Speaker is { } s ? document.TextOf(s.Span) : "none")}");
            Assert.Equal(item.Kind, DocumentJsonKind(best!.Kind));
            if (hasMentions)
            {
                Assert.True(match.Country, $"country of “{item.Contains}”: expected {string.Join('/', item.SpeakerCountries)}, got {best.Speaker?.Country ?? "none"}");
            }
        }
    }

    /// <summary>With the mentions an actors stage would add, every required (and optional) quote has its speaker's country.</summary>
    [Fact]
    public void With_hand_made_mentions_every_quote_is_attributed_to_a_country()
    {
        var gold = Gold();
        var document = ReadSeed(gold);
        new Dyad.Text.TokenizerStage().Run(document, TestContext.Current.CancellationToken);
        new Dyad.Text.SentenceStage().Run(document, TestContext.Current.CancellationToken);
        TestDocuments.AddMentions(document,
        [
            new("Japanese government", MentionKind.Organization, "JPNGOV", "JPN", "GOV"),
            new("South Korea", MentionKind.Country, "KOR", "KOR", null),
            new("North Korea", MentionKind.Country, "PRK", "PRK", null),
            new("Moon Jae-in", MentionKind.Person, "KORGOV", "KOR", "GOV"),
            new("Foreign Ministry", MentionKind.Organization, "JPNGOV", "JPN", "GOV"),
            new("Japanese", MentionKind.Country, "JPN", "JPN", null, After: "pressure on North Korea,"),
            new("Yoshihide Suga", MentionKind.Person, "JPNGOV", "JPN", "GOV"),
            new("Shinzo Abe", MentionKind.Person, "JPNGOV", "JPN", "GOV"),
            new("Moon", MentionKind.Person, null, null, null, RefersTo: 3, After: "Moon told"),
            new("Abe", MentionKind.Person, null, null, null, RefersTo: 7, After: "Moon told"),
            new("Abe", MentionKind.Person, null, null, null, RefersTo: 7, After: "the front line"),
            new("Blue House", MentionKind.Organization, "KORGOV", "KOR", "GOV"),
            new("South Korean government", MentionKind.Organization, "KORGOV", "KOR", "GOV"),
            new("Japanese government", MentionKind.Organization, "JPNGOV", "JPN", "GOV", After: "talk.”"),
            new("Japanese government", MentionKind.Organization, "JPNGOV", "JPN", "GOV", After: "A senior official"),
        ]);
        new QuoteStage().Run(document, TestContext.Current.CancellationToken);

        foreach (var item in gold.Required.Concat(gold.Optional))
        {
            var match = QuoteScorer.Match(document, item, out var best);
            Assert.True(match.Attributed, $"“{item.Contains}”: speaker {(best?.Speaker is { } s ? document.TextOf(s.Span) : "none")}, country {best?.Speaker?.Country ?? "none"}");
        }

        var official = document.QuoteWith("Reconciliation");
        Assert.Equal("the official", document.TextOf(official.Speaker!.Span));
        Assert.Equal("JPN", official.Speaker.Country);
    }

    [Fact]
    public void Eval_reports_found_and_attributed_counts()
    {
        var evaluation = QuoteScorer.Evaluate(Path.Combine(TestDocuments.SharedFolder(), "gold"), DyadEngine.CreateDefault());
        Assert.Equal(5, evaluation.Required);
        Assert.Equal(5, evaluation.Found);
        Assert.StartsWith("quotes_found: 5/5 quotes_attributed: ", evaluation.Summary, StringComparison.Ordinal);
    }

    private static string DocumentJsonKind(QuoteKind kind) => Dyad.Core.Serialization.DocumentJson.KindName(kind);
}
