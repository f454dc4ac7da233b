using Dyad.Core;

namespace Dyad.Ingest;

/// <summary>Strict UTF-8 decoding that names the byte where the input goes wrong, and a binary-file check.</summary>
internal static class TextDecoding
{
    /// <summary>Decodes <paramref name="bytes"/> (dropping a UTF-8 BOM); returns null and an error reason when they are not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? code, out string? reason)
    {
        code = null;
        reason = null;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        int nul = bytes[..Math.Min(bytes.Length, 8192)].IndexOf((byte)0);
        if (nul >= 0)
        {
            code = DyadErrors.BinaryInput;
            reason = $"byte {nul}: binary data (a NUL byte); expected UTF-8 text";
            return null;
        }

        var chars = new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out int read, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            code = DyadErrors.InvalidUtf8;
            string shown = read < bytes.Length ? $" (0x{bytes[read]:X2})" : " (truncated sequence)";
            reason = $"byte {read}: invalid UTF-8{shown}; expected UTF-8 text";
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>1-based line number of a byte offset.</summary>
    public static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
