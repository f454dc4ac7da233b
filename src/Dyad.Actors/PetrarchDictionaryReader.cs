using System.Globalization;

namespace Dyad.Actors;

/// <summary>
/// Reads PETRARCH and TABARI actor and agent dictionaries: <c>NAME_WORDS [CODE]</c>, synonyms on <c>+NAME</c> lines,
/// codes on their own indented lines, date restrictions (<c>[EGYGOV &gt;140608]</c>, <c>&lt;011214</c>,
/// <c>930206-010114</c>), agents <c>[~GOV]</c> with <c>{plural}</c> forms and <c>!PERSON!</c> substitutions,
/// comments (<c>#</c>, <c>;</c>, <c>&lt;!-- --&gt;</c>). Malformed lines are reported as <c>file:line: reason</c> and skipped.
/// Stemmed (non-underscore-terminated) words are matched as whole words.
/// </summary>
public static class PetrarchDictionaryReader
{
    /// <summary>Adds the actors of one file to <paramref name="dictionary"/>.</summary>
    public static void ReadActors(string path, ActorDictionary dictionary, IReadOnlySet<string> countries, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(problems);
        var name = Path.GetFileName(path);
        var block = new List<(string Phrase, int Line, bool Stem)>();
        var codes = new List<DatedCode>();
        int blockLine = 0;
        bool inSection = false;

        void Flush()
        {
            if (block.Count > 0)
            {
                if (codes.Count == 0)
                {
                    problems.Add($"{name}:{blockLine}: no code for {block[0].Phrase}");
                }
                else
                {
                    foreach (var (phrase, line, stem) in block)
                    {
                        var first = codes[0].Code;
                        dictionary.Add(new LexiconEntry(phrase, EntryKind.Actor, codes.ToArray(), ActorCodes.CountryOf(first, countries), ActorCodes.AgentOf(first, countries), $"{name}:{line}", anyCase: true) { IsStem = stem });
                    }
                }
            }

            block.Clear();
            codes.Clear();
        }

        foreach (var (line, raw) in Lines(path))
        {
            var text = raw.Trim();
            if (text.StartsWith('<'))
            {
                // TABARI's <NOUN>/<ADJECTIVE> sections list words, not actors.
                inSection = !text.StartsWith("</", StringComparison.Ordinal);
                continue;
            }

            if (inSection)
            {
                continue;
            }

            if (text.StartsWith('['))
            {
                if (block.Count == 0)
                {
                    problems.Add($"{name}:{line}: code line without a preceding actor");
                    continue;
                }

                if (!ParseCodes(text, codes, out var error))
                {
                    problems.Add($"{name}:{line}: {error}");
                }

                continue;
            }

            bool synonym = text.StartsWith('+');
            if (!synonym)
            {
                Flush();
                blockLine = line;
            }
            else if (block.Count == 0)
            {
                problems.Add($"{name}:{line}: synonym without a preceding actor");
                continue;
            }

            int bracket = text.IndexOf('[', StringComparison.Ordinal);
            var phraseText = (bracket < 0 ? text : text[..bracket]).TrimStart('+').Trim();
            if (PhraseOf(phraseText) is not { } phrase)
            {
                problems.Add($"{name}:{line}: empty or malformed phrase");
                continue;
            }

            // A one-word phrase without a closing underscore is a stem: ARGENTIN matches Argentina and Argentine.
            bool isStem = !phrase.Contains(' ', StringComparison.Ordinal) && !phraseText.Split('#', ';')[0].TrimEnd().EndsWith('_') && phrase.Length >= 3;
            block.Add((phrase, line, isStem));
            if (bracket >= 0 && !ParseCodes(text[bracket..], codes, out var codeError))
            {
                problems.Add($"{name}:{line}: {codeError}");
            }
        }

        Flush();
    }

