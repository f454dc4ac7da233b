namespace Dyad.Events.Dictionary;

/// <summary>
/// Reads a PETRARCH-1 verb dictionary by path: synonym sets (<c>&amp;NAME</c> then <c>+MEMBER</c> lines), blocks
/// opened by <c>--- NAME [code] ---</c> holding verbs (<c>VERB {FORMS} [code]</c>) and patterns (<c>- … * … [code]</c>)
/// shared by the block's verbs. <c>#</c> and <c>&lt;!-- --&gt;</c> are comments. Malformed lines are reported as
/// <c>file:line: reason</c> and skipped.
/// </summary>
public static class PetrarchVerbReader
{
    public static void Read(string path, VerbLexiconBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var name = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        ReadSynsets(lines, builder);

        string? blockCode = null;
        string? blockPaired = null;
        var verbs = new List<(string Lemma, string[] Forms, string? Code, string? Paired, int VerbWord)>();
        var patterns = new List<VerbPattern>();
        bool inBlock = false;
        int lineNumber = 0;
        bool inComment = false;

        void Flush()
        {
            foreach (var (lemma, forms, code, paired, verbWord) in verbs)
            {
                int entry = builder.AddEntry(new VerbEntry(lemma, code ?? blockCode, code is null ? blockPaired : paired));
                builder.Entry(entry).Patterns.AddRange(patterns);
                if (verbWord > 0)
                {
                    builder.AddLemma(entry, lemma, noun: false, verbWord);
                }
                else
                {
                    builder.AddLemma(entry, lemma, noun: false);
                }

                foreach (var form in forms)
                {
                    builder.AddForm(entry, form, past: form.EndsWith("ED", StringComparison.OrdinalIgnoreCase) || form.EndsWith("EN", StringComparison.OrdinalIgnoreCase));
                }
            }

            verbs.Clear();
            patterns.Clear();
        }

        bool inSynset = false;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = StripComments(raw, ref inComment).Trim();
            if (line.Length == 0)
            {
                inSynset = false;
                continue;
            }

            if (line.StartsWith('&'))
            {
                inSynset = true;
                continue;
            }

            if (line.StartsWith('+') && inSynset)
            {
                continue;
            }

            if (line.StartsWith("---", StringComparison.Ordinal))
            {
                Flush();
                inSynset = false;
                if (!CodeField.TrySplit(line.Trim('-', ' '), out _, out blockCode, out blockPaired, out var has) || !has)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: block header without a [code]");
                    inBlock = false;
                    continue;
                }

                inBlock = true;
                continue;
            }

            if (!inBlock)
            {
                builder.Problems.Add($"{name}:{lineNumber}: line outside a '--- VERB [code] ---' block");
                continue;
            }

            if (line.StartsWith('-'))
            {
                if (!CodeField.TrySplit(line[1..], out var text, out var code, out var paired, out var has) || !has)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: pattern without a [code]");
                    continue;
                }

                var pattern = PatternParser.Parse(text, code, paired, $"{text.Trim()} [{code ?? "---"}]", builder.Synsets, stemByDefault: false, out var error);
                if (pattern is null)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: {error}");
                    continue;
                }

                patterns.Add(pattern);
                continue;
            }

            if (!CodeField.TrySplit(line, out var head, out var verbCode, out var verbPaired, out var hasVerbCode))
            {
                builder.Problems.Add($"{name}:{lineNumber}: unclosed '['");
                continue;
            }

            string[] forms = [];
            int brace = head.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                int close = head.IndexOf('}', brace);
                if (close < 0)
                {
                    builder.Problems.Add($"{name}:{lineNumber}: unclosed '{{'");
                    continue;
                }

                forms = head[(brace + 1)..close].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(f => f.Replace('_', ' ').Replace("+", string.Empty, StringComparison.Ordinal)).ToArray();
                head = head[..brace];
            }

            // A multi-word verb marks its verb word with '+' (+CORDON_OFF, WIRE_+TAP): that word is inflected.
            var words = head.Trim().Split('_', StringSplitOptions.RemoveEmptyEntries);
            int verbWord = Math.Max(0, Array.FindIndex(words, w => w.StartsWith('+')));
            var lemma = string.Join(' ', words).Replace("+", string.Empty, StringComparison.Ordinal);
            if (lemma.Length == 0 || !lemma.All(c => char.IsLetter(c) || c is ' ' or '\'' or '-'))
            {
                builder.Problems.Add($"{name}:{lineNumber}: bad verb '{head.Trim()}'");
                continue;
            }

            verbs.Add((lemma, forms, hasVerbCode ? verbCode : null, hasVerbCode ? verbPaired : null, verbWord));
        }

        Flush();
    }

    private static void ReadSynsets(string[] lines, VerbLexiconBuilder builder)
    {
        List<string[]>? current = null;
        bool inComment = false;
        foreach (var raw in lines)
        {
            var line = StripComments(raw, ref inComment).Trim();
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
            else
            {
                current = null;
            }
        }
    }

    private static string StripComments(string line, ref bool inComment)
    {
        if (inComment)
        {
            int end = line.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return string.Empty;
            }

            inComment = false;
            line = line[(end + 3)..];
        }

        int open = line.IndexOf("<!--", StringComparison.Ordinal);
        if (open >= 0)
        {
            int end = line.IndexOf("-->", open, StringComparison.Ordinal);
            if (end < 0)
            {
                inComment = true;
                return line[..open];
            }

            line = string.Concat(line.AsSpan(0, open), line.AsSpan(end + 3));
        }

        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }
}
