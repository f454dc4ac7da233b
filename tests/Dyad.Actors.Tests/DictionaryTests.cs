namespace Dyad.Actors.Tests;

public sealed class DictionaryTests
{
    [Fact]
    public void DictCheck_DyadDataHasNoProblems()
    {
        var lexicon = ActorLexicon.FromDyadData(TestPaths.DataActors);
        Assert.Empty(DictionaryCheck.Run(lexicon));
        Assert.True(lexicon.Actors.Count > 1000);
    }

    [Fact]
    public void DictCheck_EmbeddedDataMatchesTheFolder()
    {
        var folder = ActorLexicon.FromDyadData(TestPaths.DataActors);
        Assert.Equal(folder.Actors.Count, ActorLexicon.Default.Actors.Count);
        Assert.Equal(folder.Agents.Count, ActorLexicon.Default.Agents.Count);
    }

    [Fact]
    public void Petrarch_PhoenixDictionariesLoad()
    {
        var folder = Path.Combine(TestPaths.Shared, "corpora", "petrarch2");
        var lexicon = ActorLexicon.FromPetrarch(
            [Path.Combine(folder, "Phoenix.Countries.actors.txt"), Path.Combine(folder, "Phoenix.International.actors.txt"), Path.Combine(folder, "Phoenix.MilNonState.actors.txt")],
            Path.Combine(folder, "Phoenix.agents.txt"));
        Assert.True(lexicon.Actors.Count > 20000);
        Assert.True(lexicon.Agents.Count > 1000);
        Assert.All(lexicon.Problems, p => Assert.Matches(@"^[^:]+:\d+: ", p));
    }

    [Fact]
    public void Petrarch_ValidationDictionariesLoad()
    {
        var folder = Path.Combine(TestPaths.Shared, "corpora", "petrarch2");
        var lexicon = ActorLexicon.FromPetrarch([Path.Combine(folder, "PETR.Validate.actors.txt")], Path.Combine(folder, "PETR.Validate.agents.txt"));
        Assert.True(lexicon.Actors.Count > 50);
        Assert.Contains(lexicon.Actors.Entries, e => e.Phrase == "HAMAS" && e.CodeOn(null) == "PSEREBHMS");
    }

    [Fact]
    public void Tabari_DemoDictionariesLoad()
    {
        var folder = Path.Combine(TestPaths.Shared, "corpora", "tabari");
        var lexicon = ActorLexicon.FromTabari([Path.Combine(folder, "TABARI.Demo.actors")], Path.Combine(folder, "Validate.agents"));
        var axnor = Assert.Single(lexicon.Actors.Entries, e => e.Phrase == "AXNOR");
        Assert.Equal("AR1", axnor.CodeOn(new DateOnly(1990, 1, 1)));
        Assert.Equal("AR2", axnor.CodeOn(new DateOnly(1995, 1, 1)));
        Assert.Contains(lexicon.Agents.Entries, e => e.Phrase == "FOREIGN MINISTER" && e.Agent == "GOV");
    }

    [Fact]
    public void Petrarch_DateRestrictionsAndMalformedLines()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-actors-{Guid.NewGuid():N}.actors.txt");
        File.WriteAllLines(path,
        [
            "# comment",
            "ABDEL_FATTAH_AL-SISI_",
            "+SISI_",
            "\t[EGYMIL 120812-140326]",
            "\t[EGYGOV >140608]",
            "BROKEN_ENTRY [EGY >14x608]",
            "+ORPHAN [XXX]",
            "GOOD_ONE [FRA]",
        ]);
        try
        {
            var dictionary = new ActorDictionary();
            var problems = new List<string>();
            PetrarchDictionaryReader.ReadActors(path, dictionary, ActorLexicon.Default.Countries, problems);
            var sisi = Assert.Single(dictionary.Entries, e => e.Phrase == "SISI");
            Assert.Equal("EGYMIL", sisi.CodeOn(new DateOnly(2013, 1, 1)));
            Assert.Null(sisi.CodeOn(new DateOnly(2014, 5, 1)));
            Assert.Equal("EGYGOV", sisi.CodeOn(new DateOnly(2017, 7, 19)));
            Assert.Contains(dictionary.Entries, e => e.Phrase == "GOOD ONE" && e.Country == "FRA");
            var name = Path.GetFileName(path);
            Assert.Contains(problems, p => p.StartsWith($"{name}:6: ", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    // Regular, -y, -man and already-plural forms.
    [InlineData("official", "officials")]
    [InlineData("ministry", "ministries")]
    [InlineData("policeman", "policemen")]
    [InlineData("armed forces", null)]
    [InlineData("police", null)]
    public void Plural_OfAgentNouns(string noun, string? plural) => Assert.Equal(plural, DyadDataReader.Plural(noun));
}

public sealed class StemTests
{
    [Fact]
    public void Tabari_StemMatchesLongerWords()
    {
        var folder = Path.Combine(TestPaths.Shared, "corpora", "tabari");
        var lexicon = ActorLexicon.FromTabari([Path.Combine(folder, "TABARI.Demo.actors")], null);
        const string text = "Argentine troops crossed";
        var tokens = new List<Dyad.Core.Token>();
        Dyad.Text.Tokenizer.Tokenize(text, tokens);
        int length = lexicon.Actors.Match(text, tokens.ToArray(), 0, null, out var entry);
        Assert.Equal(1, length);
        Assert.Equal("ARG", entry!.CodeOn(null));
    }
}
