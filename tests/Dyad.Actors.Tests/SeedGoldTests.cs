using System.Text.Json;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Ingest;

namespace Dyad.Actors.Tests;

/// <summary>The real pipeline on the seed article must find every required actor of its gold file.</summary>
public sealed class SeedGoldTests
{
    public static TheoryData<string> RequiredActors()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.Shared, "gold", "seed-000.gold.json")));
        var data = new TheoryData<string>();
        foreach (var item in gold.RootElement.GetProperty("actors").GetProperty("required").EnumerateArray())
        {
            data.Add(item.GetRawText());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredActors))]
    public void Seed_RequiredActorIsFound(string item)
    {
        using var json = JsonDocument.Parse(item);
        var gold = json.RootElement;
        var document = CodeSeed();
        var text = gold.GetProperty("text").GetString()!;
        var country = gold.GetProperty("country").GetString();
        string[]? agents = gold.TryGetProperty("agent", out var a)
            ? a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [a.GetString()!]
            : null;
        string? kind = gold.TryGetProperty("kind", out var k) ? k.GetString() : null;
        string? sentence = gold.TryGetProperty("sentence_contains", out var s) ? s.GetString() : null;

        var candidates = document.Mentions
            .Where(m => document.TextOf(m.Span).Contains(text, StringComparison.Ordinal))
            .Where(m => sentence is null || document.TextOf(document.Sentences[m.Sentence].Span).Contains(sentence, StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(candidates);
        Assert.Contains(candidates, m =>
            m.Country == country
            && (agents is null || agents.Contains(m.Agent))
            && (kind is null || string.Equals(kind, m.Kind.ToString(), StringComparison.OrdinalIgnoreCase)));
    }

    private static Document CodeSeed()
    {
        var path = Path.Combine(TestPaths.Shared, "seed", "000_9eeac597d1877c74.txt");
        var read = DocumentReader.ReadAll([path]).Single();
        Assert.NotNull(read.Document);
        return DyadEngine.CreateDefault().Code(read.Document.ToDocument());
    }
}
