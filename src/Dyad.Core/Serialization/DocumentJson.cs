using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dyad.Core.Serialization;

/// <summary>Writes a <see cref="Document"/> as the <c>dyad.document.v1</c> JSON contract (shared/OUTPUT.md).</summary>
public static class DocumentJson
{
    public const string Schema = "dyad.document.v1";

    private static readonly JsonWriterOptions Pretty = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes one document; <paramref name="indented"/> for a single pretty document, otherwise one line.</summary>
    public static void Write(Stream stream, Document document, bool indented)
    {
        using var writer = new Utf8JsonWriter(stream, indented ? Pretty : Compact);
        Write(writer, document);
    }

    public static string ToJson(Document document, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Write(buffer, document, indented);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the contract's object; <paramref name="includeBody"/> adds the body as <c>text</c> (an added field, for viewers).</summary>
    public static void Write(Utf8JsonWriter writer, Document document, bool includeBody = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("id", document.Id);
        if (document.PublicationDate is { } date)
        {
            writer.WriteString("publication_date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull("publication_date");
        }

        WriteNullable(writer, "title", document.Title);
        WriteNullable(writer, "url", document.Url);
        if (includeBody)
        {
            writer.WriteString("text", document.Text);
        }

        writer.WriteStartArray("sentences");
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            var s = document.Sentences[i];
            writer.WriteStartObject();
            writer.WriteNumber("index", i);
            WriteSpan(writer, document, s.Span);
            writer.WriteNumber("paragraph", s.Paragraph);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("mentions");
        foreach (var m in document.Mentions)
        {
            writer.WriteStartObject();
            WriteSpan(writer, document, m.Span);
            writer.WriteNumber("sentence", m.Sentence);
            writer.WriteString("kind", KindName(m.Kind));
            WriteNullable(writer, "actor", m.Actor);
            WriteNullable(writer, "country", m.Country);
            WriteNullable(writer, "agent", m.Agent);
            WriteNullable(writer, "refers_to", m.RefersTo);
            writer.WriteString("rule", m.Evidence.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("timex");
        foreach (var t in document.Timexes)
        {
            writer.WriteStartObject();
            WriteSpan(writer, document, t.Span);
            writer.WriteNumber("sentence", t.Sentence);
            writer.WriteString("type", TypeName(t.Type));
            writer.WriteString("value", t.Value);
            writer.WriteString("rule", t.Evidence.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var q in document.Quotes)
        {
            writer.WriteStartObject();
            WriteSpan(writer, document, q.Span);
            writer.WriteNumber("sentence", q.Sentence);
            writer.WriteString("kind", KindName(q.Kind));
            if (q.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                WriteSpan(writer, document, speaker.Span);
                WriteNullable(writer, "mention", speaker.Mention);
                WriteNullable(writer, "actor", speaker.Actor);
                WriteNullable(writer, "country", speaker.Country);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            WriteNullable(writer, "cue", q.Cue);
            writer.WriteString("rule", q.Evidence.Rule);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("events");
        foreach (var e in document.Events)
        {
            writer.WriteStartObject();
            writer.WriteNumber("sentence", e.Sentence);
            WriteActor(writer, document, "source", e.Source);
            WriteActor(writer, document, "target", e.Target);
            writer.WriteString("cameo", e.Cameo);
            writer.WriteString("cameo_root", e.CameoRoot);
            WriteNullable(writer, "plover", e.Plover);
            writer.WriteNumber("goldstein", e.Goldstein);
            writer.WriteNumber("quad_class", e.QuadClass);
            WriteNullable(writer, "date", e.Date);
            writer.WriteString("date_source", e.DateSource == DateSource.Timex ? "timex" : "publication");
            if (e.Location is { } location)
            {
                writer.WriteStartObject("location");
                writer.WriteString("text", document.TextOf(location.Span));
                writer.WriteNumber("start", location.Span.Start);
                writer.WriteNumber("end", location.Span.End);
                WriteNullable(writer, "country", location.Country);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("location");
            }

            writer.WriteBoolean("negated", e.Negated);
            writer.WriteBoolean("hypothetical", e.Hypothetical);
            writer.WriteStartObject("evidence");
            writer.WriteStartObject("verb");
            writer.WriteString("text", document.TextOf(e.Verb));
            writer.WriteNumber("start", e.Verb.Start);
            writer.WriteNumber("end", e.Verb.End);
            writer.WriteEndObject();
            writer.WriteString("pattern", e.Evidence.Rule);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("errors");
        foreach (var err in document.Errors)
        {
            writer.WriteStartObject();
            writer.WriteString("stage", err.Stage);
            writer.WriteString("code", err.Code);
            writer.WriteString("message", err.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    public static string KindName(MentionKind kind) => kind switch
    {
        MentionKind.Country => "country",
        MentionKind.Person => "person",
        MentionKind.Organization => "organization",
        MentionKind.Location => "location",
        _ => "group",
    };

    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "indirect",
    };

    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };

    private static void WriteSpan(Utf8JsonWriter writer, Document document, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", document.TextOf(span));
    }

    private static void WriteActor(Utf8JsonWriter writer, Document document, string name, EventActor actor)
    {
        writer.WriteStartObject(name);
        writer.WriteString("text", document.TextOf(actor.Span));
        writer.WriteNumber("start", actor.Span.Start);
        writer.WriteNumber("end", actor.Span.End);
        WriteNullable(writer, "mention", actor.Mention);
        WriteNullable(writer, "actor", actor.Actor);
        WriteNullable(writer, "country", actor.Country);
        WriteNullable(writer, "agent", actor.Agent);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
