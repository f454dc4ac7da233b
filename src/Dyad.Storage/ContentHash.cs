using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dyad.Core;

namespace Dyad.Storage;

/// <summary>
/// Keys documents by what they say: SHA-256 of the publication date and the body, so the same article read twice (or
/// from another path) is stored once, while the same text under another date (which anchors its time expressions)
/// is a different document.
/// </summary>
public static class ContentHash
{
    public static string Of(string text, DateOnly? publicationDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var date = publicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        return OfText(string.Concat(date, "\n", text));
    }

    public static string OfText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = max > 4096 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> buffer = rented ?? stackalloc byte[max];
        try
        {
            int n = Encoding.UTF8.GetBytes(value, buffer);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..n], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// A stable event id: the same event of the same document coded by the same rules gets the same id on every run
    /// and every backend.
    /// </summary>
    public static string OfEvent(string documentHash, Event e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var key = string.Create(
            CultureInfo.InvariantCulture,
            $"{documentHash}|{e.Sentence}|{e.Verb.Start}:{e.Verb.End}|{e.Source.Span.Start}:{e.Source.Span.End}:{e.Source.Actor}|{e.Target.Span.Start}:{e.Target.Span.End}:{e.Target.Actor}|{e.Cameo}");
        return OfText(key)[..24];
    }
}
