namespace Dyad.Events.Dictionary;

/// <summary>
/// Reads Dyad's own verb files (<c>data/verbs/*.txt</c>). One line per entry:
/// <c>CODE  lemma | lemma2 | n:noun  [pattern tail]</c>. Lemmas are inflected automatically (<c>n:</c> marks an
/// event noun, inflected as a noun; <c>call_on</c> is a phrasal verb). The tail uses <see cref="PatternParser"/>
/// notation after the verb: words separated by spaces may have words between them, <c>_</c> glues, <c>+</c> is the
/// target, <c>$</c> the source, <c>%</c> a compound whose members act on each other, <c>a|b</c> alternatives; a tail
/// that holds <c>*</c> places the verb itself (<c>% *</c>: a compound subject). A code <c>---</c> blocks the verb in that context.
/// <c>&amp;NAME = a | b c | d</c> defines a synonym set; <c>discard phrase</c> stops coding a sentence; <c>#</c> starts a comment.
/// </summary>
public static class DyadVerbReader
{
    /// <summary>The default dictionary embedded in the assembly, compiled once.</summary>
    public static VerbLexicon Default => DefaultHolder.Value;

    private static readonly Lazy<VerbLexicon> DefaultHolder = new(LoadDefault);

    public static VerbLexicon LoadDefault()
    {
        var builder = new VerbLexiconBuilder();
        var assembly = typeof(DyadVerbReader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Dyad.Events.verbs.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            Read(reader, name["Dyad.Events.verbs.".Length..], builder);
        }

        return builder.Build();
    }

    public static void Read(TextReader reader, string fileName, VerbLexiconBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('&'))
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    builder.Problems.Add($"{fileName}:{lineNumber}: synonym set without '='");
                    continue;
                }

                builder.Synsets[line[1..eq].Trim()] = line[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(m => m.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
                continue;
            }

            if (line.StartsWith("discard ", StringComparison.Ordinal))
            {
                builder.AddDiscard(line["discard ".Length..]);
                continue;
            }

            int space = line.IndexOfAny([' ', '\t']);
            if (space < 0)
            {
                builder.Problems.Add($"{fileName}:{lineNumber}: expected 'CODE lemma [pattern]'");
                continue;
            }

            var code = line[..space];
            if (code != "---" && (code.Length < 2 || !code.All(char.IsAsciiDigit)))
            {
                builder.Problems.Add($"{fileName}:{lineNumber}: '{code}' is not a CAMEO code");
                continue;
            }

            var rest = line[(space + 1)..].TrimStart();
            // The lemma list ends where the first lemma-less token starts: lemmas are joined by '|'.
            var (lemmas, tail) = SplitLemmas(rest);
            if (lemmas.Count == 0)
            {
                builder.Problems.Add($"{fileName}:{lineNumber}: no lemma");
                continue;
            }

            var label = tail.Length > 0 ? $"{code}: {string.Join('|', lemmas)} * {tail}" : $"{code}: {string.Join('|', lemmas)}";
            VerbPattern? pattern = null;
            if (tail.Length > 0)
            {
                // A tail that places the verb itself ("% *": a compound subject) names words before it too.
                var text = tail.Contains('*', StringComparison.Ordinal) ? JoinAlternatives(tail) : "* " + JoinAlternatives(tail);
                pattern = PatternParser.Parse(text, code == "---" ? null : code, null, label, builder.Synsets, stemByDefault: false, out var error)
                    is { } p ? p : null;
                if (pattern is null)
                {
                    builder.Problems.Add($"{fileName}:{lineNumber}: {error}");
                    continue;
                }
            }

            var entryCode = code == "---" ? null : code;
            var entry = new VerbEntry(string.Join('|', lemmas), pattern is null ? entryCode : null, null);
            if (pattern is not null)
            {
                entry.Patterns.Add(pattern);
            }

            int index = builder.AddEntry(entry);
            foreach (var lemma in lemmas)
            {
                bool noun = lemma.StartsWith("n:", StringComparison.Ordinal);
                builder.AddLemma(index, noun ? lemma[2..] : lemma, noun);
            }
        }
    }

    // Dyad writes alternatives as talks|negotiations|peace_talks; the shared notation spells them { talks | negotiations | peace_talks }.
    private static string JoinAlternatives(string tail)
    {
        while (tail.Contains(" |", StringComparison.Ordinal) || tail.Contains("| ", StringComparison.Ordinal))
        {
            tail = tail.Replace(" |", "|", StringComparison.Ordinal).Replace("| ", "|", StringComparison.Ordinal);
        }

        var words = tail.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
        {
            // "*_tariffs|duties": alternatives glued to the verb keep the verb outside the braces.
            string glue = words[i].StartsWith("*_", StringComparison.Ordinal) ? "*_" : string.Empty;
            if (words[i].Contains('|', StringComparison.Ordinal))
            {
                words[i] = glue + "{ " + words[i][glue.Length..].Replace("|", " | ", StringComparison.Ordinal) + " }";
            }
        }

        return string.Join(' ', words);
    }

    private static (List<string> Lemmas, string Tail) SplitLemmas(string rest)
    {
        var lemmas = new List<string>();
        int i = 0;
        while (i < rest.Length)
        {
            int end = i;
            while (end < rest.Length && rest[end] is not (' ' or '\t' or '|'))
            {
                end++;
            }

            lemmas.Add(rest[i..end]);
            int next = end;
            while (next < rest.Length && rest[next] is ' ' or '\t')
            {
                next++;
            }

            if (next < rest.Length && rest[next] == '|')
            {
                next++;
                while (next < rest.Length && rest[next] is ' ' or '\t')
                {
                    next++;
                }

                i = next;
                continue;
            }

            return (lemmas, rest[next..].Trim());
        }

        return (lemmas, string.Empty);
    }
}
