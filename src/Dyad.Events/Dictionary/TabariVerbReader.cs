namespace Dyad.Events.Dictionary;

/// <summary>
/// Reads a TABARI <c>.verbs</c> file by path: <c>&lt;SYNSETS&gt;</c>, headwords <c>VERB [code]</c> with optional
/// <c>{ FORMS }</c>, and pattern lines <c>- words * words [code]</c>; <c>;</c> starts a comment. Malformed lines are
/// reported as <c>file:line: reason</c> and skipped.
/// </summary>
public static class TabariVerbReader
{
    private static readonly string[] RegularEndings = ["s", "ed", "es", "en", "ing"];

    private static readonly string[] StemSuffixes = ["s", "es", "ed", "d", "ing", "e", "ted", "ting", "ned", "ning"];

    public static void Read(string path, VerbLexiconBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = Path.GetFileName(path);
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        // Synonym sets may be used before the block that defines them, so read them first.
        bool inSynsets = false;
        List<string[]>? current = null;
        foreach (var raw in lines)
        {
            var line = StripComment(raw).Trim();
            if (line.Equals("<SYNSETS>", StringComparison.OrdinalIgnoreCase))
            {
                inSynsets = true;
                continue;
            }

            if (line.Equals("</SYNSETS>", StringComparison.OrdinalIgnoreCase))
            {
                inSynsets = false;
                continue;
            }

            if (!inSynsets || line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('&'))
            {
                current = [];
                builder.Synsets[line[1..].Trim().TrimEnd('_')] = current;
            }
            else if (line.StartsWith('+') && current is not null)
            {
                // Kept as written: '_' (words must touch, no stem) and nested '&SET' members are read by the pattern parser.
                current.Add([line[1..].Trim()]);
            }
        }

        int lineNumber = 0;
        int entry = -1;
        bool skip = false;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('<'))
            {
                skip = !line.StartsWith("</", StringComparison.Ordinal);
                continue;
            }

            if (skip)
            {
                continue;
            }

            if (line.StartsWith('{'))
            {
                if (entry < 0)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: forms before any verb");
                    continue;
                }

                foreach (var form in line.Trim('{', '}', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    builder.AddForm(entry, form.TrimEnd('_'), past: form.EndsWith("ED_", StringComparison.OrdinalIgnoreCase) || form.EndsWith("EN_", StringComparison.OrdinalIgnoreCase));
                }

                continue;
            }

            if (line.StartsWith('-'))
            {
                if (entry < 0)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: pattern before any verb");
                    continue;
                }

                if (!CodeField.TrySplit(line[1..], out var text, out var code, out var paired, out var has) || !has)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: pattern without a [code]");
                    continue;
                }

                var pattern = PatternParser.Parse(text, code, paired, $"{builder.Entry(entry).Name}: {text.Trim()} [{code ?? "---"}]", builder.Synsets, stemByDefault: true, out var error);
                if (pattern is null)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: {error}");
                    continue;
                }

                builder.Entry(entry).Patterns.Add(pattern);
                continue;
            }

            if (line.StartsWith('&') || line.StartsWith('+'))
            {
                continue;
            }

            if (!CodeField.TrySplit(line, out var head, out var headCode, out var headPaired, out var hasCode) || !hasCode)
            {
                builder.Problems.Add($"{name}:{lineNumber}: verb without a [code]");
                entry = -1;
                continue;
            }

            var cleaned = head.Replace('=', ' ').Trim();
            if (!cleaned.Contains(' ', StringComparison.Ordinal) && cleaned.TrimEnd('_').Contains('_', StringComparison.Ordinal))
            {
                // CALLED_ON: one multi-word verb, matched as written (and inflected on its first word).
                var phrase = cleaned.TrimEnd('_').Replace('_', ' ');
                entry = builder.AddEntry(new VerbEntry(phrase, headCode, headPaired));
                builder.AddForm(entry, phrase, past: phrase.Split(' ')[0].EndsWith("ED", StringComparison.OrdinalIgnoreCase));
                builder.AddLemma(entry, phrase, noun: false);
                continue;
            }

            var words = cleaned.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || !words.All(w => w.All(c => char.IsLetter(c) || c is '\'' or '-' or '.')))
            {
                builder.Problems.Add($"{name}:{lineNumber}: bad verb '{head}'");
                entry = -1;
                continue;
            }

            if (words.Length == 1)
            {
                entry = builder.AddEntry(new VerbEntry(words[0], headCode, headPaired));
            }
            else
            {
                // A phrase headword (APPRECIATE POSITION): the first word is the verb, the rest a pattern after it.
                entry = builder.AddEntry(new VerbEntry(words[0], null, null));
                var phrase = PatternParser.Parse("* " + string.Join(' ', words[1..]), headCode, headPaired, $"{head} [{headCode ?? "---"}]", builder.Synsets, stemByDefault: true, out _);
                if (phrase is not null)
                {
                    builder.Entry(entry).Patterns.Add(phrase);
                }
            }

            if (head.EndsWith('='))
            {
                builder.AddForm(entry, words[0], past: false);
            }
            else
            {
                builder.AddLemma(entry, words[0], noun: false);
            }

            if (head.EndsWith('_'))
            {
                // An exact word still takes TABARI's regular endings (DEPART_: departes, departen); "=" refuses them.
                foreach (var suffix in RegularEndings)
                {
                    builder.AddForm(entry, words[0] + suffix, past: suffix is "ed" or "en");
                }
            }
            else if (!head.EndsWith('='))
            {
                // TABARI matches a headword without '_' as a stem (RESTOR: restore, restored, restoring).
                foreach (var suffix in StemSuffixes)
                {
                    builder.AddForm(entry, words[0] + suffix, past: suffix is "ed" or "d" or "ed");
                }
            }
        }
    }

    private static string StripComment(string line)
    {
        int semicolon = line.IndexOf(';', StringComparison.Ordinal);
        return semicolon >= 0 ? line[..semicolon] : line;
    }
}
