using System.Text.Json;
using Dyad.Engine;
using Dyad.Ingest;

namespace Dyad.Time.Tests;

/// <summary>The hand annotation of the seed article: every required time expression must come out of the real pipeline.</summary>
public sealed class SeedGoldTests
{
    public static TheoryData<string> Kinds => new() { "required", "optional" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Seed_TimexItemsAreFound(string kind)
    {
        string shared = TimeTestDocuments.SharedFolder();
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "gold", "seed-000.gold.json")));
        string seedPath = Path.Combine(shared, gold.RootElement.GetProperty("document").GetString()!);
        var read = Assert.Single(DocumentReader.ReadFile(seedPath));
        var document = DyadEngine.CreateDefault().Code(read.Document!.ToDocument(), TestContext.Current.CancellationToken);

        var items = gold.RootElement.GetProperty("timex").GetProperty(kind).EnumerateArray().ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            string text = item.GetProperty("text").GetString()!;
            string value = item.GetProperty("value").GetString()!;
            string context = item.GetProperty("sentence_contains").GetString()!;
            bool found = document.Timexes.Any(t =>
                document.TextOf(t.Span) == text
                && t.Value == value
                && document.TextOf(document.Sentences[t.Sentence].Span).Contains(context, StringComparison.Ordinal));
            Assert.True(found, $"{kind} timex '{text}' = {value} in a sentence containing '{context}' not found");
        }
    }
}
