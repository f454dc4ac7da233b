using Dyad.Core;
using Dyad.Evaluation.Timex;
using Dyad.Text;

namespace Dyad.Time.Tests;

/// <summary>The TempEval-3 scorer and the corpus readers behind <c>dyad eval timex</c>.</summary>
public sealed class TimexEvaluationTests
{
    private static readonly Pipeline Pipeline = Pipeline.Create(new TokenizerStage(), new SentenceStage(), new TimeStage());

    [Fact]
    public void ReadTimeMl_StripsTagsAndKeepsOffsetsAndTheCreationDate()
    {
        string path = Path.Combine(Path.GetTempPath(), "dyad-timex-" + Guid.NewGuid().ToString("N") + ".tml");
        File.WriteAllText(path, """
            <?xml version="1.0" ?><TimeML><DOCID>X</DOCID>
            <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">March 22, 2013</TIMEX3></DCT>
            <TEXT>Officials <EVENT eid="e1">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="PT3H">three hours</TIMEX3>.</TEXT></TimeML>
            """);
        try
        {
            var gold = TimexCorpus.ReadTimeMl(path);
            Assert.Equal(new DateOnly(2013, 3, 22), gold.CreationDate);
            Assert.Equal("Officials met Thursday for three hours.", gold.Text);
            Assert.Equal(["Thursday", "three hours"], gold.Timexes.Select(t => gold.Text.Substring(t.Span.Start, t.Span.Length)));

            var document = new Document(gold.Id, gold.Text, gold.CreationDate);
            Pipeline.Run(document, TestContext.Current.CancellationToken);
            var scorer = new TimexScorer();
            scorer.Add(gold, document);
            var scores = scorer.Scores;
            Assert.Equal(2, scores.Strict.TruePositives);
            Assert.Equal(2, scores.ValueCorrect);
            Assert.Equal(1.0, scores.ValueF1.Score, 3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Scorer_CountsOverlapAsRelaxedAndWrongValuesAgainstValueF1()
    {
        var gold = new TimexGoldDocument("d", "He left on Monday morning.", new DateOnly(2017, 7, 19), [new GoldTimex(new TextSpan(11, 14), "TIME", "2017-07-17TMO")]);
        var document = new Document("d", gold.Text, gold.CreationDate);
        document.Timexes.Add(new TimeExpression(new TextSpan(11, 6), 0, TimexType.Date, "2017-07-17", new Evidence("t", "r")));
        var scorer = new TimexScorer();
        scorer.Add(gold, document);
        var s = scorer.Scores;
        Assert.Equal(0, s.Strict.TruePositives); // "Monday" is not the whole extent
        Assert.Equal(1, s.Relaxed.TruePositives); // but it overlaps
        Assert.Equal(0, s.ValueCorrect); // and its value misses the part of day
        Assert.Equal(0, s.ValueF1.Score);
    }

    [Fact]
    public void Meantime_DevelopmentCorpusScoresAboveTheTarget()
    {
        string folder = Path.Combine(TimeTestDocuments.SharedFolder(), "corpora", "meantime-en", "intra-doc_annotation");
        var scorer = new TimexScorer();
        int documents = 0;
        foreach (var gold in TimexCorpus.Read(folder, TimexCorpusFormat.Meantime))
        {
            Assert.NotNull(gold.CreationDate);
            var document = new Document(gold.Id, gold.Text, gold.CreationDate);
            Pipeline.Run(document, TestContext.Current.CancellationToken);
            scorer.Add(gold, document);
            documents++;
        }

        Assert.Equal(120, documents);
        Assert.True(scorer.Scores.ValueF1.Score >= 0.80, $"value F1 {scorer.Scores.ValueF1.Score:F3}");
    }
}
