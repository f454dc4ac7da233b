using System.Text.RegularExpressions;
using Dyad.Core;
using Dyad.Events;
using Dyad.Events.Dictionary;
using Dyad.Text;

namespace Dyad.Evaluation.Events;

/// <summary>
/// Scores Dyad's event coder on PETRARCH's unit-test records: the <c>&lt;Text&gt;</c> of each sentence in
/// <c>PETR.UnitTest.records.xml</c> (the <c>&lt;Parse&gt;</c> is ignored), coded with the <c>PETR.Validate.*</c>
/// dictionaries. Records expecting an error are skipped; <c>noevents</c> expects none.
/// </summary>
public static partial class PetrarchEvaluation
{
    public static EventScore Run(string folder, Action<string>? log = null, string? explain = null)
    {
        var verbs = new VerbLexiconBuilder();
        PetrarchVerbReader.Read(Path.Combine(folder, "PETR.Validate.verbs.txt"), verbs);
        foreach (var line in File.ReadLines(Path.Combine(folder, "PETR.Validate.discards.txt")))
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var phrase = (hash >= 0 ? line[..hash] : line).Trim().TrimStart('+').Trim();
            if (phrase.Length > 0)
            {
                verbs.AddDiscard(phrase);
            }
        }

        var lexicon = verbs.Build();
        var actors = new TabariActorDictionary { DistributeAgents = true };
        actors.ReadActors(Path.Combine(folder, "PETR.Validate.actors.txt"), agents: false);
        actors.ReadActors(Path.Combine(folder, "PETR.Validate.agents.txt"), agents: true);
        foreach (var problem in lexicon.Problems.Concat(actors.Problems))
        {
            log?.Invoke("dictionary: " + problem);
        }

        var coder = new EventCoder(lexicon, "eval.petrarch", new EventCoderOptions { MaxGap = 40, FirstActorSearch = true, FirstVerbOnly = true, FutureAsIntent = false, AppealGovernsAskedAct = false });
        var records = ReadRecords(Path.Combine(folder, "PETR.UnitTest.records.xml"));
        return TabariEvaluation.Score(records, record =>
        {
            var document = new Document(record.Id, record.Text);
            Pipeline.RunStage(new TokenizerStage(), document);
            Pipeline.RunStage(new SentenceStage(), document);
            actors.AddMentions(document, record.Date);
            if (record.Id == explain)
            {
                TabariEvaluation.Explain(coder, document, log);
            }

            return TabariEvaluation.Coded(coder, document).Select(e => (e.Item1.ToUpperInvariant(), e.Item2.ToUpperInvariant(), e.Item3)).ToList();
        });
    }

    public static List<ValidationRecord> ReadRecords(string path)
    {
        var xml = Comment().Replace(File.ReadAllText(path), string.Empty);
        var records = new List<ValidationRecord>();
        foreach (Match sentence in SentenceElement().Matches(xml))
        {
            var attributes = Attributes(sentence.Groups[1].Value);
            var body = sentence.Groups[2].Value;
            var text = TextElement().Match(body);
            if (!text.Success)
            {
                continue;
            }

            var expected = new List<(string, string, string)>();
            bool scored = false;
            bool error = false;
            foreach (Match coding in CodingElement().Matches(body))
            {
                var a = Attributes(coding.Groups[1].Value);
                if (a.ContainsKey("error"))
                {
                    error = true;
                }
                else if (a.ContainsKey("noevents"))
                {
                    scored = true;
                }
                else if (a.TryGetValue("sourcecode", out var s) && a.TryGetValue("targetcode", out var t) && a.TryGetValue("eventcode", out var c))
                {
                    scored = true;
                    expected.Add((s.ToUpperInvariant(), t.ToUpperInvariant(), c));
                }
            }

            if (!scored || error)
            {
                continue;
            }

            attributes.TryGetValue("date", out var date);
            attributes.TryGetValue("id", out var id);
            var clean = string.Join(' ', text.Groups[1].Value.Split(['\n', '\r', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            records.Add(new ValidationRecord(id ?? "?", TabariActorDictionary.Date(date ?? "0"), clean, expected));
        }

        return records;
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attribute().Matches(text))
        {
            result[m.Groups[1].Value] = (m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value).Trim('"', '\'', ' ');
        }

        return result;
    }

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<Sentence\s([^>]*)>(.*?)</Sentence>", RegexOptions.Singleline)]
    private static partial Regex SentenceElement();

    [GeneratedRegex(@"<Text>(.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<EventCoding\s([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex CodingElement();

    [GeneratedRegex(@"(\w+)\s*=\s*(?:""([^""]*)""|'([^']*)')")]
    private static partial Regex Attribute();
}
