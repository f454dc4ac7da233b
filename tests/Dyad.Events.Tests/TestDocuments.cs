using Dyad.Core;
using Dyad.Text;

namespace Dyad.Events.Tests;

/// <summary>Builds documents by hand: segmentation from Dyad.Text, then mentions and time expressions as the actors and time stages would add them.</summary>
internal static class TestDocuments
{
    public static Document Segmented(string text, DateOnly? publicationDate = null)
    {
        var document = new Document("test", text, publicationDate);
        Pipeline.RunStage(new TokenizerStage(), document);
        Pipeline.RunStage(new SentenceStage(), document);
        return document;
    }

    /// <summary>Adds the place-like mention the actors stage gives a state's adjective before a noun that names no role ("Iranian aggression").</summary>
    public static Document Adjective(this Document document, string word, string country)
    {
        int at = document.Text.IndexOf(word, StringComparison.Ordinal);
        document.Mentions.Add(new Mention(new TextSpan(at, word.Length), document.SentenceAt(at), MentionKind.Location, null, country, null, null,
            new Evidence("dyad.actors.v1", $"countries.tsv:{country}.adjective")));
        return document;
    }

    /// <summary>Adds a mention at every occurrence of <paramref name="phrase"/> not already inside a mention (add longer phrases first).</summary>
    public static Document Actor(this Document document, string phrase, string? actor, string? country, string? agent = null, MentionKind kind = MentionKind.Country)
    {
        int from = 0;
        while ((from = document.Text.IndexOf(phrase, from, StringComparison.Ordinal)) >= 0)
        {
            var span = new TextSpan(from, phrase.Length);
            bool boundary = (from == 0 || !char.IsLetter(document.Text[from - 1])) && (span.End >= document.Text.Length || !char.IsLetter(document.Text[span.End]));
            if (boundary && !document.Mentions.Any(m => m.Span.Overlaps(span)))
            {
                document.Mentions.Add(new Mention(span, document.SentenceAt(from), kind, actor, country, agent, null, new Evidence("test", "hand")));
            }

            from = span.End;
        }

        return document;
    }

    /// <summary>Adds a group named by a demonym and a role noun ("Indian troops"), with the rule the actors stage gives it.</summary>
    public static Document DemonymGroup(this Document document, string phrase, string country, string agent) =>
        document.RuledGroup(phrase, country, agent, "actors.demonym+agent");

    /// <summary>Adds a plural role of a state ("foreign ministers of Japan"), with the rule the actors stage gives it.</summary>
    public static Document RoleGroup(this Document document, string phrase, string country, string agent) =>
        document.RuledGroup(phrase, country, agent, "actors.role+affiliation");

    private static Document RuledGroup(this Document document, string phrase, string country, string agent, string rule)
    {
        int at = document.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at >= 0)
        {
            document.Mentions.Add(new Mention(new TextSpan(at, phrase.Length), document.SentenceAt(at), MentionKind.Group, country + agent, country, agent, null, new Evidence("test", rule)));
        }

        return document;
    }

    public static Document Place(this Document document, string phrase, string? country) =>
        document.Actor(phrase, null, country, null, MentionKind.Location);

    /// <summary>Adds a time expression at the first occurrence of <paramref name="phrase"/> after <paramref name="context"/>.</summary>
    public static Document Timex(this Document document, string context, string phrase, string value)
    {
        int at = document.Text.IndexOf(context, StringComparison.Ordinal);
        int start = document.Text.IndexOf(phrase, Math.Max(at, 0), StringComparison.Ordinal);
        var span = new TextSpan(start, phrase.Length);
        document.Timexes.Add(new TimeExpression(span, document.SentenceAt(start), TimexType.Date, value, new Evidence("test", "hand")));
        return document;
    }

    /// <summary>A tiny stand-in for the actors stage: the states and forces most test sentences use.</summary>
    public static Document CommonActors(this Document document) =>
        document
            .Actor("Russian troops", "RUSMIL", "RUS", "MIL", MentionKind.Group)
            .Actor("Ukrainian soldiers", "UKRMIL", "UKR", "MIL", MentionKind.Group)
            .Actor("Iraqi police", "IRQCOP", "IRQ", "COP", MentionKind.Group)
            .Actor("South Korea", "KOR", "KOR")
            .Actor("United States", "USA", "USA")
            .Actor("Japan", "JPN", "JPN")
            .Actor("China", "CHN", "CHN")
            .Actor("Israel", "ISR", "ISR")
            .Actor("Iran", "IRN", "IRN")
            .Actor("Russia", "RUS", "RUS")
            .Actor("Ukraine", "UKR", "UKR");

    /// <summary>Sorts mentions by position (the actors stage emits them in text order).</summary>
    public static Document Sorted(this Document document)
    {
        var sorted = document.Mentions.OrderBy(m => m.Span.Start).ToList();
        document.Mentions.Clear();
        document.Mentions.AddRange(sorted);
        return document;
    }

    public static List<Event> Code(this Document document, EventStage? stage = null)
    {
        (stage ?? DefaultStage).Run(document, CancellationToken.None);
        return document.Events;
    }

    public static EventStage DefaultStage { get; } = new();

    /// <summary>The shared corpora folder: walks up from the test's base directory to a folder holding shared/corpora.</summary>
    public static string Shared()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpora")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("no shared/corpora folder above " + AppContext.BaseDirectory);
    }
}
