using Dyad.Core;

namespace Dyad.Events;

/// <summary>
/// Mentions seen from the tokens: which mention starts at or covers each token, each mention's token range, and the
/// codes a pronoun or short reference gets by following <see cref="Mention.RefersTo"/>. Built once per document.
/// </summary>
internal sealed class MentionMap
{
    private readonly Document _document;
    private readonly int[] _resolved;

    public MentionMap(Document document)
    {
        _document = document;
        int n = document.Tokens.Count;
        StartsAt = new int[n + 1];
        Covering = new int[n + 1];
        Array.Fill(StartsAt, -1);
        Array.Fill(Covering, -1);
        int count = document.Mentions.Count;
        StartToken = new int[count];
        EndToken = new int[count];
        _resolved = new int[count];
        for (int m = 0; m < count; m++)
        {
            var mention = document.Mentions[m];
            int start = TokenAt(mention.Span.Start);
            int end = start;
            while (end < n && document.Tokens[end].Start < mention.Span.End)
            {
                end++;
            }

            StartToken[m] = start;
            EndToken[m] = Math.Max(end, start + 1);
            _resolved[m] = -2;
            if (start < 0 || start >= n)
            {
                StartToken[m] = EndToken[m] = n;
                continue;
            }

            // The longest mention wins a token: "South Korea ’s National Defense Ministry" over "South Korea".
            if (StartsAt[start] < 0 || EndToken[StartsAt[start]] < EndToken[m])
            {
                StartsAt[start] = m;
            }

            for (int t = start; t < EndToken[m] && t < n; t++)
            {
                int current = Covering[t];
                if (current < 0 || EndToken[current] - StartToken[current] < EndToken[m] - start)
                {
                    Covering[t] = m;
                }
            }
        }

        // A token covered by a longer mention starts nothing shorter inside it.
        for (int t = 0; t < n; t++)
        {
            if (StartsAt[t] >= 0 && Covering[t] != StartsAt[t] && Covering[t] >= 0 && StartToken[Covering[t]] < t)
            {
                StartsAt[t] = -1;
            }
        }
    }

    /// <summary>Per token: the mention that starts there, or -1.</summary>
    public int[] StartsAt { get; }

    /// <summary>Per token: the longest mention that covers it, or -1.</summary>
    public int[] Covering { get; }

    public int[] StartToken { get; }

    /// <summary>Exclusive.</summary>
    public int[] EndToken { get; }

    /// <summary>The mention whose codes <paramref name="mention"/> takes: itself, or the end of its refers-to chain.</summary>
    public int Resolve(int mention)
    {
        if (_resolved[mention] != -2)
        {
            return _resolved[mention];
        }

        int current = mention;
        for (int steps = 0; steps < 16; steps++)
        {
            var m = _document.Mentions[current];
            if (m.Actor is not null || m.Country is not null || m.RefersTo is not int next || next < 0 || next >= _document.Mentions.Count || next == current)
            {
                break;
            }

            current = next;
        }

        _resolved[mention] = current;
        return current;
    }

    /// <summary>Whether the mention can be an event actor: it (or what it refers to) has codes and it is not a place.</summary>
    public bool Actor(int mention)
    {
        var own = _document.Mentions[mention];
        if (own.Kind == MentionKind.Location)
        {
            return false;
        }

        var m = _document.Mentions[Resolve(mention)];
        return m.Actor is not null || m.Country is not null;
    }

    /// <summary>The token containing (or first after) character <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        var tokens = _document.Tokens;
        int lo = 0, hi = tokens.Count - 1, found = tokens.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                found = mid;
                hi = mid - 1;
            }
        }

        return found;
    }
}
