using Dyad.Core;
using Dyad.Text;

namespace Dyad.Quotes.Tests;

/// <summary>A mention to add by hand, as the actors stage would: the first occurrence of <paramref name="Text"/> at or after <paramref name="After"/>.</summary>
internal sealed record HandMention(string Text, MentionKind Kind, string? Actor, string? Country, string? Agent, int? RefersTo = null, string? After = null, string Rule = "hand");

internal static class TestDocuments
{
    /// <summary>Tokenizes and splits <paramref name="text"/>, adds the mentions, and runs the quote stage.</summary>
    public static Document Quoted(string text, params HandMention[] mentions)
    {
        var document = Segmented(text);
        AddMentions(document, mentions);
        new QuoteStage().Run(document, TestContext.Current.CancellationToken);
        return document;
    }

    public static Document Segmented(string text)
    {
        var document = new Document("test", text, new DateOnly(2017, 7, 19));
        new TokenizerStage().Run(document, TestContext.Current.CancellationToken);
        new SentenceStage().Run(document, TestContext.Current.CancellationToken);
        return document;
    }

    public static void AddMentions(Document document, IEnumerable<HandMention> mentions)
    {
        foreach (var m in mentions)
        {
            int from = m.After is null ? 0 : document.Text.IndexOf(m.After, StringComparison.Ordinal);
            Assert.True(from >= 0, $"anchor '{m.After}' not in the text");
            int start = document.Text.IndexOf(m.Text, from, StringComparison.Ordinal);
            Assert.True(start >= 0, $"mention '{m.Text}' not in the text");
            document.Mentions.Add(new Mention(
                new TextSpan(start, m.Text.Length), document.SentenceAt(start), m.Kind, m.Actor, m.Country, m.Agent, m.RefersTo,
                new Evidence("test", m.Rule)));
        }
    }

    /// <summary>The quote whose text contains <paramref name="contains"/>.</summary>
    public static Quote QuoteWith(this Document document, string contains)
    {
        var found = document.Quotes.Where(q => document.TextOf(q.Span).Contains(contains, StringComparison.Ordinal)).ToList();
        Assert.True(found.Count > 0, $"no quote contains '{contains}'; quotes: {string.Join(" | ", document.Quotes.Select(q => document.TextOf(q.Span)))}");
        return found.OrderBy(q => q.Kind == QuoteKind.Indirect ? 1 : 0).ThenBy(q => q.Span.Length).First();
    }

    public static string? SpeakerText(this Document document, Quote quote) =>
        quote.Speaker is { } s ? document.TextOf(s.Span) : null;

    public static string[] QuoteTexts(this Document document, QuoteKind? kind = null) =>
        document.Quotes.Where(q => kind is null || q.Kind == kind).Select(q => document.TextOf(q.Span)).ToArray();

    /// <summary>The folder <c>shared</c> beside the repository (found by walking up from the test's base directory).</summary>
    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "gold")) && Directory.Exists(Path.Combine(candidate, "corpora")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("no shared/gold beside the repository");
    }
}
