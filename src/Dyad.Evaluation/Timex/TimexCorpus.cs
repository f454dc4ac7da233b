using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Dyad.Core;

namespace Dyad.Evaluation.Timex;

/// <summary>A hand-annotated time expression: where it is in the rebuilt text, its TIMEX3 type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string Value);

/// <summary>A corpus document rebuilt as plain text, with its creation date and its gold time expressions.</summary>
public sealed record TimexGoldDocument(string Id, string Text, DateOnly? CreationDate, IReadOnlyList<GoldTimex> Timexes);

/// <summary>Reads annotated time corpora: MEANTIME's CAT XML and TimeML <c>.tml</c> (TempEval-3).</summary>
public static class TimexCorpus
{
    /// <summary>Every document under <paramref name="path"/> (a file or a folder searched recursively).</summary>
    public static IEnumerable<TimexGoldDocument> Read(string path, TimexCorpusFormat format)
    {
        string pattern = format == TimexCorpusFormat.Meantime ? "*.xml" : "*.tml";

        // MEANTIME's root holds each article twice (intra-document and cross-document annotation); the intra-document
        // files carry the complete TIMEX3 layer, so the root means those.
        var intra = Path.Combine(path, "intra-doc_annotation");
        if (format == TimexCorpusFormat.Meantime && Directory.Exists(intra))
        {
            path = intra;
        }

        IEnumerable<string> files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [path];
        foreach (var file in files)
        {
            yield return format == TimexCorpusFormat.Meantime ? ReadMeantime(file) : ReadTimeMl(file);
        }
    }

    /// <summary>
    /// MEANTIME (CAT XML): tokens joined by spaces, each corpus sentence its own paragraph; a TIMEX3 covers the tokens it
    /// anchors. The creation-time TIMEX3 gives the DCT; it is scored too, since its tokens are in the text. Only the
    /// first sentences of each article are annotated, so the text stops after the last sentence that has any markable.
    /// </summary>
    public static TimexGoldDocument ReadMeantime(string file)
    {
        var root = XDocument.Load(file).Root ?? throw new InvalidDataException($"{file}: empty XML");
        var sentenceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in root.Elements("token"))
        {
            sentenceOf[(string?)token.Attribute("t_id") ?? string.Empty] =
                int.TryParse((string?)token.Attribute("sentence"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
        }

        int lastAnnotated = 0;
        foreach (var anchor in root.Descendants("token_anchor"))
        {
            if (sentenceOf.TryGetValue((string?)anchor.Attribute("t_id") ?? string.Empty, out int n))
            {
                lastAnnotated = Math.Max(lastAnnotated, n);
            }
        }

        var text = new StringBuilder();
        var offsets = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        string? sentence = null;
        foreach (var token in root.Elements("token"))
        {
            string s = (string?)token.Attribute("sentence") ?? string.Empty;
            if (sentenceOf[(string?)token.Attribute("t_id") ?? string.Empty] > lastAnnotated)
            {
                break;
            }

            if (text.Length > 0)
            {
                text.Append(s == sentence ? " " : "\n\n");
            }

            sentence = s;
            int start = text.Length;
            text.Append(token.Value);
            offsets[(string?)token.Attribute("t_id") ?? string.Empty] = (start, text.Length);
        }

        DateOnly? dct = null;
        DateOnly? unanchoredDate = null;
        var gold = new List<GoldTimex>();
        foreach (var timex in root.Descendants("TIMEX3"))
        {
            string value = (string?)timex.Attribute("value") ?? string.Empty;
            if ((string?)timex.Attribute("functionInDocument") == "CREATION_TIME")
            {
                dct = ParseDate(value) ?? dct;
            }

            // A few files lack the CREATION_TIME function: their DCT is the date anchored to itself, or the first date
            // that covers no token.
            if ((string?)timex.Attribute("anchorTimeID") is { Length: > 0 } anchorId && anchorId == (string?)timex.Attribute("m_id"))
            {
                dct ??= ParseDate(value);
            }

            if (!timex.Elements("token_anchor").Any())
            {
                unanchoredDate ??= ParseDate(value);
            }

            var anchors = timex.Elements("token_anchor")
                .Select(a => offsets.TryGetValue((string?)a.Attribute("t_id") ?? string.Empty, out var o) ? o : (-1, -1))
                .Where(o => o.Item1 >= 0)
                .ToList();
            if (anchors.Count == 0)
            {
                continue;
            }

            int first = anchors.Min(a => a.Item1);
            int last = anchors.Max(a => a.Item2);
            gold.Add(new GoldTimex(TextSpan.FromBounds(first, last), (string?)timex.Attribute("type") ?? string.Empty, value));
        }

        // Last resort: the date that other expressions are anchored to.
        if (dct is null && unanchoredDate is null)
        {
            var referenced = root.Descendants("TIMEX3").Select(t => (string?)t.Attribute("anchorTimeID")).Where(a => !string.IsNullOrEmpty(a)).ToHashSet();
            dct = root.Descendants("TIMEX3")
                .Where(t => referenced.Contains((string?)t.Attribute("m_id")))
                .Select(t => ParseDate((string?)t.Attribute("value") ?? string.Empty))
                .FirstOrDefault(d => d is not null);
        }

        string id = (string?)root.Attribute("doc_name") ?? Path.GetFileNameWithoutExtension(file);
        return new TimexGoldDocument(id, text.ToString(), dct ?? unanchoredDate, gold);
    }

    /// <summary>TimeML: the TEXT element with its tags removed is the document; the CREATION_TIME TIMEX3 (in DCT) is the anchor.</summary>
    public static TimexGoldDocument ReadTimeMl(string file)
    {
        var root = XDocument.Load(file, LoadOptions.PreserveWhitespace).Root ?? throw new InvalidDataException($"{file}: empty XML");
        DateOnly? dct = null;
        foreach (var timex in root.Descendants("TIMEX3"))
        {
            if ((string?)timex.Attribute("functionInDocument") == "CREATION_TIME")
            {
                dct = ParseDate((string?)timex.Attribute("value") ?? string.Empty);
                break;
            }
        }

        var body = root.Element("TEXT") ?? throw new InvalidDataException($"{file}: no TEXT element");
        var text = new StringBuilder();
        var gold = new List<GoldTimex>();
        Flatten(body, text, gold);
        string id = root.Element("DOCID")?.Value.Trim() is { Length: > 0 } docId ? docId : Path.GetFileNameWithoutExtension(file);
        return new TimexGoldDocument(id, text.ToString(), dct, gold);
    }

    private static void Flatten(XElement element, StringBuilder text, List<GoldTimex> gold)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e:
                    int start = text.Length;
                    Flatten(e, text, gold);
                    if (e.Name.LocalName == "TIMEX3")
                    {
                        gold.Add(new GoldTimex(
                            TextSpan.FromBounds(start, text.Length),
                            (string?)e.Attribute("type") ?? string.Empty,
                            (string?)e.Attribute("value") ?? string.Empty));
                    }

                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>An ISO date (<c>2008-03-01</c>, possibly with a time), or the day-first form a few MEANTIME files use (<c>03-02-2009</c>).</summary>
    private static DateOnly? ParseDate(string value)
    {
        if (value.Length < 10)
        {
            return null;
        }

        var head = value.AsSpan(0, 10);
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(head, "yyyy-MM-dd", c, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        return DateOnly.TryParseExact(head, "dd-MM-yyyy", c, DateTimeStyles.None, out var dayFirst) ? dayFirst : null;
    }
}

public enum TimexCorpusFormat
{
    Meantime,
    TempEval3,
}
