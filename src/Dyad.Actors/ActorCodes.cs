namespace Dyad.Actors;

/// <summary>
/// CAMEO-style actor codes: a three-letter state (ISO 3166 alpha-3) or <c>IGO</c>/<c>NGO</c> prefix followed by
/// three-letter role codes (<c>KORMIL</c>, <c>IGOUNO</c>). Splits codes into country and agent.
/// </summary>
public static class ActorCodes
{
    /// <summary>The CAMEO agent (role) codes Dyad understands.</summary>
    public static readonly IReadOnlySet<string> Agents = new HashSet<string>(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "LEG", "JUD", "OPP", "REB", "CVL", "BUS", "MED", "REF", "EDU", "HLH", "LAB", "AGR",
        "CRM", "UAF", "PTY", "SPY", "ELI", "IGO", "NGO", "NGM", "IMG", "INS", "SEP", "MOD", "RAD", "HRI", "ENV",
        "DEV", "SET", "REL", "CHR", "MOS", "JEW", "BUD", "HIN", "FRM", "PRS", "MOP", "MBR", "TRD",
    };

    // The same agents looked up by span: a code's parts are tested without cutting a string out of it.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AgentParts =
        ((HashSet<string>)Agents).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The country part of a code: its first three letters when they are a state code, <c>IGO</c> for IGOs, else null.</summary>
    public static string? CountryOf(string? code, IReadOnlySet<string> countries)
    {
        if (code is null || code.Length < 3)
        {
            return null;
        }

        var head = code.AsSpan(0, 3);
        if (head is "IGO" or "NGO")
        {
            return head is "IGO" ? "IGO" : null;
        }

        if (code.Length == 3)
        {
            return countries.Contains(code) ? code : null;
        }

        // The set's own copy of the state code: no substring per call when the set can be searched by span.
        if (countries is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
        {
            return !lookup.TryGetValue(head, out var stored) ? null : head.SequenceEqual(stored) ? stored : code[..3];
        }

        return countries.Contains(code[..3]) ? code[..3] : null;
    }

    /// <summary>Whether the first three letters of <paramref name="code"/> (at least three long) are a state code in <paramref name="countries"/>.</summary>
    private static bool StartsWithCountry(string code, IReadOnlySet<string> countries)
    {
        if (code.Length == 3)
        {
            return countries.Contains(code);
        }

        return countries is HashSet<string> set && set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup)
            ? lookup.Contains(code.AsSpan(0, 3))
            : countries.Contains(code[..3]);
    }

    /// <summary>The first agent code after the country part (<c>KORGOVMIL</c> → <c>GOV</c>), or null.</summary>
    public static string? AgentOf(string? code, IReadOnlySet<string> countries)
    {
        if (code is null)
        {
            return null;
        }

        int start = code.Length >= 3 && (StartsWithCountry(code, countries) || code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)) ? 3 : 0;
        if (start == 3 && code.StartsWith("IGO", StringComparison.Ordinal))
        {
            return null;
        }

        for (int i = start; i + 3 <= code.Length; i += 3)
        {
            if (AgentParts.TryGetValue(code.AsSpan(i, 3), out var part))
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="code"/> is upper-case ASCII letters or digits (TABARI's test codes use digits) in three-character parts.</summary>
    public static bool IsWellFormed(string code)
    {
        if (string.IsNullOrEmpty(code) || code.Length % 3 != 0)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (c is (< 'A' or > 'Z') and (< '0' or > '9'))
            {
                return false;
            }
        }

        return true;
    }
}
