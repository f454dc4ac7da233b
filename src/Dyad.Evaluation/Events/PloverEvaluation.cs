using System.Text.Json;
using Dyad.Core;
using Dyad.Events;
using Dyad.Text;

namespace Dyad.Evaluation.Events;

/// <summary>Event-type and actor accuracy on the PLOVER gold-standard records.</summary>
public sealed record PloverScore(int Records, int TypeCorrect, int WithSource, int SourceCorrect, int WithTarget, int TargetCorrect, int Coded, string Mode);

/// <summary>
/// Scores the default event dictionary on <c>PLOVER_GSR_CAMEO.txt</c>. With a pipeline that finds actors, the records are
/// coded end to end; without one (the actors stage is not merged yet) the gold actor texts become mentions
/// ("oracle actors": it measures verb coding and role assignment, not actor recognition). The GSR uses PLOVER 0.5
/// types (DEMAND, DISAPPROVE, FIGHT, INVESTIGATE …), so the coded CAMEO code is mapped to that vocabulary.
/// </summary>
public static class PloverEvaluation
{
    public static PloverScore Run(string path, Pipeline? pipeline, Action<string>? log = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var stage = new EventStage();
        int records = 0, typeCorrect = 0, withSource = 0, sourceCorrect = 0, withTarget = 0, targetCorrect = 0, coded = 0;
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var gold = item.GetProperty("event").GetString();
            if (gold is null or "DOCUMENT" || !item.TryGetProperty("text", out var textElement) || textElement.GetString() is not { } text)
            {
                continue;
            }

            var sources = Actors(item, "source");
            var targets = Actors(item, "target");
            var document = new Document(item.GetProperty("id").GetString() ?? "?", text, DateOnly.TryParse(item.TryGetProperty("date", out var d) ? d.GetString() : null, System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null);
            if (pipeline is not null)
            {
                pipeline.Run(document);
            }
            else
            {
                Pipeline.RunStage(new TokenizerStage(), document);
                Pipeline.RunStage(new SentenceStage(), document);
                foreach (var (actorText, code) in sources.Concat(targets).OrderByDescending(a => a.Text.Length))
                {
                    AddMentions(document, actorText, code);
                }

                var sorted = document.Mentions.OrderBy(m => m.Span.Start).ToList();
                document.Mentions.Clear();
                document.Mentions.AddRange(sorted);
                stage.Run(document, CancellationToken.None);
            }

            records++;
            var first = document.Events.FirstOrDefault(e => !e.Negated);
            if (first is not null)
            {
                coded++;
            }

            var type = first is null ? null : GsrType(first.Cameo);
            bool typeOk = type == gold;
            typeCorrect += typeOk ? 1 : 0;
            if (sources.Count > 0)
            {
                withSource++;
                sourceCorrect += first is not null && sources.Any(s => Same(s.Code, first.Source.Country ?? first.Source.Actor)) ? 1 : 0;
            }

            if (targets.Count > 0)
            {
                withTarget++;
                targetCorrect += first is not null && targets.Any(t => Same(t.Code, first.Target.Country ?? first.Target.Actor)) ? 1 : 0;
            }

            if (!typeOk)
            {
                log?.Invoke($"{document.Id}: gold {gold} got {type ?? "-"} ({first?.Cameo ?? "no event"} {first?.Evidence.Rule}) :: {text}");
            }
        }

        return new PloverScore(records, typeCorrect, withSource, sourceCorrect, withTarget, targetCorrect, coded, pipeline is null ? "oracle-actors" : "pipeline");
    }

    /// <summary>The PLOVER 0.5 type of a CAMEO code, the vocabulary of the GSR file.</summary>
    public static string? GsrType(string cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        if (cameo.StartsWith("087", StringComparison.Ordinal) || cameo.StartsWith("0874", StringComparison.Ordinal) || cameo.StartsWith("166", StringComparison.Ordinal))
        {
            return "RETREAT";
        }

        if (cameo == "057")
        {
            return "AGREE";
        }

        return (cameo.Length >= 2 ? cameo[..2] : cameo) switch
        {
            "02" or "10" => "DEMAND",
            "03" => "AGREE",
            "04" => "CONSULT",
            "05" => "SUPPORT",
            "06" => "COOPERATE",
            "07" => "AID",
            "08" => "CONCEDE",
            "09" => "INVESTIGATE",
            "11" => "DISAPPROVE",
            "12" => "REJECT",
            "13" => "THREATEN",
            "14" => "PROTEST",
            "15" => "MOBILIZE",
            "16" => "SANCTION",
            "17" => "COERCE",
            "18" or "20" => "ASSAULT",
            "19" => "FIGHT",
            _ => null,
        };
    }

    private static bool Same(string gold, string? coded) =>
        coded is not null && (string.Equals(gold, coded, StringComparison.OrdinalIgnoreCase) || (coded.Length >= 3 && gold.Length >= 3 && string.Equals(gold[..3], coded[..3], StringComparison.OrdinalIgnoreCase)));

    private static List<(string Text, string Code)> Actors(JsonElement item, string name)
    {
        var list = new List<(string, string)>();
        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            foreach (var actor in value.EnumerateArray())
            {
                if (actor.TryGetProperty("actorText", out var t) && t.GetString() is { Length: > 0 } text
                    && actor.TryGetProperty("code", out var c) && c.GetString() is { Length: > 0 } code)
                {
                    list.Add((text, code));
                }
            }
        }

        return list;
    }

    private static void AddMentions(Document document, string phrase, string code)
    {
        int from = 0;
        while ((from = document.Text.IndexOf(phrase, from, StringComparison.Ordinal)) >= 0)
        {
            var span = new TextSpan(from, phrase.Length);
            if (!document.Mentions.Any(m => m.Span.Overlaps(span)))
            {
                document.Mentions.Add(new Mention(span, Math.Max(0, document.SentenceAt(from)), MentionKind.Country, code, code, null, null, new Evidence("eval.plover", "gold-actor-text")));
            }

            from = span.End;
        }
    }
}
