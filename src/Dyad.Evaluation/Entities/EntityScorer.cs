using Dyad.Core;

namespace Dyad.Evaluation.Entities;

/// <summary>Per-type counts for exact-span and partial (overlapping) matches.</summary>
public sealed class EntityScores
{
    public SortedDictionary<string, F1> Exact { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, F1> Partial { get; } = new(StringComparer.Ordinal);

    public F1 ExactTotal => Exact.Values.Aggregate(default(F1), (a, b) => a + b);

    public F1 PartialTotal => Partial.Values.Aggregate(default(F1), (a, b) => a + b);

    internal void Add(SortedDictionary<string, F1> table, string type, F1 counts) =>
        table[type] = table.GetValueOrDefault(type) + counts;
}

/// <summary>
/// Scores Dyad's mentions against MEANTIME entity mentions of types PER, ORG and LOC.
/// Dyad kinds map as person → PER, organization and group → ORG, country and location → LOC. Gold counts only
/// named mentions (NAM, PRE.NAM) unless <c>allMentions</c>; Dyad's nominal references (rules <c>actors.nominal*</c>)
/// are left out of the named comparison. A prediction that overlaps a gold mention outside the scored set (a
/// product, a financial entity, a nominal) is neither right nor wrong, since MEANTIME annotates those differently;
/// mentions after the annotated part of a document (MEANTIME stops after the first sentences) are not scored.
/// </summary>
public static class EntityScorer
{
    public static readonly IReadOnlyList<string> Types = ["LOC", "ORG", "PER"];

    public static string? TypeOf(MentionKind kind) => kind switch
    {
        MentionKind.Person => "PER",
        MentionKind.Organization or MentionKind.Group => "ORG",
        MentionKind.Country or MentionKind.Location => "LOC",
        _ => null,
    };

    public static void Score(EntityDocument gold, Document coded, EntityScores scores, bool allMentions, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(coded);
        ArgumentNullException.ThrowIfNull(scores);
        var scored = gold.Entities.Where(e => Types.Contains(e.Type) && (allMentions || e.IsNamed)).ToList();
        var ignored = gold.Entities.Where(e => !scored.Contains(e)).ToList();
        var predicted = coded.Mentions
            .Where(m => m.Span.End <= gold.AnnotatedEnd)
            .Where(m => allMentions || !m.Evidence.Rule.StartsWith("actors.nominal", StringComparison.Ordinal))
            .Select(m => (m.Span, Type: TypeOf(m.Kind)))
            .Where(p => p.Type is not null)
            .Select(p => (p.Span, Type: p.Type!))
            .ToList();

        foreach (var type in Types)
        {
            var g = scored.Where(e => e.Type == type).Select(e => e.Span).ToList();
            var p = predicted.Where(x => x.Type == type).Select(x => x.Span).ToList();
            scores.Add(scores.Exact, type, Match(g, p, ignored, exact: true));
            scores.Add(scores.Partial, type, Match(g, p, ignored, exact: false));
            if (errors is not null)
            {
                foreach (var span in p.Where(x => !g.Any(y => y.Overlaps(x)) && !ignored.Any(e => e.Span.Overlaps(x))))
                {
                    errors.WriteLine($"FP {type} {coded.TextOf(span)}");
                }

                foreach (var span in g.Where(x => !p.Any(y => y.Overlaps(x))))
                {
                    var other = predicted.Where(x => x.Span.Overlaps(span)).Select(x => x.Type + ":" + coded.TextOf(x.Span));
                    errors.WriteLine($"FN {type} {coded.TextOf(span)} [{string.Join(", ", other)}]");
                }
            }
        }
    }

    private static F1 Match(List<TextSpan> gold, List<TextSpan> predicted, List<GoldEntity> ignored, bool exact)
    {
        var used = new bool[gold.Count];
        int tp = 0, fp = 0;
        foreach (var p in predicted)
        {
            int hit = -1;
            for (int g = 0; g < gold.Count; g++)
            {
                if (!used[g] && (exact ? gold[g] == p : gold[g].Overlaps(p)))
                {
                    hit = g;
                    break;
                }
            }

            if (hit >= 0)
            {
                used[hit] = true;
                tp++;
            }
            else if ((exact || !gold.Any(g => g.Overlaps(p))) && !ignored.Any(e => e.Span.Overlaps(p)))
            {
                // In partial mode a second piece of an already matched gold mention is a duplicate, not an error.
                fp++;
            }
        }

        return new F1(tp, fp, used.Count(u => !u));
    }
}
