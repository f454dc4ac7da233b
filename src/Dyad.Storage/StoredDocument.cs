using Dyad.Core;

namespace Dyad.Storage;

/// <summary>A coded document ready to store: its content hash is its key; <see cref="Replaces"/> marks a recoding.</summary>
public sealed record StoredDocument(Document Document, string ContentHash, string PipelineVersion, bool Replaces = false);

/// <summary>A document that could not be read (no content hash), stored once per source, code and message.</summary>
public sealed record StoredReadError(string Source, string Code, string Message)
{
    public string Key => ContentHash.OfText($"{Source}\n{Code}\n{Message}");
}