    /// <summary>Adds the agents of one file to <paramref name="dictionary"/>.</summary>
    public static void ReadAgents(string path, AgentDictionary dictionary, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(problems);
        var name = Path.GetFileName(path);
        var substitutions = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, raw) in Lines(path))
        {
            var text = raw.Trim();
            if (text.StartsWith('<'))
            {
                continue;
            }

            if (text.StartsWith('!') && text.Contains('=', StringComparison.Ordinal))
            {
                int eq = text.IndexOf('=', StringComparison.Ordinal);
                substitutions[text[..eq].Trim()] = text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }

            int bracket = text.IndexOf('[', StringComparison.Ordinal);
            int close = bracket < 0 ? -1 : text.IndexOf(']', bracket);
            if (bracket < 0 || close < 0)
            {
                problems.Add($"{name}:{line}: expected PHRASE [~AGENT]");
                continue;
            }

            var code = text[(bracket + 1)..close].Trim().Replace("~", "", StringComparison.Ordinal).Trim();
            if (!ActorCodes.IsWellFormed(code))
            {
                problems.Add($"{name}:{line}: malformed agent code [{text[(bracket + 1)..close]}]");
                continue;
            }

            var head = text[..bracket];
            var plurals = new List<string>();
            int brace = head.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                int braceEnd = head.IndexOf('}', brace);
                if (braceEnd < 0)
                {
                    problems.Add($"{name}:{line}: unclosed {{plural}}");
                    continue;
                }

                plurals.AddRange(head[(brace + 1)..braceEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                head = head[..brace];
            }

            var agent = code[..3];
            foreach (var form in Expand(head.Trim(), substitutions))
            {
                if (PhraseOf(form) is not { } phrase)
                {
                    problems.Add($"{name}:{line}: empty or malformed phrase");
                    continue;
                }

                var source = $"{name}:{line}";
                dictionary.Add(new LexiconEntry(phrase, EntryKind.Agent, [], null, agent, source, anyCase: true) { IsHuman = true });
                var plural = plurals.Count > 0 ? null : DyadDataReader.Plural(phrase.ToLowerInvariant());
                if (plural is not null)
                {
                    dictionary.Add(new LexiconEntry(plural, EntryKind.Agent, [], null, agent, source, anyCase: true) { IsHuman = true });
                }
            }

            foreach (var p in plurals)
            {
                if (PhraseOf(p) is { } phrase)
                {
                    dictionary.Add(new LexiconEntry(phrase, EntryKind.Agent, [], null, agent, $"{name}:{line}", anyCase: true) { IsHuman = true });
                }
            }
        }
    }

    private static IEnumerable<string> Expand(string head, Dictionary<string, string[]> substitutions)
    {
        int open = head.IndexOf('!', StringComparison.Ordinal);
        int close = open < 0 ? -1 : head.IndexOf('!', open + 1);
        if (close < 0)
        {
            yield return head;
            yield break;
        }

        var key = head[open..(close + 1)];
        if (!substitutions.TryGetValue(key, out var words))
        {
            yield return head.Remove(open, close - open + 1);
            yield break;
        }

        foreach (var word in words)
        {
            foreach (var rest in Expand(head[..open] + word + head[(close + 1)..], substitutions))
            {
                yield return rest;
            }
        }
    }

    /// <summary>NAME_WORDS_ → "NAME WORDS"; null when nothing is left.</summary>
    private static string? PhraseOf(string text)
    {
        int comment = text.IndexOfAny(['#', ';']);
        if (comment >= 0)
        {
            text = text[..comment];
        }

        var phrase = text.Replace('_', ' ').Trim();
        if (phrase.Length == 0)
        {
            return null;
        }

        foreach (char c in phrase)
        {
            if (char.IsLetterOrDigit(c))
            {
                return string.Join(' ', phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return null;
    }

    /// <summary>Parses one or more <c>[CODE restriction]</c> groups.</summary>
    private static bool ParseCodes(string text, List<DatedCode> codes, out string error)
    {
        error = "";
        int i = 0;
        bool any = false;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            int close = text.IndexOf(']', i);
            if (close < 0)
            {
                error = "unclosed [";
                return false;
            }

            var parts = text[(i + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 3 && parts[1] is ">" or "<")
            {
                // "[EGYGOV > 140608]": a space after the sign.
                parts = [parts[0], parts[1] + parts[2]];
            }
            i = close + 1;
            if (parts.Length == 0)
            {
                error = "empty code []";
                return false;
            }

            var code = parts[0].Replace("~", "", StringComparison.Ordinal);
            if (code == "---")
            {
                any = true;
                continue;
            }

            if (!ActorCodes.IsWellFormed(code))
            {
                error = $"malformed code {parts[0]}";
                return false;
            }

            DateOnly? from = null, to = null;
            if (parts.Length > 1)
            {
                var r = parts[1];
                bool ok;
                if (r.StartsWith('>'))
                {
                    ok = TryDate(r[1..], out from);
                }
                else if (r.StartsWith('<'))
                {
                    ok = TryDate(r[1..], out to);
                }
                else
                {
                    int dash = r.IndexOf('-', StringComparison.Ordinal);
                    ok = dash > 0 && TryDate(r[..dash], out from) && TryDate(r[(dash + 1)..], out to);
                }

                if (!ok)
                {
                    error = $"malformed date restriction {r}";
                    return false;
                }
            }

            codes.Add(new DatedCode(code, from, to));
            any = true;
        }

        if (!any)
        {
            error = "no code";
        }

        return any;
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        string format = text.Length switch { 6 => "yyMMdd", 8 => "yyyyMMdd", _ => "" };
        if (format.Length == 0 || !DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return false;
        }

        date = d;
        return true;
    }

    /// <summary>Non-comment lines with their numbers; <c>&lt;!-- … --&gt;</c> blocks and <c>#</c>/<c>;</c> comments are dropped.</summary>
    private static IEnumerable<(int Line, string Text)> Lines(string path)
    {
        using var reader = new StreamReader(path);
        int number = 0;
        bool inComment = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (inComment)
            {
                if (line.Contains("-->", StringComparison.Ordinal))
                {
                    inComment = false;
                }

                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                inComment = !trimmed.Contains("-->", StringComparison.Ordinal);
                continue;
            }

            // "~~FINISH" ends a TABARI file.
            if (trimmed.StartsWith("~~", StringComparison.Ordinal))
            {
                yield break;
            }

            if (trimmed.Length == 0 || trimmed[0] is '#' or ';')
            {
                continue;
            }

            int hash = trimmed.IndexOf('#', StringComparison.Ordinal);
            int semi = trimmed.IndexOf(';', StringComparison.Ordinal);
            int cut = hash < 0 ? semi : semi < 0 ? hash : Math.Min(hash, semi);
            if (cut >= 0)
            {
                trimmed = trimmed[..cut].Trim();
            }

            if (trimmed.Length > 0)
            {
                yield return (number, trimmed);
            }
        }
    }
}
