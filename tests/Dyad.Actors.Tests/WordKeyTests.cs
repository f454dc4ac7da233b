using Dyad.Core;
using Dyad.Text;

namespace Dyad.Actors.Tests;

public sealed class WordKeyTests
{
    [Theory]
    // ASCII case does not change the key: dictionaries compare case-insensitively.
    [InlineData("Office", "OFFICE", true)]
    // Different words have different keys.
    [InlineData("office", "offices", false)]
    // Letters only fold: a digit or sign is kept as written.
    [InlineData("G7", "g7", true)]
    public void Of_FoldsAsciiCase(string a, string b, bool same) =>
        Assert.Equal(same, WordKey.Of(a) == WordKey.Of(b));

    [Theory]
    // A word outside ASCII has no key, so no filter may reject it.
    [InlineData("António")]
    [InlineData("São")]
    // An empty word has none either.
    [InlineData("")]
    public void Of_NoKeyOutsideAscii(string word) => Assert.Equal(WordKey.None, WordKey.Of(word));

    [Fact]
    public void Filter_KeepsEveryAddedWord()
    {
        var filter = new WordKeyFilter();
        string[] words = ["Foreign", "office", "UN", "Secretary-General"];
        foreach (var w in words)
        {
            filter.Add(w);
        }

        Assert.All(words, w => Assert.True(filter.MayContain(WordKey.Of(w.ToUpperInvariant()))));
        Assert.True(filter.MayContain(WordKey.None));
    }

    [Fact]
    public void KeyedMatch_AgreesWithGeneralMatcherOnEveryPhrase() => AssertPathsAgree(ActorLexicon.Default);

    [Fact]
    public void KeyedMatch_AgreesWithGeneralMatcherOnTabariPhrases()
    {
        // Peer dictionaries bring stems and phrases in any case: the keyed path must answer as the general one does.
        var folder = Path.Combine(TestPaths.Shared, "corpora", "tabari");
        AssertPathsAgree(ActorLexicon.FromTabari([Path.Combine(folder, "TABARI.Demo.actors")], null));
    }

    private static void AssertPathsAgree(ActorLexicon lexicon)
    {
        // Every phrase, as text, must match the same length and entry by both paths.
        foreach (PhraseDictionary dictionary in new PhraseDictionary[] { lexicon.Actors, lexicon.Agents })
        {
            foreach (var phrase in dictionary.Entries.Select(e => e.Phrase).Distinct())
            {
                var tokens = new List<Token>();
                Tokenizer.Tokenize(phrase, tokens);
                var span = tokens.ToArray();
                int general = dictionary.Match(phrase, span, 0, new DateOnly(2020, 1, 10), out var expected);
                var first = phrase.AsSpan(span[0].Start, span[0].Span.Length);
                int keyed = dictionary.Match(phrase, span, 0, new DateOnly(2020, 1, 10), WordKey.Of(first), out var actual);
                Assert.True(general == keyed && ReferenceEquals(expected, actual), phrase);
            }
        }
    }
}
