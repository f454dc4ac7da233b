using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>A document as read from its source, before any stage ran.</summary>
public sealed record SourceDocument(string Id, string Text, DateOnly? PublicationDate, string? Title, string? Url, string Source)
{
    public Document ToDocument() => new(Id, Text, PublicationDate) { Title = Title, Url = Url, Source = Source };
}

/// <summary>Why a document (or a whole file) could not be read: where, and what was expected.</summary>
public sealed record ReadError(string Source, string Code, string Reason)
{
    public override string ToString() => $"{Source}: {Reason} ({Code})";
}

/// <summary>One item of a read: a document, or the error that replaced it.</summary>
public readonly record struct ReadResult(SourceDocument? Document, ReadError? Error)
{
    public static ReadResult Ok(SourceDocument document) => new(document, null);

    public static ReadResult Fail(string source, string code, string reason) => new(null, new ReadError(source, code, reason));
}
