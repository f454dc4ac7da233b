using Dyad.Core;
using Dyad.Events.Dictionary;

namespace Dyad.Events.Tests;

/// <summary>Random token soup built from the dictionaries must never throw: a bad sentence cannot stop a batch.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Glue =
    [
        "the", "to", "from", "by", "not", "n't", "would", "and", ",", ";", "that", "which", "if", "was", "been", "'s", "’s", "in", "at",
        "“", "”", "-", "with", "on", "of", ".", "refused", "threatened", "plans", "never", "did", "(", ")", "…", "2017-07-07",
    ];

    [Theory]
    [InlineData(1)] // seeds: each row is a different random stream
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void RandomSentences_NeverThrow(int seed)
    {
        var random = new Random(seed);
        var words = DyadVerbReader.Default.Entries.SelectMany(e => e.Name.Split('|')).Select(w => w.Replace("n:", string.Empty, StringComparison.Ordinal).Replace('_', ' ')).ToArray();
        var actors = new[] { ("Japan", "JPN"), ("China", "CHN"), ("Iraqi police", "IRQCOP"), ("he", (string?)null) };
        var stage = TestDocuments.DefaultStage;
        int events = 0;
        for (int n = 0; n < 300; n++)
        {
            var parts = new List<string>();
            int length = random.Next(1, 40);
            for (int i = 0; i < length; i++)
            {
                parts.Add(random.Next(3) switch
                {
                    0 => words[random.Next(words.Length)],
                    1 => Glue[random.Next(Glue.Length)],
                    _ => actors[random.Next(actors.Length)].Item1,
                });
            }

            var d = TestDocuments.Segmented(string.Join(' ', parts), random.Next(2) == 0 ? null : new DateOnly(2020, 1, 1));
            foreach (var (name, code) in actors)
            {
                d.Actor(name, code, code?[..3], null, MentionKind.Country);
            }

            // Pronouns point anywhere, even at themselves or past the end: bad links must not crash the coder.
            for (int m = 0; m < d.Mentions.Count; m++)
            {
                if (d.Mentions[m].Actor is null)
                {
                    d.Mentions[m] = d.Mentions[m] with { RefersTo = random.Next(-1, d.Mentions.Count + 2) };
                }
            }

            if (d.Tokens.Count > 2 && random.Next(2) == 0)
            {
                var t = d.Tokens[random.Next(d.Tokens.Count)];
                d.Timexes.Add(new TimeExpression(t.Span, Math.Max(0, d.SentenceAt(t.Start)), TimexType.Date, random.Next(2) == 0 ? "2020-01-02" : "PRESENT_REF", new Evidence("fuzz", "x")));
            }

            stage.Run(d, CancellationToken.None);
            events += d.Events.Count;
            Assert.All(d.Events, e => Assert.True(e.Verb.End <= d.Text.Length));
        }

        Assert.True(events > 0, "the fuzz sentences should code some events");
    }
}
