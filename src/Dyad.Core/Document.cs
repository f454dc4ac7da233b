namespace Dyad.Core;

/// <summary>
/// The one mutable object of the pipeline: a document body and the annotation layers that stages append to it.
/// All offsets are UTF-16 code units into <see cref="Text"/>, end exclusive.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, DateOnly? publicationDate = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
        PublicationDate = publicationDate;
    }

    public string Id { get; }

    /// <summary>The body: the text after the <c>date YYYY-MM-DD</c> header, or a record's text field.</summary>
    public string Text { get; }

    public DateOnly? PublicationDate { get; }

    public string? Title { get; init; }

    /// <summary>Where the document came from: a path (with line or row where it applies) or a URL.</summary>
    public string? Source { get; init; }

    public string? Url { get; init; }

    public List<Token> Tokens { get; } = [];

    public List<Sentence> Sentences { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<TimeExpression> Timexes { get; } = [];

    public List<Quote> Quotes { get; } = [];

    public List<Event> Events { get; } = [];

    public List<DocumentError> Errors { get; } = [];

    /// <summary>The layers that stages have produced so far.</summary>
    public Annotations Completed { get; internal set; }

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<Token> TokensOf(in Sentence sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens).Slice(sentence.FirstToken, sentence.TokenCount);

    /// <summary>The index of the sentence that contains <paramref name="position"/>, or -1.</summary>
    public int SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (position < s.Start)
            {
                hi = mid - 1;
            }
            else if (position >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
