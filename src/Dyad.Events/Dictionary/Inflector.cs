namespace Dyad.Events.Dictionary;

/// <summary>
/// Generates the inflected forms of an English verb or noun lemma, so dictionaries list lemmas and never forms.
/// Irregular verbs come from a table; the rest follow the spelling rules of -s, -ed and -ing.
/// </summary>
public static class Inflector
{
    private static readonly Dictionary<string, string[]> Irregular = BuildIrregular();

    // Simple pasts that differ from their lemma, less those that read as modifiers before a noun ("left", "lit").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPasts = BuildIrregularPasts();

    // Two-syllable verbs stressed on the last syllable double their final consonant (commit → committed).
    private static readonly HashSet<string> DoublesFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "admit", "commit", "submit", "permit", "omit", "emit", "transmit", "regret", "refer", "confer", "prefer",
        "defer", "deter", "occur", "incur", "recur", "control", "patrol", "compel", "expel", "propel", "repel",
        "rebel", "equip", "acquit", "abet", "forget", "begin", "upset", "outbid", "embed", "extol", "annul",
    };

    /// <summary>The forms of a verb: base, third person, past, past participle and -ing (duplicates removed).</summary>
    public static IReadOnlyList<string> VerbForms(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var word = lemma.ToLowerInvariant();
        var forms = new List<string>(6) { word };
        if (Irregular.TryGetValue(word, out var irregular))
        {
            forms.AddRange(irregular);
        }
        else
        {
            forms.Add(PastOf(word));
        }

        forms.Add(ThirdPersonOf(word));
        forms.Add(GerundOf(word));
        return forms.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The forms of a noun: singular and plural.</summary>
    public static IReadOnlyList<string> NounForms(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var word = lemma.ToLowerInvariant();
        var plural = ThirdPersonOf(word);
        return plural == word ? [word] : [word, plural];
    }

    /// <summary>Whether <paramref name="form"/> is a past or past-participle form of <paramref name="lemma"/> (for passives).</summary>
    public static bool IsPastForm(string lemma, ReadOnlySpan<char> form)
    {
        var word = lemma.ToLowerInvariant();
        if (Irregular.TryGetValue(word, out var irregular))
        {
            foreach (var f in irregular)
            {
                if (form.Equals(f, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        return form.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    private static string ThirdPersonOf(string w)
    {
        if (w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2]))
        {
            return string.Concat(w.AsSpan(0, w.Length - 1), "ies");
        }

        if (w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal)
            || w.EndsWith("sh", StringComparison.Ordinal) || (w.EndsWith('o') && w.Length > 1 && !IsVowel(w[^2])))
        {
            return w + "es";
        }

        return w + "s";
    }

    private static string PastOf(string w)
    {
        if (w.EndsWith('e'))
        {
            return w + "d";
        }

        if (w.EndsWith('y') && w.Length > 1 && !IsVowel(w[^2]))
        {
            return string.Concat(w.AsSpan(0, w.Length - 1), "ied");
        }

        return (Doubles(w) ? w + w[^1] : w) + "ed";
    }

    private static string GerundOf(string w)
    {
        if (w.EndsWith("ie", StringComparison.Ordinal))
        {
            return string.Concat(w.AsSpan(0, w.Length - 2), "ying");
        }

        if (w.EndsWith('e') && w.Length > 2 && !w.EndsWith("ee", StringComparison.Ordinal) && !w.EndsWith("ye", StringComparison.Ordinal)
            && !w.EndsWith("oe", StringComparison.Ordinal))
        {
            return string.Concat(w.AsSpan(0, w.Length - 1), "ing");
        }

        return (Doubles(w) ? w + w[^1] : w) + "ing";
    }

    // A final consonant doubles after a single vowel in a one-syllable word (ban → banned), or in listed verbs.
    private static bool Doubles(string w)
    {
        if (w.Length < 3 || IsVowel(w[^1]) || w[^1] is 'w' or 'x' or 'y' || !IsVowel(w[^2]) || IsVowel(w[^3]))
        {
            return false;
        }

        if (DoublesFinal.Contains(w))
        {
            return true;
        }

        int groups = 0;
        bool inVowel = false;
        foreach (char c in w)
        {
            bool v = IsVowel(c);
            if (v && !inVowel)
            {
                groups++;
            }

            inVowel = v;
        }

        return groups == 1;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Whether the word is the simple past of an irregular verb ("gave", "sent", "took"), not also a lemma.</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) => IrregularPasts.Contains(word);

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildIrregularPasts()
    {
        var pasts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, forms) in Irregular)
        {
            if (!forms[0].Equals(lemma, StringComparison.OrdinalIgnoreCase) && !Irregular.ContainsKey(forms[0]))
            {
                pasts.Add(forms[0]);
            }
        }

        pasts.ExceptWith(["left", "lay", "bound", "ground", "wound", "lit", "born", "bore"]);
        return pasts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static Dictionary<string, string[]> BuildIrregular()
    {
        // lemma: past and past participle (when different)
        const string table =
            "arise arose arisen|be was were been|bear bore borne born|beat beat beaten|become became become|begin began begun|bid bid|"
            + "bind bound|blow blew blown|break broke broken|bring brought|build built|burn burnt burned|buy bought|cast cast|catch caught|"
            + "choose chose chosen|come came come|cut cut|deal dealt|do did done|draw drew drawn|drive drove driven|eat ate eaten|"
            + "fall fell fallen|feed fed|feel felt|fight fought|find found|flee fled|fly flew flown|forbid forbade forbidden|"
            + "forecast forecast|foresee foresaw foreseen|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|"
            + "go went gone|grind ground|hang hung hanged|have had|hear heard|hide hid hidden|hit hit|hold held|hurt hurt|keep kept|"
            + "know knew known|lay laid|lead led|leave left|lend lent|let let|lose lost|make made|mean meant|meet met|mislead misled|"
            + "overcome overcame overcome|overrun overran|oversee oversaw overseen|overthrow overthrew overthrown|pay paid|put put|"
            + "quit quit|read read|rebuild rebuilt|rid rid|ride rode ridden|rise rose risen|run ran run|say said|see saw seen|seek sought|"
            + "sell sold|send sent|set set|shake shook shaken|shed shed|shoot shot|show showed shown|shut shut|sink sank sunk|sit sat|"
            + "slay slew slain|speak spoke spoken|spend spent|split split|spread spread|stand stood|steal stole stolen|stick stuck|"
            + "strike struck stricken|strive strove striven|swear swore sworn|sweep swept|take took taken|teach taught|tear tore torn|"
            + "tell told|think thought|throw threw thrown|undertake undertook undertaken|understand understood|uphold upheld|"
            + "upset upset|wage waged|wake woke woken|wear wore worn|win won|withdraw withdrew withdrawn|withhold withheld|"
            + "withstand withstood|write wrote written|shoot shot|slit slit|bleed bled|breed bred|light lit|spit spat|sting stung|"
            + "string strung|swing swung|wind wound|overtake overtook overtaken|outbid outbid|forsake forsook forsaken|lie lay lain lied";
        var result = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Split('|'))
        {
            var parts = row.Split(' ');
            result[parts[0]] = parts[1..];
        }

        return result;
    }
}
