using Dyad.Evaluation.Entities;

namespace Dyad.Evaluation.Tests;

public sealed class GumCorpusTests
{
    // Two sentences in two paragraphs: a nested place inside an organization, a multiword token ("Trump's"), and a
    // one-word mention opened and closed on the same word.
    private static readonly string[] Lines =
    [
        "# newdoc id = GUM_news_test",
        "# meta::dateCreated = 2017-07-18",
        "# newpar",
        "# text = The US government spoke.",
        "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-sssss-cf1-3-coref",
        "2\tUS\tUS\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(2-place-new-sssss-cf2-1-coref)",
        "3\tgovernment\tgovernment\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=1)",
        "4\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
        "",
        "# newpar",
        "# text = Trump's aide Hope Hicks left.",
        "1-2\tTrump's\t_\t_\t_\t_\t_\t_\t_\t_",
        "1\tTrump\tTrump\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(3-person-giv-sssss-cf1-1-coref)",
        "2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_",
        "3\taide\taide\tNOUN\tNN\t_\t6\tnsubj\t_\tEntity=(4-person-new-sssss-cf2-3,4-coref",
        "4\tHope\tHope\tPROPN\tNNP\t_\t3\tappos\t_\t_",
        "5\tHicks\tHicks\tPROPN\tNNP\t_\t4\tflat\t_\tEntity=4)",
        "6\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No",
        "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_",
        "",
    ];

    [Fact]
    public void Parse_RebuildsTextAndDate()
    {
        var document = GumCorpus.Parse("test.conllu", Lines);
        Assert.Equal("GUM_news_test", document.Id);
        Assert.Equal(new DateOnly(2017, 7, 18), document.Date);
        Assert.Equal("The US government spoke.\n\nTrump's aide Hope Hicks left.", document.Text);
        Assert.Equal(document.Text.Length, document.AnnotatedEnd);
    }

    [Fact]
    public void Parse_ReadsNestedMentionsWithTypeAndNamedness()
    {
        var document = GumCorpus.Parse("test.conllu", Lines);
        string Text(GoldEntity e) => document.Text.Substring(e.Span.Start, e.Span.Length);
        var found = document.Entities.Select(e => (Text(e), e.Type, e.IsNamed)).ToList();

        // The organization's head is a common noun: not named; the nested place is.
        Assert.Contains(("The US government", "ORG", false), found);
        Assert.Contains(("US", "LOC", true), found);

        // A word inside a multiword token keeps its own span; a head among proper nouns makes the mention named.
        Assert.Contains(("Trump", "PER", true), found);
        Assert.Contains(("aide Hope Hicks", "PER", true), found);
        Assert.Equal(4, found.Count);
    }

    [Fact]
    public void Parse_ReportsTheLineOfAMalformedRow()
    {
        var error = Assert.Throws<InvalidDataException>(() => GumCorpus.Parse("bad.conllu", ["# newpar", "1\tword"]));
        Assert.StartsWith("bad.conllu:2:", error.Message, StringComparison.Ordinal);
    }
}
