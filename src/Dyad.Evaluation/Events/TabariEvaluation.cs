using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Core;
using Dyad.Events;
using Dyad.Events.Dictionary;
using Dyad.Text;

namespace Dyad.Evaluation.Events;

/// <summary>One validation record: its id, date, text and the events it expects (empty for <c>{---}</c>).</summary>
public sealed record ValidationRecord(string Id, int Date, string Text, IReadOnlyList<(string Source, string Target, string Code)> Expected)
{
    /// <summary>The <c>{ OPTION: … }</c> commands of a record that changes settings instead of being scored.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];
}

/// <summary>How a set of records scored: exact records and event counts.</summary>
public sealed record EventScore(int ExactRecords, int Records, F1 Events, IReadOnlyList<string> Misses);

/// <summary>
/// Scores Dyad's event coder on TABARI's validation suite: the records of <c>Validate.text</c> before <c>FINAL-01</c>,
/// coded with that folder's dictionaries. Records that only set options (<c>{ OPTION: … }</c>) or expect nothing
/// checkable (<c>{+++}</c>, <c>{###}</c>) are skipped; <c>{---}</c> expects no event.
/// </summary>
public static partial class TabariEvaluation
{
    public static EventScore Run(string folder, Action<string>? log = null, string? explain = null)
    {
        var verbs = new VerbLexiconBuilder();
        TabariVerbReader.Read(Path.Combine(folder, "TABARI.Demo.verbs"), verbs);
        var lexicon = verbs.Build();
        var actors = new TabariActorDictionary();
        actors.ReadActors(Path.Combine(folder, "TABARI.Demo.actors"), agents: false);
        actors.ReadActors(Path.Combine(folder, "Validate.agents"), agents: true);
        foreach (var problem in lexicon.Problems.Concat(actors.Problems))
        {
            log?.Invoke("dictionary: " + problem);
        }

        var settings = TabariOptions.Read(Path.Combine(folder, "Validate.options"));
        var coder = new EventCoder(lexicon, "eval.tabari", settings.CoderOptions());
        var records = ReadRecords(Path.Combine(folder, "Validate.text"));
        (string Story, int Sentence)? previous = null;
        string? forward = null;
        return Score(records, record =>
        {
            if (record.Options.Count > 0)
            {
                foreach (var option in record.Options)
                {
                    settings.Apply(option);
                }

                coder = new EventCoder(lexicon, "eval.tabari", settings.CoderOptions());
                actors.ConvertAgents = settings.ConvertAgents;
                return null;
            }

            var document = new Document(record.Id, record.Text);
            Pipeline.RunStage(new TokenizerStage(), document);
            Pipeline.RunStage(new SentenceStage(), document);
            var sequence = settings.Sequence(record.Id);
            bool follows = sequence is { } now && previous is { } before && now.Story == before.Story && now.Sentence == before.Sentence + 1;
            forward = actors.AddMentions(document, record.Date, firstActorPronouns: true, follows ? forward : null);
            previous = sequence;
            if (Words(record.Text) < settings.MinimumWords)
            {
                return [];
            }

            var coded = Coded(coder, document);
            if (record.Id == explain)
            {
                Explain(coder, document, log);
            }

            return coded;
        });
    }

