using Dyad.Core;

namespace Dyad.Text.Tests;

public sealed class PhraseMatcherTests
{
    [Fact]
    public void LongestMatch_PrefersTheLongerPhrase()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("Korea", "KOR?");
        matcher.Add("South Korea", "KOR");
        matcher.Add("South Korean", "KOR-adj");
        const string text = "South Korea said";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        int length = matcher.LongestMatch(text, tokens.ToArray(), 0, out var payloads);
        Assert.Equal(2, length);
        Assert.Equal(["KOR"], payloads);
    }

    [Fact]
    public void FindAll_MatchesCaseInsensitivelyAcrossHyphensAndAcronyms()
    {
        var matcher = new PhraseMatcher<string>();
        matcher.Add("Moon Jae-in", "KORGOV");
        matcher.Add("U.S.", "USA");
        const string text = "moon jae-in met U.S. envoys";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var found = new List<(int Start, int Length, IReadOnlyList<string> Payloads)>();
        matcher.FindAll(text, tokens.ToArray(), found);
        Assert.Equal(2, found.Count);
        Assert.Equal((0, 4), (found[0].Start, found[0].Length));
        Assert.Equal("USA", found[1].Payloads[0]);
    }
}
