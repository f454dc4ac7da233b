using System.Globalization;
using System.Text;
using Dyad.Core;

namespace Dyad.Evaluation.Entities;

/// <summary>
/// Reads the GUM corpus's CoNLL-U files (its Wikinews "news" documents): the text is rebuilt from the words
/// (<c>SpaceAfter=No</c> honoured, a blank line between paragraphs), the date is <c>meta::dateCreated</c>, and the
/// entity mentions come from the <c>Entity=</c> brackets in MISC. GUM types map person → PER, organization → ORG,
/// place → LOC (the other types are not scored). A mention counts as named when one of the words of its
/// <c>minspan</c> (the head words GUM marks) is a proper noun (<c>PROPN</c>): "the United States" is named,
/// "the US government" is not (its place "US" is a nested mention of its own).
/// </summary>
public static class GumCorpus
{
    /// <summary>All <c>*.conllu</c> documents under <paramref name="root"/> (its <c>conllu</c> folder when present).</summary>
    public static IEnumerable<EntityDocument> Read(string root)
    {
        var folder = Directory.Exists(Path.Combine(root, "conllu")) ? Path.Combine(root, "conllu") : root;
        foreach (var path in Directory.EnumerateFiles(folder, "*.conllu", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Parse(path, File.ReadLines(path));
        }
    }

    /// <summary>One document from the lines of a CoNLL-U file; <paramref name="name"/> is used in error messages.</summary>
    public static EntityDocument Parse(string name, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder();
        var entities = new List<GoldEntity>();
        var open = new Dictionary<string, Stack<OpenMention>>(StringComparer.Ordinal);
        var words = new List<Word>();
        string id = Path.GetFileNameWithoutExtension(name);
        DateOnly? date = null;
        bool newParagraph = false;
        bool spaceBefore = false;
        (int First, int Last, int Start, string Surface, int Used)? range = null;
        int lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.StartsWith("# newdoc id = ", StringComparison.Ordinal))
            {
                id = line["# newdoc id = ".Length..].Trim();
                continue;
            }

            if (line.StartsWith("# meta::dateCreated = ", StringComparison.Ordinal)
                && DateOnly.TryParseExact(line["# meta::dateCreated = ".Length..].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var created))
            {
                date = created;
                continue;
            }

            if (line.StartsWith("# newpar", StringComparison.Ordinal) && !line.StartsWith("# newpar_", StringComparison.Ordinal))
            {
                newParagraph = text.Length > 0;
                continue;
            }

            if (line.Length == 0)
            {
                // A sentence ends: the next one starts after a space at least.
                spaceBefore = text.Length > 0;
                words.Clear();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 10)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: expected 10 tab-separated CoNLL-U fields, found {fields.Length}");
            }

            if (fields[0].Contains('.', StringComparison.Ordinal))
            {
                continue; // an empty node: no surface text
            }

            int dash = fields[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                // A multiword token ("Trump's" = "Trump" + "'s"): its surface goes into the text once, its words share it.
                Separate(text, ref newParagraph, ref spaceBefore);
                range = (Number(fields[0][..dash], name, lineNumber), Number(fields[0][(dash + 1)..], name, lineNumber), text.Length, fields[1], 0);
                text.Append(fields[1]);
                spaceBefore = !fields[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
                continue;
            }

            int number = Number(fields[0], name, lineNumber);
            TextSpan span;
            if (range is { } r && number >= r.First && number <= r.Last)
            {
                // Place the word inside the token's surface where it is spelled; otherwise the rest of the token.
                int at = r.Surface.IndexOf(fields[1], r.Used, StringComparison.Ordinal);
                span = number == r.Last
                    ? new TextSpan(r.Start + r.Used, r.Surface.Length - r.Used)
                    : at >= 0 ? new TextSpan(r.Start + at, fields[1].Length) : new TextSpan(r.Start + r.Used, 0);
                range = r with { Used = at >= 0 && number != r.Last ? at + fields[1].Length : r.Used };
            }
            else
            {
                range = null;
                Separate(text, ref newParagraph, ref spaceBefore);
                span = new TextSpan(text.Length, fields[1].Length);
                text.Append(fields[1]);
                spaceBefore = !fields[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            }

            words.Add(new Word(span, fields[3] == "PROPN"));
            foreach (var part in fields[9].Split('|'))
            {
                if (part.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    Brackets(part["Entity=".Length..], words, open, entities);
                }
            }
        }

        return new EntityDocument(id, text.ToString(), date, entities, text.Length);
    }

    private static void Separate(StringBuilder text, ref bool newParagraph, ref bool spaceBefore)
    {
        if (newParagraph)
        {
            text.Append("\n\n");
        }
        else if (spaceBefore)
        {
            text.Append(' ');
        }

        newParagraph = false;
        spaceBefore = false;
    }

    /// <summary>Opens and closes the mentions of one word's <c>Entity=</c> value ("(3-person-new-…-2,3-coref-X", "3)", "(7-time-…)").</summary>
    private static void Brackets(string value, List<Word> words, Dictionary<string, Stack<OpenMention>> open, List<GoldEntity> entities)
    {
        int i = 0;
        while (i < value.Length)
        {
            if (value[i] == '(')
            {
                int end = i + 1;
                while (end < value.Length && value[end] != '(' && value[end] != ')')
                {
                    end++;
                }

                var parts = value[(i + 1)..end].Split('-');
                var mention = new OpenMention(parts.Length > 1 ? parts[1] : "", words.Count - 1, parts.Length > 5 ? parts[5] : "");
                if (end < value.Length && value[end] == ')')
                {
                    Close(mention, words, entities);
                    end++;
                }
                else
                {
                    if (!open.TryGetValue(parts[0], out var stack))
                    {
                        open[parts[0]] = stack = new Stack<OpenMention>();
                    }

                    stack.Push(mention);
                }

                i = end;
            }
            else
            {
                int end = value.IndexOf(')', i);
                if (end < 0)
                {
                    break;
                }

                if (open.TryGetValue(value[i..end], out var stack) && stack.Count > 0)
                {
                    Close(stack.Pop(), words, entities);
                }

                i = end + 1;
            }
        }
    }

    private static void Close(OpenMention mention, List<Word> words, List<GoldEntity> entities)
    {
        string? type = mention.Type switch
        {
            "person" => "PER",
            "organization" => "ORG",
            "place" => "LOC",
            _ => null,
        };
        if (type is null || mention.FirstWord < 0 || mention.FirstWord >= words.Count)
        {
            return;
        }

        int last = words.Count - 1;
        bool named = false;
        foreach (var head in mention.MinSpan.Split(','))
        {
            if (int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && mention.FirstWord + k - 1 <= last && k >= 1)
            {
                named |= words[mention.FirstWord + k - 1].ProperNoun;
            }
        }

        var span = TextSpan.FromBounds(words[mention.FirstWord].Span.Start, words[last].Span.End);
        entities.Add(new GoldEntity(span, type, named ? "NAM" : "NOM"));
    }

    private static int Number(string field, string name, int line) =>
        int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new InvalidDataException($"{name}:{line}: expected a word number, found '{field}'");

    private readonly record struct Word(TextSpan Span, bool ProperNoun);

    private readonly record struct OpenMention(string Type, int FirstWord, string MinSpan);
}
