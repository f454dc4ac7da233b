namespace Dyad.Events.Dictionary;

/// <summary>Reads the bracketed code field of TABARI and PETRARCH lines: <c>[023]</c>, <c>[032:033]</c>, <c>[---]</c>, <c>[031!]</c>.</summary>
internal static class CodeField
{
    /// <summary>Splits <paramref name="line"/> into the text before the last <c>[…]</c> and the code(s) inside it.</summary>
    public static bool TrySplit(string line, out string before, out string? code, out string? paired, out bool hasField)
    {
        before = line;
        code = null;
        paired = null;
        hasField = false;
        int open = line.LastIndexOf('[');
        if (open < 0)
        {
            return true;
        }

        int close = line.IndexOf(']', open);
        if (close < 0)
        {
            return false;
        }

        hasField = true;
        before = line[..open].TrimEnd();
        var inside = line[(open + 1)..close].Trim();
        var parts = inside.Split(':');
        code = Normalize(parts[0]);
        paired = parts.Length > 1 ? Normalize(parts[1]) : null;
        return true;
    }

    // "---" says "no event here"; "+++" (too complex) and "###" (discard) stop the whole sentence; anything else is kept
    // as written, with TABARI's "?" (subordinate) and "!" (dominant) marks and letters (174K).
    private static string? Normalize(string code)
    {
        code = code.Trim();
        if (code.Length > 0 && code.All(c => c == '+'))
        {
            return "+++";
        }

        if (code.Length > 0 && code.All(c => c == '#'))
        {
            return "###";
        }

        return code.Length == 0 || code.All(c => c == '-') ? null : code;
    }
}
