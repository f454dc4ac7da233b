using Dyad.Core;
using Dyad.Text;

namespace Dyad.Events.Dictionary;

/// <summary>
/// Parses the pattern notation shared by TABARI, PETRARCH and Dyad: words separated by spaces may have other words
/// between them, words joined by <c>_</c> must touch; <c>*</c> is the verb, <c>$</c> the source, <c>+</c> the target,
/// <c>%</c> a compound source, <c>&amp;NAME</c> a synonym set and <c>{ a | b }</c> alternatives.
/// </summary>
public static class PatternParser
{
    /// <summary>
    /// Parses <c>text</c>; returns null and a reason when it is malformed. With <c>stemByDefault</c> (TABARI, PETRARCH)
    /// a word not ending in <c>_</c> matches as a stem; Dyad's own files match words exactly.
    /// </summary>
    public static VerbPattern? Parse(string text, string? code, string? pairedCode, string label, IReadOnlyDictionary<string, List<string[]>> synsets, bool stemByDefault, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        error = null;
        var items = new List<(PatternElement? Element, bool Glued, bool IsVerb)>();
        int i = 0;
        bool glued = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ' || c == '\t')
            {
                glued = false;
                i++;
                continue;
            }

            if (c == '_')
            {
                glued = true;
                i++;
                continue;
            }

            if (c == '~')
            {
                i++;
                continue;
            }

            if (c == '^')
            {
                items.Add((PatternElement.Slot(ElementKind.Skip, false), glued, false));
                glued = false;
                i++;
                continue;
            }

            if (c == '*')
            {
                items.Add((null, glued, true));
                glued = false;
                i++;
                continue;
            }

            if (c is '$' or '%' or '+')
            {
                var kind = c switch { '+' => ElementKind.Target, '%' => ElementKind.Compound, _ => ElementKind.Source };
                items.Add((PatternElement.Slot(kind, false), glued, false));
                glued = false;
                i++;
                continue;
            }

            if (c == '{')
            {
                int close = text.IndexOf('}', i);
                if (close < 0)
                {
                    error = "unclosed '{'";
                    return null;
                }

                var alternatives = new List<string[]>();
                var stems = new List<bool[]>();
                foreach (var alt in text[(i + 1)..close].Split('|'))
                {
                    AddWords(alt.Trim(), synsets, stemByDefault, alternatives, stems, 0);
                }

                if (alternatives.Count == 0)
                {
                    error = "empty '{ }' alternatives";
                    return null;
                }

                items.Add((new PatternElement(ElementKind.Words, [.. alternatives], [.. stems], false), glued, false));
                glued = false;
                i = close + 1;
                continue;
            }

            int end = i;
            while (end < text.Length && text[end] is not (' ' or '\t' or '_' or '*' or '{' or '}' or '$' or '+' or '%' or '~' or '^'))
            {
                end++;
            }

            if (end == i)
            {
                error = $"unexpected '{c}'";
                return null;
            }

            var word = text[i..end];
            bool exact = end < text.Length && text[end] == '_';
            var alts = new List<string[]>();
            var stemFlags = new List<bool[]>();
            if (word.StartsWith('&'))
            {
                if (!synsets.ContainsKey(word[1..]))
                {
                    error = $"unknown synonym set '{word}'";
                    return null;
                }
            }

            AddWords(exact ? word + "_" : word, synsets, stemByDefault, alts, stemFlags, 0);
            if (alts.Count > 0)
            {
                items.Add((new PatternElement(ElementKind.Words, [.. alts], [.. stemFlags], false), glued, false));
            }

            glued = false;
            i = end;
        }

        int verb = items.FindIndex(x => x.IsVerb);
        if (verb < 0)
        {
            error = "no '*' for the verb";
            return null;
        }

        if (items.FindLastIndex(x => x.IsVerb) != verb)
        {
            error = "more than one '*'";
            return null;
        }

        var after = new List<PatternElement>();
        for (int k = verb + 1; k < items.Count; k++)
        {
            after.Add(items[k].Element! with { Adjacent = items[k].Glued });
        }

        var before = new List<PatternElement>();
        for (int k = verb - 1; k >= 0; k--)
        {
            before.Add(items[k].Element! with { Adjacent = items[k + 1].Glued });
        }

        return new VerbPattern(code, pairedCode, [.. before], [.. after], label);
    }

    /// <summary>
    /// Splits a word or synonym-set member into tokens the way text is tokenized. A member may itself name synonym sets
    /// (<c>&amp;TIETYPES_MEMOS</c>, <c>MEMOS_ON_&amp;TIETYPES</c>): every combination becomes an alternative.
    /// </summary>
    internal static void AddWords(string word, IReadOnlyDictionary<string, List<string[]>> synsets, bool stemByDefault, List<string[]> output, List<bool[]> stems, int depth)
    {
        word = word.Trim();
        if (word.Length == 0 || depth > 8)
        {
            return;
        }

        var sequences = new List<(List<string> Tokens, List<bool> Stems)> { ([], []) };
        foreach (var part in word.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var pieces = part.Split('_');
            for (int p = 0; p < pieces.Length; p++)
            {
                var piece = pieces[p];
                if (piece.Length == 0)
                {
                    // A trailing underscore: the word before matches exactly.
                    foreach (var (_, flags) in sequences)
                    {
                        if (flags.Count > 0)
                        {
                            flags[^1] = false;
                        }
                    }

                    continue;
                }

                if (piece.StartsWith('&'))
                {
                    if (!synsets.TryGetValue(piece[1..], out var members))
                    {
                        return;
                    }

                    var expansions = new List<string[]>();
                    var expansionStems = new List<bool[]>();
                    foreach (var member in members)
                    {
                        AddWords(string.Join(' ', member), synsets, stemByDefault, expansions, expansionStems, depth + 1);
                    }

                    var product = new List<(List<string>, List<bool>)>();
                    foreach (var (tokens, flags) in sequences)
                    {
                        for (int x = 0; x < expansions.Count; x++)
                        {
                            product.Add(([.. tokens, .. expansions[x]], [.. flags, .. expansionStems[x]]));
                        }
                    }

                    sequences = product;
                    continue;
                }

                var tokenList = new List<Token>();
                Tokenizer.Tokenize(piece, tokenList);
                foreach (var t in tokenList)
                {
                    var text = piece.Substring(t.Start, t.Span.Length).ToLowerInvariant();
                    if (text is "$" or "+" or "%")
                    {
                        continue;
                    }

                    foreach (var (tokens, flags) in sequences)
                    {
                        tokens.Add(text);
                        flags.Add(stemByDefault && text.Length >= 3);
                    }
                }
            }
        }

        foreach (var (tokens, flags) in sequences)
        {
            if (tokens.Count > 0)
            {
                output.Add([.. tokens]);
                stems.Add([.. flags]);
            }
        }
    }
}
