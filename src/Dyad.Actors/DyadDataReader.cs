using System.Globalization;
using System.Reflection;

namespace Dyad.Actors;

/// <summary>
/// Reads Dyad's own actor data (the TSV and word lists under <c>data/actors</c>, embedded in this assembly or read
/// from a folder). Bad lines are reported as <c>file:line: reason</c> and skipped.
/// </summary>
public static class DyadDataReader
{
    public static readonly IReadOnlyList<string> Files =
        ["countries.tsv", "igos.tsv", "institutions.tsv", "shortforms.tsv", "people.tsv", "places.tsv", "agents.tsv", "given-names.txt"];

    // Territories whose names and capitals are common words or other places' names load by name only when listed here.
    private static readonly HashSet<string> NewsTerritories = new(StringComparer.Ordinal) { "TWN", "HKG", "MAC", "PRI", "XKX", "ESH", "GRL", "PSE", "VAT" };

    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "administration", "command", "cabinet", "ministry", "office", "department", "palace", "regime", "leadership",
        "military", "forces", "army", "navy", "force", "marines", "police", "parliament", "legislature", "congress", "senate",
        "court", "judiciary", "media", "company", "firm", "business", "bank", "newspaper", "broadcaster", "agency", "union",
        "party", "assembly", "embassy", "consulate", "university", "hospital", "gang", "authorities", "authority", "state",
        "television", "staff", "opposition", "group", "automaker", "carmaker", "manufacturer", "maker", "producer",
        "airline", "retailer", "giant", "bloc", "alliance", "corporation", "charity", "church", "station", "channel",
        "outlet", "militia", "supplier", "conglomerate", "automakers", "carmakers", "manufacturers",
        "companies", "firms", "banks", "drone", "drones", "warship", "warships", "jet", "jets", "aircraft", "coalition",
    };

    /// <summary>The raw lines of one data file, from <paramref name="folder"/> or from the embedded copy when it is null.</summary>
    public static TextReader Open(string file, string? folder)
    {
        if (folder is not null)
        {
            return new StreamReader(Path.Combine(folder, file));
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dyad.Actors.Data." + file)
            ?? throw new InvalidOperationException($"embedded data file {file} is missing");
        return new StreamReader(stream);
    }

    /// <summary>Rows of a TSV file: (line number, columns), skipping blank and <c>#</c> comment lines.</summary>
    public static IEnumerable<(int Line, string[] Columns)> Rows(TextReader reader)
    {
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            yield return (number, line.Split('\t'));
        }
    }

    internal static void Load(string? folder, ActorDictionary actors, AgentDictionary agents, HashSet<string> countries, HashSet<string> givenNames, List<string> problems)
    {
        // Countries first: the other files' codes are checked against them.
        var countryRows = new List<(int Line, string[] C)>();
        using (var reader = Open("countries.tsv", folder))
        {
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 5 || c[0].Length != 3 || !ActorCodes.IsWellFormed(c[0]))
                {
                    problems.Add($"countries.tsv:{line}: expected iso3, status, names, adjectives, capitals");
                    continue;
                }

                if (!countries.Add(c[0]))
                {
                    problems.Add($"countries.tsv:{line}: duplicate country code {c[0]}");
                    continue;
                }

                countryRows.Add((line, c));
            }
        }

        foreach (var (_, c) in countryRows)
        {
            var code = c[0];
            bool news = c[1] is "member" or "observer" || NewsTerritories.Contains(code);
            var source = "countries.tsv:" + code;
            foreach (var name in Split(c[2]))
            {
                actors.Add(new LexiconEntry(name, EntryKind.Country, [new DatedCode(code, null, null)], code, null, source));
            }

            foreach (var adjective in Split(c[3]))
            {
                actors.Add(new LexiconEntry(adjective, EntryKind.Adjective, [new DatedCode(code, null, null)], code, null, source + ".adjective"));

                // "Palestinians", "Israelis", "Filipinos": the demonym's plural names the state's people.
                if (adjective.Length > 3 && (adjective.EndsWith("an", StringComparison.Ordinal) || adjective.EndsWith('i') || adjective.EndsWith('o')) && !adjective.Contains(' ', StringComparison.Ordinal))
                {
                    actors.Add(new LexiconEntry(adjective + "s", EntryKind.Adjective, [new DatedCode(code, null, null)], code, null, source + ".people") { IsHuman = true });
                }
            }

            if (news)
            {
                foreach (var capital in Split(c[4]))
                {
                    actors.Add(new LexiconEntry(capital, EntryKind.Capital, [new DatedCode(code + "GOV", null, null)], code, "GOV", source + ".capital"));
                }
            }
        }

        using (var reader = Open("igos.tsv", folder))
        {
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 2 || !ActorCodes.IsWellFormed(c[0]))
                {
                    problems.Add($"igos.tsv:{line}: expected a well-formed code and names");
                    continue;
                }

                string? country = c[0].StartsWith("IGO", StringComparison.Ordinal) ? "IGO" : null;
                foreach (var name in Split(c[1]))
                {
                    actors.Add(new LexiconEntry(name, EntryKind.Organization, [new DatedCode(c[0], null, null)], country, null, "igos.tsv:" + c[0]));
                }
            }
        }

        using (var reader = Open("institutions.tsv", folder))
        {
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 2 || !ActorCodes.IsWellFormed(c[1]))
                {
                    problems.Add($"institutions.tsv:{line}: expected a phrase and a well-formed code");
                    continue;
                }

                var country = ActorCodes.CountryOf(c[1], countries);
                var agent = ActorCodes.AgentOf(c[1], countries);
                bool transnational = c[1].StartsWith("IMG", StringComparison.Ordinal);
                if (transnational)
                {
                    agent = ActorCodes.AgentOf(c[1][3..], countries);
                    actors.Add(new LexiconEntry(c[0], EntryKind.Institution, [new DatedCode(c[1], null, null)], null, agent, "institutions.tsv:" + c[0]));
                    continue;
                }

                if (country is null && !ActorCodes.Agents.Contains(c[1]))
                {
                    problems.Add($"institutions.tsv:{line}: {c[1]} is neither a country-based code nor an agent code");
                    continue;
                }

                IReadOnlyList<DatedCode> codes = country is null ? [] : [new DatedCode(c[1], null, null)];
                actors.Add(new LexiconEntry(c[0], EntryKind.Institution, codes, country, agent ?? (country is null ? c[1] : null), "institutions.tsv:" + c[0]));
            }
        }

        using (var reader = Open("shortforms.tsv", folder))
        {
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 3)
                {
                    problems.Add($"shortforms.tsv:{line}: expected phrase, code, context");
                    continue;
                }

                bool anaphor = c[1] == "@";
                if (!anaphor && !countries.Contains(c[1]))
                {
                    problems.Add($"shortforms.tsv:{line}: unknown country code {c[1]}");
                    continue;
                }

                IReadOnlyList<DatedCode> codes = anaphor ? [] : [new DatedCode(c[1], null, null)];
                actors.Add(new LexiconEntry(c[0], EntryKind.ShortForm, codes, anaphor ? null : c[1], null, "shortforms.tsv:" + c[0])
                {
                    Context = c[2] == "-" ? [] : Split(c[2]),
                });
            }
        }

        using (var reader = Open("people.tsv", folder))
        {
            var byName = new Dictionary<string, List<DatedCode>>(StringComparer.Ordinal);
            var variants = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 6 || !ActorCodes.IsWellFormed(c[2]) || ActorCodes.CountryOf(c[2], countries) is null)
                {
                    problems.Add($"people.tsv:{line}: expected name, variants, a country-based code, office, from, to");
                    continue;
                }

                if (!TryDate(c[4], out var from) || from is null || !TryDate(c.Length > 5 ? c[5] : "", out var to))
                {
                    problems.Add($"people.tsv:{line}: dates must be YYYY-MM-DD (from required, to empty while in office)");
                    continue;
                }

                if (to is { } t && t <= from)
                {
                    problems.Add($"people.tsv:{line}: the term ends before it starts");
                    continue;
                }

                var list = byName.TryGetValue(c[0], out var l) ? l : byName[c[0]] = [];
                foreach (var other in list)
                {
                    if ((other.To is null || other.To > from) && (to is null || other.From < to) && other.Code == c[2])
                    {
                        problems.Add($"people.tsv:{line}: {c[0]} overlaps another term with the same code");
                    }
                }

                list.Add(new DatedCode(c[2], from, to));
                var names = variants.TryGetValue(c[0], out var v) ? v : variants[c[0]] = new HashSet<string>(StringComparer.Ordinal) { c[0] };
                foreach (var variant in Split(c[1]))
                {
                    names.Add(variant);
                }
            }

            foreach (var (name, codes) in byName)
            {
                // Latest office first: an undated article gets the current one.
                codes.Sort((a, b) => Nullable.Compare(b.From, a.From));
                // The person's own state: that of their latest office in a state (an IGO post comes after a national
                // career: Mark Rutte stays Dutch); the office held on an article's date decides its code.
                int state = codes.FindIndex(d => !d.Code.StartsWith("IGO", StringComparison.Ordinal));
                var home = codes[Math.Max(0, state)];
                foreach (var variant in variants[name])
                {
                    var country = ActorCodes.CountryOf(home.Code, countries);
                    actors.Add(new LexiconEntry(variant, EntryKind.Person, codes, country, null, "people.tsv:" + name));
                }
            }
        }

        using (var reader = Open("places.tsv", folder))
        {
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 2 || (c[1] != "-" && !countries.Contains(c[1])))
                {
                    problems.Add($"places.tsv:{line}: expected a name and a country code or -");
                    continue;
                }

                var country = c[1] == "-" ? null : c[1];
                actors.Add(new LexiconEntry(c[0], EntryKind.Place, [], country, null, "places.tsv:" + c[0]));
            }
        }

        using (var reader = Open("agents.tsv", folder))
        {
            foreach (var (line, c) in Rows(reader))
            {
                if (c.Length < 3 || (c[1] != "-" && !ActorCodes.IsWellFormed(c[1])) || c[2] is not ("noun" or "title" or "both"))
                {
                    problems.Add($"agents.tsv:{line}: expected phrase, agent code or -, noun|title|both");
                    continue;
                }

                string? agent = c[1] == "-" ? null : c[1][..3];
                if (agent is not null && !ActorCodes.Agents.Contains(agent))
                {
                    problems.Add($"agents.tsv:{line}: unknown agent code {c[1]}");
                    continue;
                }

                bool title = c[2] is "title" or "both";
                bool noun = c[2] is "noun" or "both";
                bool human = !InstitutionHeads.Contains(LastWord(HeadOf(c[0])));
                var source = "agents.tsv:" + c[0];
                agents.Add(new LexiconEntry(c[0], EntryKind.Agent, [], null, agent, source) { IsTitle = title, IsHuman = human });
                if (noun && Plural(c[0]) is { } plural)
                {
                    agents.Add(new LexiconEntry(plural, EntryKind.Agent, [], null, agent, source) { IsTitle = false, IsHuman = human });
                }
            }
        }

        using (var reader = Open("given-names.txt", folder))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }

                foreach (var name in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    givenNames.Add(name);
                }
            }
        }
    }

    /// <summary>The head of a phrase: the part before "of" ("member of parliament" is a member, not a parliament).</summary>
    private static string HeadOf(string phrase)
    {
        int of = phrase.IndexOf(" of ", StringComparison.Ordinal);
        return of < 0 ? phrase : phrase[..of];
    }

    internal static string? Plural(string phrase)
    {
        // "members of parliament", "heads of government": the head takes the plural.
        var head = HeadOf(phrase);
        if (head.Length < phrase.Length)
        {
            return Plural(head) is { } heads ? heads + phrase[head.Length..] : null;
        }

        var last = LastWord(phrase);
        if (last.EndsWith('s') || last.EndsWith('.') || last is "police" or "military" or "media" or "people" or "leadership" or "opposition" or "judiciary" or "staff")
        {
            return null;
        }

        var stem = phrase[..^last.Length];
        if (last.EndsWith("man", StringComparison.Ordinal))
        {
            return stem + last[..^3] + "men";
        }

        if (last.Length > 1 && last[^1] == 'y' && "aeiou".IndexOf(last[^2], StringComparison.Ordinal) < 0)
        {
            return stem + last[..^1] + "ies";
        }

        return last.EndsWith('x') || last.EndsWith("ch", StringComparison.Ordinal) || last.EndsWith("sh", StringComparison.Ordinal)
            ? phrase + "es"
            : phrase + "s";
    }

    private static string LastWord(string phrase)
    {
        int space = phrase.LastIndexOf(' ');
        return space < 0 ? phrase : phrase[(space + 1)..];
    }

    private static string[] Split(string column) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }
}
