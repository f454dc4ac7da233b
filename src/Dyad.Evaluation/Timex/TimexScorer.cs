using Dyad.Core;

namespace Dyad.Evaluation.Timex;

/// <summary>One scored pair or miss, for error listings.</summary>
public sealed record TimexDifference(string DocumentId, string Kind, string GoldText, string GoldValue, string SystemText, string SystemValue, string Rule)
{
    /// <summary>The sentence around the item, for reading errors.</summary>
    public string Context { get; init; } = string.Empty;
}

/// <summary>
/// TempEval-3 figures: strict span F1 (exact extent), relaxed span F1 (overlap, one-to-one), and for the relaxed
/// matches the type and value accuracy; attribute F1 counts a correct attribute as the true positive, which equals
/// accuracy × relaxed F1.
/// </summary>
public sealed record TimexScores(F1 Strict, F1 Relaxed, int TypeCorrect, int ValueCorrect)
{
    public double TypeAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)TypeCorrect / Relaxed.TruePositives;

    public double ValueAccuracy => Relaxed.TruePositives == 0 ? 0 : (double)ValueCorrect / Relaxed.TruePositives;

    public F1 TypeF1 => new(TypeCorrect, Relaxed.TruePositives + Relaxed.FalsePositives - TypeCorrect, Relaxed.TruePositives + Relaxed.FalseNegatives - TypeCorrect);

    public F1 ValueF1 => new(ValueCorrect, Relaxed.TruePositives + Relaxed.FalsePositives - ValueCorrect, Relaxed.TruePositives + Relaxed.FalseNegatives - ValueCorrect);
}

/// <summary>Accumulates TempEval-3 counts over documents.</summary>
public sealed class TimexScorer
{
    private F1 _strict;
    private F1 _relaxed;
    private int _typeCorrect;
    private int _valueCorrect;

    public List<TimexDifference> Differences { get; } = [];

    public TimexScores Scores => new(_strict, _relaxed, _typeCorrect, _valueCorrect);

    public void Add(TimexGoldDocument gold, Document system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var found = system.Timexes;
        int strict = 0;
        foreach (var g in gold.Timexes)
        {
            if (found.Any(s => s.Span == g.Span))
            {
                strict++;
            }
        }

        _strict += new F1(strict, found.Count - strict, gold.Timexes.Count - strict);

        var used = new bool[found.Count];
        int relaxed = 0;
        foreach (var g in gold.Timexes)
        {
            int best = -1;
            for (int s = 0; s < found.Count; s++)
            {
                if (!used[s] && found[s].Span.Overlaps(g.Span))
                {
                    // Prefer the exact extent when several overlap.
                    if (best < 0 || found[s].Span == g.Span)
                    {
                        best = s;
                    }
                }
            }

            string goldText = gold.Text.Substring(g.Span.Start, g.Span.Length);
            if (best < 0)
            {
                Differences.Add(new TimexDifference(gold.Id, "missed", goldText, g.Value, string.Empty, string.Empty, string.Empty)
                {
                    Context = SentenceText(system, g.Span.Start),
                });
                continue;
            }

            used[best] = true;
            relaxed++;
            var sys = found[best];
            bool typeOk = string.Equals(sys.Type.ToString(), g.Type, StringComparison.OrdinalIgnoreCase);
            bool valueOk = string.Equals(sys.Value, g.Value, StringComparison.OrdinalIgnoreCase);
            _typeCorrect += typeOk ? 1 : 0;
            _valueCorrect += valueOk ? 1 : 0;
            string sysText = system.TextOf(sys.Span);
            if (!valueOk || !typeOk)
            {
                Differences.Add(new TimexDifference(gold.Id, valueOk ? "type" : "value", goldText, g.Type + " " + g.Value, sysText, sys.Type + " " + sys.Value, sys.Evidence.Rule)
                {
                    Context = SentenceText(system, sys.Span.Start) + " [DCT " + gold.CreationDate?.ToString("yyyy-MM-dd ddd", System.Globalization.CultureInfo.InvariantCulture) + "]",
                });
            }
            else if (sys.Span != g.Span)
            {
                Differences.Add(new TimexDifference(gold.Id, "extent", goldText, g.Value, sysText, sys.Value, sys.Evidence.Rule));
            }
        }

        for (int s = 0; s < found.Count; s++)
        {
            if (!used[s])
            {
                Differences.Add(new TimexDifference(gold.Id, "spurious", string.Empty, string.Empty, system.TextOf(found[s].Span), found[s].Value, found[s].Evidence.Rule)
                {
                    Context = SentenceText(system, found[s].Span.Start),
                });
            }
        }

        _relaxed += new F1(relaxed, found.Count - relaxed, gold.Timexes.Count - relaxed);
    }

    private static string SentenceText(Document document, int position)
    {
        int index = document.SentenceAt(position);
        return index < 0 ? string.Empty : document.TextOf(document.Sentences[index].Span).Replace('\n', ' ');
    }
}
