using Dyad.Core;
using Dyad.Events.Dictionary;

namespace Dyad.Events.Tests;

public sealed class DictionaryTests
{
    [Fact]
    public void Default_LoadsWithoutProblems()
    {
        Assert.Empty(DyadVerbReader.Default.Problems);
    }

    [Fact]
    public void Default_CoversEveryCameoCode()
    {
        var codes = DyadVerbReader.Default.Codes().ToHashSet(StringComparer.Ordinal);
        var missing = CameoCatalog.All.Where(c => c.Code.Length >= 3 && !codes.Contains(c.Code)).Select(c => c.Code).ToList();
        Assert.True(missing.Count == 0, "no entry for " + string.Join(", ", missing));
    }

    [Fact]
    public void Default_ProducesOnlyKnownCodes()
    {
        var unknown = DyadVerbReader.Default.Codes().Where(c => !CameoCatalog.IsKnown(c)).ToList();
        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("criticize", "criticized")] // silent e
    [InlineData("ban", "banned")] // doubled consonant
    [InlineData("commit", "committed")] // stressed final syllable
    [InlineData("deny", "denied")] // y → ied
    [InlineData("seek", "sought")] // irregular
    [InlineData("meet", "met")] // irregular
    [InlineData("visit", "visited")] // unstressed final syllable: no doubling
    public void Inflector_GeneratesThePast(string lemma, string past)
    {
        Assert.Contains(past, Inflector.VerbForms(lemma));
    }

    [Theory]
    [InlineData("criticize", "criticizing")] // drop e
    [InlineData("agree", "agreeing")] // keep ee
    [InlineData("plan", "planning")] // double
    [InlineData("deny", "denies")] // third person
    public void Inflector_GeneratesOtherForms(string lemma, string form)
    {
        Assert.Contains(form, Inflector.VerbForms(lemma));
    }

    [Fact]
    public void DyadReader_ReportsMalformedLinesWithFileAndLine()
    {
        var builder = new VerbLexiconBuilder();
        DyadVerbReader.Read(new StringReader("111 criticize\nXYZ attack\n190\n020 urge { talks\n"), "t.txt", builder);
        var lexicon = builder.Build();
        Assert.Equal(3, lexicon.Problems.Count);
        Assert.StartsWith("t.txt:2: ", lexicon.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("t.txt:3: ", lexicon.Problems[1], StringComparison.Ordinal);
        Assert.StartsWith("t.txt:4: ", lexicon.Problems[2], StringComparison.Ordinal);
        Assert.Single(lexicon.Entries);
    }

    [Fact]
    public void PatternParser_ReadsSlotsGluesAndAlternatives()
    {
        var synsets = new Dictionary<string, List<string[]>> { ["TIES"] = [["relations"], ["diplomatic", "ties"]] };
        var p = PatternParser.Parse("SAID_+ * { GENEVA_ | WORLD } &TIES WITH_$", "064", null, "x", synsets, stemByDefault: true, out var error);
        Assert.Null(error);
        Assert.NotNull(p);
        Assert.Equal([ElementKind.Target, ElementKind.Words], p.Before.Select(e => e.Kind));
        Assert.False(p.Before[0].Adjacent);
        Assert.True(p.Before[1].Adjacent);
        Assert.Equal(4, p.After.Length);
        Assert.Equal(ElementKind.Source, p.After[3].Kind);
        Assert.True(p.After[3].Adjacent);
        Assert.Equal(2, p.After[1].Alternatives.Length);
    }

    [Theory]
    [InlineData("- * TALKS", "no '*'")] // the leading dash belongs to the file format, not the pattern: here it is a word
    [InlineData("WITH + [", "no '*'")] // no verb
    [InlineData("* &NOSUCH", "unknown synonym set")] // undefined set
    [InlineData("* { A | B", "unclosed")] // unclosed alternatives
    public void PatternParser_RejectsMalformedPatterns(string text, string reason)
    {
        var p = PatternParser.Parse(text.StartsWith('-') ? "TALKS" : text, "010", null, "x", new Dictionary<string, List<string[]>>(), stemByDefault: true, out var error);
        Assert.Null(p);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TabariReader_LoadsTheDemoDictionaryAndReportsBadLines()
    {
        var builder = new VerbLexiconBuilder();
        TabariVerbReader.Read(Path.Combine(TestDocuments.Shared(), "corpora", "tabari", "TABARI.Demo.verbs"), builder);
        var lexicon = builder.Build();
        Assert.True(lexicon.Entries.Count > 100);
        Assert.All(lexicon.Problems, p => Assert.Matches(@"^TABARI\.Demo\.verbs:\d+: ", p));
    }

    [Fact]
    public void PetrarchReader_LoadsThePatternDictionary()
    {
        var builder = new VerbLexiconBuilder();
        PetrarchVerbReader.Read(Path.Combine(TestDocuments.Shared(), "corpora", "petrarch2", "CAMEO.verbpatterns.150430.txt"), builder);
        var lexicon = builder.Build();
        Assert.True(lexicon.Entries.Count > 1000);
        Assert.All(lexicon.Problems, p => Assert.Matches(@"^CAMEO\.verbpatterns\.150430\.txt:\d+: ", p));
    }
}
