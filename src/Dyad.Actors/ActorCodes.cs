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

    /// <summary>The country part of a code: its first three letters when they are a state code, <c>IGO</c> for IGOs, else null.</summary>
    public static string? CountryOf(string? code, IReadOnlySet<string> countries)
    {
        if (code is null || code.Length < 3)
        {
            return null;
        }

        var head = code[..3];
        if (head is "IGO" or "NGO")
        {
            return head == "IGO" ? "IGO" : null;
        }

        return countries.Contains(head) ? head : null;
    }

    /// <summary>The first agent code after the country part (<c>KORGOVMIL</c> → <c>GOV</c>), or null.</summary>
    public static string? AgentOf(string? code, IReadOnlySet<string> countries)
    {
        if (code is null)
        {
            return null;
        }

        int start = code.Length >= 3 && (countries.Contains(code[..3]) || code.StartsWith("IGO", StringComparison.Ordinal) || code.StartsWith("NGO", StringComparison.Ordinal)) ? 3 : 0;
        if (start == 3 && code.StartsWith("IGO", StringComparison.Ordinal))
        {
            return null;
        }

        for (int i = start; i + 3 <= code.Length; i += 3)
        {
            var part = code.Substring(i, 3);
            if (Agents.Contains(part))
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
