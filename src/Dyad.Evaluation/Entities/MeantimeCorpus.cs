using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Dyad.Core;

namespace Dyad.Evaluation.Entities;

/// <summary>One annotated entity mention of a MEANTIME document: character span in the rebuilt text, type, and syntactic type.</summary>
public readonly record struct GoldEntity(TextSpan Span, string Type, string SyntacticType)
{
    /// <summary>A named mention (<c>NAM</c>, or a name used as a modifier, <c>PRE.NAM</c>).</summary>
    public bool IsNamed => SyntacticType is "NAM" or "PRE.NAM";
}

/// <summary>A MEANTIME (NewsReader, CAT XML) document: text rebuilt from its tokens, its date, and its entity mentions.</summary>
/// <remarks>MEANTIME annotates only the title, the date line and the first sentences; <see cref="AnnotatedEnd"/> is where that stops.</remarks>
public sealed record EntityDocument(string Id, string Text, DateOnly? Date, IReadOnlyList<GoldEntity> Entities, int AnnotatedEnd);

/// <summary>
/// Reads the English MEANTIME corpus. Tokens are joined with single spaces (none before closing punctuation and
/// clitics); the title and the date line become paragraphs of their own. An entity mention's type is the
/// <c>ent_type</c> of the ENTITY its <c>REFERS_TO</c> relation points to.
/// </summary>
public static class MeantimeCorpus
{
    /// <summary>All documents under <paramref name="root"/> (the <c>intra-doc_annotation</c> folder is preferred when present).</summary>
    public static IEnumerable<EntityDocument> Read(string root)
    {
        var folder = Directory.Exists(Path.Combine(root, "intra-doc_annotation")) ? Path.Combine(root, "intra-doc_annotation") : root;
        foreach (var path in Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return ReadFile(path);
        }
    }

    public static EntityDocument ReadFile(string path)
    {
        var xml = XDocument.Load(path);
        var root = xml.Root ?? throw new InvalidDataException($"{path}: empty XML");
        var text = new StringBuilder();
        var offsets = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var sentenceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentenceEnd = new Dictionary<int, int>();
        var sentences = new Dictionary<int, StringBuilder>();
        int lastSentence = -1;
        foreach (var token in root.Elements("token"))
        {
            var word = token.Value;
            int sentence = int.Parse((string?)token.Attribute("sentence") ?? "0", CultureInfo.InvariantCulture);
            if (lastSentence >= 0)
            {
                text.Append(sentence != lastSentence && sentence <= 2 ? "\n\n" : NeedsSpace(word) ? " " : "");
            }

            if (!sentences.TryGetValue(sentence, out var sb))
            {
                sentences[sentence] = sb = new StringBuilder();
            }

            sb.Append(word).Append(' ');
            var tid = (string?)token.Attribute("t_id") ?? "";
            offsets[tid] = new TextSpan(text.Length, word.Length);
            sentenceOf[tid] = sentence;
            text.Append(word);
            sentenceEnd[sentence] = text.Length;
            lastSentence = sentence;
        }

        var markables = root.Element("Markables");
        var relations = root.Element("Relations");
        var entityTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in markables?.Elements("ENTITY") ?? [])
        {
            entityTypes[(string?)entity.Attribute("m_id") ?? ""] = (string?)entity.Attribute("ent_type") ?? "";
        }

        var mentionType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var refers in relations?.Elements("REFERS_TO") ?? [])
        {
            var target = (string?)refers.Element("target")?.Attribute("m_id");
            if (target is null || !entityTypes.TryGetValue(target, out var type))
            {
                continue;
            }

            foreach (var source in refers.Elements("source"))
            {
                mentionType[(string?)source.Attribute("m_id") ?? ""] = type;
            }
        }

        var entities = new List<GoldEntity>();
        foreach (var mention in markables?.Elements("ENTITY_MENTION") ?? [])
        {
            var id = (string?)mention.Attribute("m_id") ?? "";
            var spans = mention.Elements("token_anchor").Select(a => offsets.GetValueOrDefault((string?)a.Attribute("t_id") ?? "")).Where(s => s.Length > 0).ToList();
            if (spans.Count == 0)
            {
                continue;
            }

            var span = TextSpan.FromBounds(spans.Min(s => s.Start), spans.Max(s => s.End));
            entities.Add(new GoldEntity(span, mentionType.GetValueOrDefault(id, ""), (string?)mention.Attribute("syntactic_type") ?? ""));
        }

        DateOnly? date = sentences.TryGetValue(1, out var dateLine)
            && DateTime.TryParse(dateLine.ToString().Replace(" ,", ",", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? DateOnly.FromDateTime(d)
            : null;
        int lastAnnotated = -1;
        foreach (var anchor in markables?.Descendants("token_anchor") ?? [])
        {
            lastAnnotated = Math.Max(lastAnnotated, sentenceOf.GetValueOrDefault((string?)anchor.Attribute("t_id") ?? "", -1));
        }

        var docId = (string?)root.Attribute("doc_name") ?? Path.GetFileNameWithoutExtension(path);
        return new EntityDocument(docId, text.ToString(), date, entities, sentenceEnd.GetValueOrDefault(lastAnnotated, text.Length));
    }

    private static bool NeedsSpace(string word) =>
        word is not ("," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "'s" or "’s" or "n't" or "%" or "'" or "''");
}