    // TABARI's sentence length: words between blanks, and each comma counts as a word.
    private static int Words(string text) =>
        text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries).Length + text.Count(c => c == ',');

    /// <summary>Prints a record's mentions and events with their evidence (for dictionary debugging).</summary>
    internal static void Explain(EventCoder coder, Document document, Action<string>? log)
    {
        foreach (var m in document.Mentions)
        {
            log?.Invoke($"  mention '{document.TextOf(m.Span)}' {m.Actor} refers_to={m.RefersTo}");
        }

        var events = new List<Event>();
        coder.Code(document, events);
        foreach (var e in events)
        {
            log?.Invoke($"  event {e.Source.Actor}/{e.Target.Actor}/{e.Cameo} neg={e.Negated} verb='{document.TextOf(e.Verb)}' rule={e.Evidence.Rule}");
        }
    }

    internal static List<(string, string, string)> Coded(EventCoder coder, Document document)
    {
        // An actor coded +++ makes the text too complex to code.
        if (document.Mentions.Exists(m => m.Actor == "+++"))
        {
            return [];
        }

        var events = new List<Event>();
        coder.Code(document, events);
        // Dictionary codes such as FRO/BIL/SAM name several actors at once: one event per pair.
        return events.Where(e => !e.Negated)
            .SelectMany(e => (e.Source.Actor ?? "---").Split('/').SelectMany(s => (e.Target.Actor ?? "---").Split('/').Select(t => (s, t, e.Cameo))))
            .ToList();
    }

    /// <summary>Scores each record; <paramref name="code"/> returns null for a record that is not scored (an option change).</summary>
    internal static EventScore Score(IEnumerable<ValidationRecord> records, Func<ValidationRecord, List<(string, string, string)>?> code)
    {
        int exact = 0, total = 0;
        var f1 = new F1(0, 0, 0);
        var misses = new List<string>();
        foreach (var record in records)
        {
            List<(string, string, string)> predicted;
            try
            {
                var result = code(record);
                if (result is null)
                {
                    continue;
                }

                predicted = result.Distinct().ToList();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                predicted = [];
                misses.Add($"{record.Id}: crashed: {ex.Message}");
            }

            var expected = record.Expected.Distinct().ToList();
            int tp = predicted.Count(expected.Contains);
            f1 += new F1(tp, predicted.Count - tp, expected.Count - tp);
            total++;
            if (tp == expected.Count && tp == predicted.Count)
            {
                exact++;
            }
            else
            {
                misses.Add($"{Cause(expected, predicted)} | {record.Id}: expected [{string.Join(", ", expected.Select(F))}] got [{string.Join(", ", predicted.Select(F))}] :: {record.Text.ReplaceLineEndings(" ")}");
            }
        }

        return new EventScore(exact, total, f1, misses);

        static string F((string S, string T, string C) e) => $"{e.S}/{e.T}/{e.C}";
    }

    /// <summary>Why a record is not exactly right, in a few broad causes (for grouping the misses).</summary>
    internal static string Cause(List<(string S, string T, string C)> expected, List<(string S, string T, string C)> predicted)
    {
        if (expected.Count == 0)
        {
            return "event where none is expected";
        }

        if (predicted.Count == 0)
        {
            return "no event";
        }

        if (expected.All(predicted.Contains))
        {
            return "extra events";
        }

        if (predicted.All(expected.Contains))
        {
            return "missing some events (compounds, pairs, clauses)";
        }

        if (expected.Count == predicted.Count)
        {
            bool sameCodes = expected.Select(e => e.C).Order().SequenceEqual(predicted.Select(e => e.C).Order());
            bool sameSources = expected.Select(e => e.S).Order().SequenceEqual(predicted.Select(e => e.S).Order());
            bool sameTargets = expected.Select(e => e.T).Order().SequenceEqual(predicted.Select(e => e.T).Order());
            if (sameSources && sameTargets)
            {
                return "wrong code";
            }

            if (sameCodes)
            {
                return sameSources ? "wrong target" : sameTargets ? "wrong source" : "wrong source and target";
            }
        }

        return "mixed";
    }

    /// <summary>Reads the scored records of a TABARI validation file, stopping at <c>FINAL-01</c>.</summary>
    public static List<ValidationRecord> ReadRecords(string path)
    {
        var lines = File.ReadAllLines(path, System.Text.Encoding.Latin1);
        var records = new List<ValidationRecord>();
        int i = 0;
        while (i < lines.Length)
        {
            var header = Header().Match(lines[i]);
            if (!header.Success)
            {
                i++;
                continue;
            }

            var id = header.Groups[2].Value;
            if (id == "FINAL-01")
            {
                break;
            }

            int date = TabariActorDictionary.Date(header.Groups[1].Value);
            i++;
            var text = new List<string>();
            while (i < lines.Length && !lines[i].TrimStart().StartsWith("/*", StringComparison.Ordinal) && !Header().IsMatch(lines[i]))
            {
                text.Add(lines[i].Trim());
                i++;
            }

            var comment = new List<string>();
            while (i < lines.Length && !Header().IsMatch(lines[i]))
            {
                comment.Add(lines[i]);
                bool end = lines[i].Contains("*/", StringComparison.Ordinal);
                i++;
                if (end)
                {
                    break;
                }
            }

            var block = string.Join("\n", comment);
            if (block.Contains("OPTION:", StringComparison.Ordinal))
            {
                var options = OptionCommand().Matches(block).Select(m => m.Groups[1].Value.Trim()).ToList();
                records.Add(new ValidationRecord(id, date, string.Empty, []) { Options = options });
                continue;
            }

            var expected = new List<(string, string, string)>();
            bool checkable = false;
            foreach (Match m in Expected().Matches(block))
            {
                // "-{ … }" marks an event TABARI is known not to produce: not expected.
                if (m.Index > 0 && block[m.Index - 1] == '-')
                {
                    checkable = true;
                    continue;
                }

                var inside = m.Groups[1].Value.Trim();
                if (inside.Replace(" ", string.Empty, StringComparison.Ordinal) is "---")
                {
                    checkable = true;
                    continue;
                }

                var parts = inside.Split('/');
                if (parts.Length != 3)
                {
                    continue;
                }

                checkable = true;
                expected.Add((parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
            }

            if (checkable && text.Count > 0)
            {
                records.Add(new ValidationRecord(id, date, string.Join(' ', text), expected));
            }
        }

        return records;
    }

    [GeneratedRegex(@"^(\d{6})\s+(\S+)\s*$")]
    private static partial Regex Header();

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Expected();

    // "{ OPTION: SET: MINIMUM WORDS = 4  */": some commands lack their closing brace.
    [GeneratedRegex(@"\{\s*OPTION:\s*([^}\n]*?)\s*(?:\}|\*/|$)", RegexOptions.Multiline)]
    private static partial Regex OptionCommand();

    public static string Percent(int a, int b) => (b == 0 ? 0 : 100.0 * a / b).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
