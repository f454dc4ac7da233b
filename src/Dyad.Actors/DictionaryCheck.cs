namespace Dyad.Actors;

/// <summary>
/// Validates a compiled lexicon: the problems found while reading (format, codes, dates), plus phrases that name
/// two different things (a key must be unique within its kind) and codes whose parts are unknown.
/// </summary>
public static class DictionaryCheck
{
    public static IReadOnlyList<string> Run(ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var problems = new List<string>(lexicon.Problems);
        var seen = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.Actors.Entries)
        {
            // A person may hold several offices under one name; everything else names one thing per phrase.
            var key = KindGroup(entry.Kind) + "\u0001" + entry.Phrase;
            if (lexicon.Name != "dyad")
            {
                // Peers' dictionaries repeat phrases by design (later entries refine earlier ones); only read problems count.
            }
            else if (seen.TryGetValue(key, out var first))
            {
                bool same = entry.Kind == EntryKind.Person
                    ? entry.Source == first.Source
                    : entry.Country == first.Country && entry.CodeOn(null) == first.CodeOn(null);
                if (!same)
                {
                    problems.Add($"{entry.Source}: \"{entry.Phrase}\" also names {first.Source}");
                }
            }
            else
            {
                seen.Add(key, entry);
            }

            foreach (var code in entry.Codes)
            {
                if (!ActorCodes.IsWellFormed(code.Code))
                {
                    problems.Add($"{entry.Source}: malformed code {code.Code}");
                }
                else if (lexicon.Name == "dyad" && ActorCodes.CountryOf(code.Code, lexicon.Countries) is null && !code.Code.StartsWith("NGO", StringComparison.Ordinal) && !code.Code.StartsWith("IMG", StringComparison.Ordinal))
                {
                    problems.Add($"{entry.Source}: code {code.Code} does not start with a known state, IGO, NGO or IMG");
                }

                if (code.From is { } from && code.To is { } to && to <= from)
                {
                    problems.Add($"{entry.Source}: {code.Code} ends before it starts");
                }
            }
        }

        var agents = new Dictionary<string, LexiconEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in lexicon.Agents.Entries)
        {
            if (lexicon.Name != "dyad")
            {
                continue;
            }

            if (agents.TryGetValue(entry.Phrase, out var first) && first.Agent != entry.Agent && first.Source != entry.Source)
            {
                problems.Add($"{entry.Source}: agent \"{entry.Phrase}\" is {entry.Agent ?? "-"} here but {first.Agent ?? "-"} in {first.Source}");
            }

            agents.TryAdd(entry.Phrase, entry);
            if (entry.Agent is { } agent && !ActorCodes.Agents.Contains(agent))
            {
                problems.Add($"{entry.Source}: unknown agent code {agent}");
            }
        }

        return problems;
    }

    private static int KindGroup(EntryKind kind) => kind switch
    {
        EntryKind.Country or EntryKind.Capital or EntryKind.Place or EntryKind.Institution or EntryKind.Organization or EntryKind.Actor => 0,
        EntryKind.Adjective => 1,
        EntryKind.Person => 2,
        _ => 3,
    };
}
