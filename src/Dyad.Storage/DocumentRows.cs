using System.Globalization;
using Dyad.Core;
using Dyad.Core.Serialization;

namespace Dyad.Storage;

/// <summary>
/// Maps coded documents to the rows of <see cref="StoreSchema"/>, one table at a time (a PostgreSQL connection runs
/// one COPY at a time). Every backend loads through this one mapping, so the stores cannot drift apart.
/// </summary>
public static class DocumentRows
{
    public static void Write(Table table, IReadOnlyList<StoredDocument> batch, IReadOnlyList<StoredReadError> readErrors, DateTime now, IRowWriter w)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(readErrors);
        ArgumentNullException.ThrowIfNull(w);
        switch (table.Name)
        {
            case "documents":
                foreach (var d in batch)
                {
                    WriteDocument(d, now, w);
                }

                break;
            case "mentions":
                foreach (var d in batch)
                {
                    WriteMentions(d, w);
                }

                break;
            case "timex":
                foreach (var d in batch)
                {
                    WriteTimex(d, w);
                }

                break;
            case "quotes":
                foreach (var d in batch)
                {
                    WriteQuotes(d, w);
                }

                break;
            case "events":
                foreach (var d in batch)
                {
                    WriteEvents(d, w);
                }

                break;
            case "errors":
                foreach (var d in batch)
                {
                    foreach (var e in d.Document.Errors)
                    {
                        WriteError(null, d.ContentHash, d.Document.Source ?? d.Document.Id, e.Stage, e.Code, e.Message, w);
                    }
                }

                foreach (var e in readErrors)
                {
                    WriteError(e.Key, null, e.Source, "read", e.Code, e.Message, w);
                }

                break;
            default:
                throw new ArgumentException($"not a document table: {table.Name}", nameof(table));
        }
    }

    private static void WriteDocument(StoredDocument d, DateTime now, IRowWriter w)
    {
        var doc = d.Document;
        w.StartRow();
        w.Add(d.ContentHash);
        w.Add(doc.Id);
        w.Add(doc.Source);
        w.Add(doc.Url);
        w.Add(doc.Title);
        w.Add(doc.PublicationDate);
        w.Add(doc.Text);
        w.Add((int?)doc.Text.Length);
        w.Add(PackSentences(doc.Sentences));
        w.Add(d.PipelineVersion);
        w.Add(now);
        w.EndRow();
    }

    /// <summary>Sentences as <c>start:end:paragraph</c> separated by spaces.</summary>
    public static string PackSentences(List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var b = new System.Text.StringBuilder(sentences.Count * 12);
        foreach (var s in sentences)
        {
            if (b.Length > 0)
            {
                b.Append(' ');
            }

            b.Append(s.Start).Append(':').Append(s.End).Append(':').Append(s.Paragraph);
        }

        return b.ToString();
    }

    public static IEnumerable<Sentence> UnpackSentences(string? packed)
    {
        if (string.IsNullOrEmpty(packed))
        {
            yield break;
        }

        foreach (var item in packed.Split(' '))
        {
            var parts = item.Split(':');
            int start = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int end = int.Parse(parts[1], CultureInfo.InvariantCulture);
            yield return new Sentence(TextSpan.FromBounds(start, end), 0, 0, int.Parse(parts[2], CultureInfo.InvariantCulture));
        }
    }

    private static void WriteMentions(StoredDocument d, IRowWriter w)
    {
        var doc = d.Document;
        for (int i = 0; i < doc.Mentions.Count; i++)
        {
            var m = doc.Mentions[i];
            w.StartRow();
            w.Add(d.ContentHash);
            w.Add((int?)i);
            w.Add((int?)m.Sentence);
            w.Add((int?)m.Span.Start);
            w.Add((int?)m.Span.End);
            w.Add(SafeText(doc, m.Span));
            w.Add(DocumentJson.KindName(m.Kind));
            w.Add(m.Actor);
            w.Add(m.Country);
            w.Add(m.Agent);
            w.Add(m.RefersTo);
            w.Add(m.Evidence.Stage);
            w.Add(m.Evidence.Rule);
            w.EndRow();
        }
    }

    private static void WriteTimex(StoredDocument d, IRowWriter w)
    {
        var doc = d.Document;
        for (int i = 0; i < doc.Timexes.Count; i++)
        {
            var t = doc.Timexes[i];
            w.StartRow();
            w.Add(d.ContentHash);
            w.Add((int?)i);
            w.Add((int?)t.Sentence);
            w.Add((int?)t.Span.Start);
            w.Add((int?)t.Span.End);
            w.Add(SafeText(doc, t.Span));
            w.Add(DocumentJson.TypeName(t.Type));
            w.Add(t.Value);
            w.Add(t.Evidence.Stage);
            w.Add(t.Evidence.Rule);
            w.EndRow();
        }
    }

    private static void WriteQuotes(StoredDocument d, IRowWriter w)
    {
        var doc = d.Document;
        for (int i = 0; i < doc.Quotes.Count; i++)
        {
            var q = doc.Quotes[i];
            w.StartRow();
            w.Add(d.ContentHash);
            w.Add((int?)i);
            w.Add((int?)q.Sentence);
            w.Add((int?)q.Span.Start);
            w.Add((int?)q.Span.End);
            w.Add(SafeText(doc, q.Span));
            w.Add(DocumentJson.KindName(q.Kind));
            w.Add(q.Speaker?.Span.Start);
            w.Add(q.Speaker?.Span.End);
            w.Add(q.Speaker is { } s ? SafeText(doc, s.Span) : null);
            w.Add(q.Speaker?.Mention);
            w.Add(q.Speaker?.Actor);
            w.Add(q.Speaker?.Country);
            w.Add(q.Cue);
            w.Add(q.Evidence.Stage);
            w.Add(q.Evidence.Rule);
            w.EndRow();
        }
    }

    private static void WriteEvents(StoredDocument d, IRowWriter w)
    {
        var doc = d.Document;
        for (int i = 0; i < doc.Events.Count; i++)
        {
            var e = doc.Events[i];
            w.StartRow();
            w.Add(ContentHash.OfEvent(d.ContentHash, e));
            w.Add(d.ContentHash);
            w.Add((int?)i);
            w.Add((int?)e.Sentence);
            bool known = e.Sentence >= 0 && e.Sentence < doc.Sentences.Count;
            w.Add(known ? SafeText(doc, doc.Sentences[e.Sentence].Span) : null);
            w.Add(known ? doc.Sentences[e.Sentence].Paragraph : null);
            WriteActor(doc, e.Source, w);
            WriteActor(doc, e.Target, w);
            w.Add(e.Cameo);
            w.Add(e.CameoRoot);
            w.Add(e.Plover);
            w.Add((double?)e.Goldstein);
            w.Add((int?)e.QuadClass);
            w.Add(e.Date);
            w.Add(EventDay(e.Date, doc.PublicationDate));
            w.Add(e.DateSource == DateSource.Timex ? "timex" : "publication");
            w.Add(e.Location is { } l ? SafeText(doc, l.Span) : null);
            w.Add(e.Location?.Span.Start);
            w.Add(e.Location?.Span.End);
            w.Add(e.Location?.Country);
            w.Add(e.Negated);
            w.Add(e.Hypothetical);
            w.Add(SafeText(doc, e.Verb));
            w.Add((int?)e.Verb.Start);
            w.Add((int?)e.Verb.End);
            w.Add(e.Evidence.Rule);
            w.Add(e.Evidence.Stage);
            w.EndRow();
        }
    }

    private static void WriteActor(Document doc, EventActor a, IRowWriter w)
    {
        w.Add(SafeText(doc, a.Span));
        w.Add((int?)a.Span.Start);
        w.Add((int?)a.Span.End);
        w.Add(a.Mention);
        w.Add(a.Actor);
        w.Add(a.Country);
        w.Add(a.Agent);
    }

    private static void WriteError(string? key, string? hash, string source, string stage, string code, string message, IRowWriter w)
    {
        w.StartRow();
        w.Add(key);
        w.Add(hash);
        w.Add(source);
        w.Add(stage);
        w.Add(code);
        w.Add(message);
        w.EndRow();
    }

    /// <summary>
    /// The day an event is filed under: its TIMEX date at the precision given (a month or year value files under its
    /// first day, so period aggregates still count it), otherwise the publication date.
    /// </summary>
    public static DateOnly? EventDay(string? value, DateOnly? publicationDate)
    {
        if (value is { Length: >= 4 } v && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            int month = 1, day = 1;
            if (v.Length >= 7 && v[4] == '-' && int.TryParse(v.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12)
            {
                month = m;
                if (v.Length >= 10 && v[7] == '-' && int.TryParse(v.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int dd)
                    && dd >= 1 && dd <= DateTime.DaysInMonth(year, m))
                {
                    day = dd;
                }
            }
            else if (v.Length > 4)
            {
                // 197X, 2017-W29 and the like: not a calendar date this store can file.
                return publicationDate;
            }

            return new DateOnly(year, month, day);
        }

        return publicationDate;
    }

    /// <summary>The covered text; an out-of-range span from a faulty stage stores null instead of failing the batch.</summary>
    private static string? SafeText(Document doc, TextSpan span) =>
        span.Start >= 0 && span.Length >= 0 && span.End <= doc.Text.Length ? doc.TextOf(span) : null;
}
