using System.Globalization;

namespace Dyad.Storage;

/// <summary>
/// Links reports of one event across documents: the same source and target actors and CAMEO root, event days at most
/// one day apart, in different documents, worded alike (the same verb, or sentences sharing enough content words).
/// Each cluster is named by its earliest report and carries its number of reporting documents (GDELT's NumArticles,
/// but keyed on the day the event happened rather than the day it was published).
/// </summary>
public static class EventClusters
{
    /// <summary>Content words in common over content words in either sentence, above which two reports are the same event.</summary>
    public const double MinimumOverlap = 0.25;

    public static int Rebuild(IDocumentStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = store.ClusterCandidates().Rows;
        var reports = rows.Select(r => new Report(
            (string)r[0]!,
            (string)r[1]!,
            $"{r[2]}|{r[3]}|{r[4]}",
            DateOnly.Parse((string)r[5]!, CultureInfo.InvariantCulture).DayNumber,
            Words(r[6] as string),
            (r[7] as string)?.ToLowerInvariant())).ToList();
        var parent = Enumerable.Range(0, reports.Count).ToArray();
        for (int i = 0; i < reports.Count; i++)
        {
            for (int j = i + 1; j < reports.Count && reports[j].Dyad == reports[i].Dyad && reports[j].Day - reports[i].Day <= 1; j++)
            {
                if (reports[i].Document != reports[j].Document && Alike(reports[i], reports[j]))
                {
                    Union(parent, i, j);
                }
            }
        }

        var members = new Dictionary<int, List<int>>();
        for (int i = 0; i < reports.Count; i++)
        {
            int root = Find(parent, i);
            if (!members.TryGetValue(root, out var list))
            {
                members[root] = list = [];
            }

            list.Add(i);
        }

        var result = new List<(string, string, int)>(reports.Count);
        foreach (var list in members.Values)
        {
            // Rows arrive sorted by day and id, so the lowest index is the earliest report.
            var first = reports[list.Min()].EventId;
            int documents = list.Select(i => reports[i].Document).Distinct(StringComparer.Ordinal).Count();
            foreach (var i in list)
            {
                result.Add((reports[i].EventId, first, documents));
            }
        }

        store.WriteClusters(result);
        return members.Count;
    }

    internal static bool Alike(Report a, Report b)
    {
        if (a.Verb is not null && a.Verb == b.Verb)
        {
            return true;
        }

        if (a.Words.Count == 0 || b.Words.Count == 0)
        {
            return false;
        }

        int common = a.Words.Count(b.Words.Contains);
        return common / (double)(a.Words.Count + b.Words.Count - common) >= MinimumOverlap;
    }

    /// <summary>Lower-cased words of four or more letters: short function words say nothing about which event it is.</summary>
    internal static HashSet<string> Words(string? sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (sentence is null)
        {
            return words;
        }

        int start = -1;
        for (int i = 0; i <= sentence.Length; i++)
        {
            bool letter = i < sentence.Length && char.IsLetterOrDigit(sentence[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (i - start >= 4)
                {
                    words.Add(sentence[start..i].ToLowerInvariant());
                }

                start = -1;
            }
        }

        return words;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int ra = Find(parent, a), rb = Find(parent, b);
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }

    internal sealed record Report(string EventId, string Document, string Dyad, int Day, HashSet<string> Words, string? Verb);
}
