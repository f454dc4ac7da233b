using System.Globalization;
using System.Text.RegularExpressions;
using Dyad.Events;

namespace Dyad.Evaluation.Events;

/// <summary>
/// The settings of a TABARI run that change how text is coded: read from the <c>.options</c> file, then changed by the
/// validation suite's <c>{ OPTION: … }</c> records in order (<c>DEFAULT:</c>, <c>COMPLEX:</c>, <c>SET: CODE BY …</c>,
/// <c>SET: CONVERT AGENT</c>, <c>SET: MINIMUM WORDS</c>, <c>FORWARD:</c>, <c>COMMA:</c>). Commands about output or
/// dictionaries' bookkeeping are ignored.
/// </summary>
internal sealed partial class TabariOptions
{
    public string? DefaultSource { get; private set; }

    public bool DefaultSourcePrior { get; private set; }

    public string? DefaultTarget { get; private set; }

    public bool DefaultTargetAfter { get; private set; }

    public bool NoActorPrior { get; private set; }

    /// <summary>CLAUSE (first event of each conjoined clause), SENTENCE (first event) or ALL.</summary>
    public string CodeBy { get; private set; } = "CLAUSE";

    public bool ConvertAgents { get; private set; }

    /// <summary>The COMMA: limits (TABARI's defaults until changed), or null after COMMA: OFF.</summary>
    public CommaClauseLimits? Comma { get; private set; } = new();

    /// <summary>Sentences shorter than this many words (commas count) are not coded; TABARI's default is 8.</summary>
    public int MinimumWords { get; private set; } = 8;

    /// <summary>The FORWARD sequence format (<c>^^*****NNN*SSS</c>) while pronoun forwarding is on, else null.</summary>
    public string? Forward { get; private set; }

    public static TabariOptions Read(string path)
    {
        var options = new TabariOptions();
        if (File.Exists(path))
        {
            foreach (var line in File.ReadLines(path, System.Text.Encoding.Latin1))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && !trimmed.StartsWith("//", StringComparison.Ordinal))
                {
                    options.Apply(trimmed);
                }
            }
        }

        return options;
    }

    public EventCoderOptions CoderOptions() => new()
    {
        MaxGap = 40,
        FirstVerbOnly = CodeBy != "ALL",
        FirstEventOnly = CodeBy == "SENTENCE",
        FirstActorSearch = true,
        ArticleNounRule = true,
        DefaultSource = DefaultSource,
        DefaultSourcePrior = DefaultSourcePrior,
        DefaultTarget = DefaultTarget,
        DefaultTargetAfter = DefaultTargetAfter,
        RequireActorBeforeFirstVerb = NoActorPrior,
        CommaClauses = Comma,
        FutureAsIntent = false,
        AppealGovernsAskedAct = false,
    };

    /// <summary>Applies one command such as <c>DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER</c>.</summary>
    public void Apply(string command)
    {
        int colon = command.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return;
        }

        var head = command[..colon].Trim().ToUpperInvariant();
        var rest = command[(colon + 1)..].Trim();
        var upper = rest.ToUpperInvariant();
        switch (head)
        {
            case "DEFAULT":
                if (upper.StartsWith("OFF", StringComparison.Ordinal))
                {
                    DefaultSource = DefaultTarget = null;
                    DefaultSourcePrior = DefaultTargetAfter = false;
                    break;
                }

                foreach (Match m in DefaultPart().Matches(upper))
                {
                    bool flag = m.Groups[3].Success;
                    if (m.Groups[1].Value == "SOURCE")
                    {
                        DefaultSource = m.Groups[2].Value;
                        DefaultSourcePrior = flag && m.Groups[3].Value == "PRIOR";
                    }
                    else
                    {
                        DefaultTarget = m.Groups[2].Value;
                        DefaultTargetAfter = flag && m.Groups[3].Value == "AFTER";
                    }
                }

                break;
            case "COMPLEX":
                NoActorPrior = upper.Contains("NOACTPRIOR", StringComparison.Ordinal);
                break;
            case "FORWARD":
                var format = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                Forward = format.Length == 0 || format.Contains("OFF") ? null : format[0];
                break;
            case "SET":
                ApplySet(upper);
                break;
            case "COMMA":
                Comma = upper.StartsWith("OFF", StringComparison.Ordinal) ? null : ReadComma(upper, Comma ?? new CommaClauseLimits());
                break;
        }
    }

    private void ApplySet(string setting)
    {
        if (setting.StartsWith("CODE BY", StringComparison.Ordinal))
        {
            CodeBy = setting.Contains("SENTENCE", StringComparison.Ordinal) ? "SENTENCE" : "CLAUSE";
        }
        else if (setting.StartsWith("CODE ALL", StringComparison.Ordinal))
        {
            CodeBy = "ALL";
        }
        else if (setting.StartsWith("CONVERT AGENT", StringComparison.Ordinal))
        {
            ConvertAgents = setting.Contains("TRUE", StringComparison.Ordinal);
        }
        else if (setting.StartsWith("MINIMUM WORDS", StringComparison.Ordinal))
        {
            var value = setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
            MinimumWords = int.TryParse(value.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
        }
    }

    private static CommaClauseLimits ReadComma(string text, CommaClauseLimits limits)
    {
        foreach (Match m in CommaPart().Matches(text))
        {
            int value = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            limits = m.Groups[1].Value switch
            {
                "MIN" => limits with { Min = value },
                "MAX" => limits with { Max = value },
                "EMIN" => limits with { EndMin = value },
                "EMAX" => limits with { EndMax = value },
                "BMIN" => limits with { BeginMin = value },
                _ => limits with { BeginMax = value },
            };
        }

        return limits;
    }

    /// <summary>A FORWARD story number and sentence number from a record id, or null when the id does not fit the format.</summary>
    public (string Story, int Sentence)? Sequence(string id)
    {
        if (Forward is null)
        {
            return null;
        }

        // '^' stands for blanks before the id, which the reader has already trimmed.
        var format = Forward.TrimStart('^');
        var story = new System.Text.StringBuilder();
        var sentence = new System.Text.StringBuilder();
        for (int i = 0; i < format.Length && i < id.Length; i++)
        {
            if (format[i] == 'N')
            {
                story.Append(id[i]);
            }
            else if (format[i] == 'S')
            {
                sentence.Append(id[i]);
            }
        }

        return int.TryParse(sentence.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? (story.ToString(), n) : null;
    }

    [GeneratedRegex(@"\b(MIN|MAX|EMIN|EMAX|BMIN|BMAX)\s*=\s*(\d+)")]
    private static partial Regex CommaPart();

    [GeneratedRegex(@"(SOURCE|TARGET)\s*:?\s*\[\s*([^\]\s]+)\s*\]\s*(PRIOR|AFTER)?")]
    private static partial Regex DefaultPart();
}
