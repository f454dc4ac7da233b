using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dyad.Core;
using nietras.SeparatedValues;

namespace Dyad.Ingest;

/// <summary>
/// Reads documents from files, folders and standard input: the seed format (<c>date YYYY-MM-DD</c> then the body),
/// plain text, JSON Lines and CSV, each also gzip-compressed. One bad record yields a <see cref="ReadError"/> and the
/// reader goes on with the next.
/// </summary>
public static class DocumentReader
{
    private static readonly string[] TextColumns = ["text", "body", "content", "article"];
    private static readonly string[] DateColumns = ["date", "publication_date", "published", "pub_date"];
    private static readonly string[] TitleColumns = ["title", "headline"];
    private static readonly string[] UrlColumns = ["url", "link", "source_url"];
    private static readonly string[] IdColumns = ["id", "doc_id", "document_id"];

    /// <summary>Reads every path in order; a folder is read recursively in ordinal name order; <c>-</c> is standard input.</summary>
    public static IEnumerable<ReadResult> ReadAll(IEnumerable<string> paths, Func<Stream>? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = (standardInput ?? Console.OpenStandardInput)();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                foreach (var r in ReadBytes("stdin", "stdin", buffer.ToArray(), Format.Sniff))
                {
                    yield return r;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in EnumerateFolder(path))
                {
                    foreach (var r in ReadFile(file))
                    {
                        yield return r;
                    }
                }
            }
            else
            {
                foreach (var r in ReadFile(path))
                {
                    yield return r;
                }
            }
        }
    }

    /// <summary>The readable files below <paramref name="folder"/>, recursively, in ordinal path order.</summary>
    public static IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => FormatOf(f) is not null)
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Reads one file; the format comes from its extension (<c>.txt</c>, <c>.jsonl</c>, <c>.csv</c>, each optionally <c>.gz</c>).</summary>
    public static IEnumerable<ReadResult> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var format = FormatOf(path) ?? Format.Text;
        byte[] bytes;
        string? failure = null;
        try
        {
            bytes = File.ReadAllBytes(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                bytes = Gunzip(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            bytes = [];
            failure = ex is InvalidDataException ? $"not a valid gzip file: {ex.Message}" : $"cannot read: {ex.Message}";
        }

        if (failure is not null)
        {
            return [ReadResult.Fail(path, DyadErrors.UnreadableFile, failure)];
        }

        return ReadBytes(path, IdOf(path), bytes, format);
    }

    internal enum Format
    {
        Text,
        JsonLines,
        Csv,
        Sniff,
    }

    internal static Format? FormatOf(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var ext = Path.GetExtension(name).ToLowerInvariant();
        return ext switch
        {
            ".txt" => Format.Text,
            ".jsonl" or ".ndjson" => Format.JsonLines,
            ".csv" => Format.Csv,
            _ => null,
        };
    }

    /// <summary>The document id for a file: its name without extensions (<c>.txt</c>, <c>.txt.gz</c>).</summary>
    public static string IdOf(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        return Path.GetFileNameWithoutExtension(name);
    }

    internal static IEnumerable<ReadResult> ReadBytes(string source, string id, byte[] bytes, Format format)
    {
        if (format == Format.JsonLines || (format == Format.Sniff && LooksLikeJson(bytes)))
        {
            return ReadJsonLines(source, id, bytes);
        }

        var text = TextDecoding.Decode(bytes, out var code, out var reason);
        if (text is null)
        {
            return [ReadResult.Fail(source, code!, reason!)];
        }

        return format == Format.Csv ? ReadCsv(source, id, text) : [ReadSeed(source, id, text)];
    }

    /// <summary>Reads the seed format (optional leading whitespace, <c>date YYYY-MM-DD</c>, the body) or plain text.</summary>
    public static ReadResult ReadSeed(string source, string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        DateOnly? date = null;
        int bodyStart = 0;
        if (string.CompareOrdinal(text, i, "date ", 0, 5) == 0)
        {
            int j = i + 5;
            while (j < text.Length && text[j] == ' ')
            {
                j++;
            }

            int k = j;
            while (k < text.Length && !char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            var value = text.AsSpan(j, k - j);
            int line = text.AsSpan(0, i).Count('\n') + 1;
            if (!TryParseDate(value, out var parsed, out var why))
            {
                return ReadResult.Fail($"{source}:{line}", DyadErrors.InvalidDate, $"{why} in header 'date {value}'; expected 'date YYYY-MM-DD'");
            }

            date = parsed;
            bodyStart = k;
            while (bodyStart < text.Length && char.IsWhiteSpace(text[bodyStart]))
            {
                bodyStart++;
            }
        }

        var body = bodyStart == 0 ? text : text[bodyStart..];
        if (string.IsNullOrWhiteSpace(body))
        {
            return ReadResult.Fail(source, DyadErrors.EmptyDocument, "empty document: no text after the header");
        }

        return ReadResult.Ok(new SourceDocument(id, body, date, null, null, source));
    }

    /// <summary>Parses <c>YYYY-MM-DD</c>, also at the start of an ISO date-time; names what is wrong otherwise.</summary>
    public static bool TryParseDate(ReadOnlySpan<char> value, out DateOnly date, out string why)
    {
        date = default;
        var head = value.Length > 10 && value[10] is 'T' or ' ' ? value[..10] : value;
        if (head.Length != 10 || head[4] != '-' || head[7] != '-'
            || !int.TryParse(head[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y)
            || !int.TryParse(head[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || !int.TryParse(head[8..10], NumberStyles.None, CultureInfo.InvariantCulture, out int d))
        {
            why = $"malformed date '{value}'";
            return false;
        }

        if (y < 1 || m < 1 || m > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            why = $"impossible date '{head}'";
            return false;
        }

        date = new DateOnly(y, m, d);
        why = string.Empty;
        return true;
    }

    private static IEnumerable<ReadResult> ReadJsonLines(string source, string id, byte[] bytes)
    {
        int lineStart = 0;
        int lineNumber = 0;
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            lineStart = 3;
        }

        while (lineStart < bytes.Length)
        {
            lineNumber++;
            int nl = Array.IndexOf(bytes, (byte)'\n', lineStart);
            int lineEnd = nl < 0 ? bytes.Length : nl;
            var line = bytes.AsMemory(lineStart, lineEnd - lineStart);
            int offset = lineStart;
            lineStart = lineEnd + 1;
            if (line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return ReadJsonRecord($"{source}:{lineNumber}", $"{id}-{lineNumber}", line.Span, offset);
        }
    }

    private static ReadResult ReadJsonRecord(string where, string fallbackId, ReadOnlySpan<byte> line, int offset)
    {
        var text = TextDecoding.Decode(line, out var code, out var reason);
        if (text is null)
        {
            return ReadResult.Fail(where, code!, reason!.Replace("byte ", $"byte {offset}+", StringComparison.Ordinal));
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadResult.Fail(where, DyadErrors.MalformedRecord, $"expected a JSON object, found {root.ValueKind}");
            }

            var body = GetString(root, TextColumns);
            if (string.IsNullOrWhiteSpace(body))
            {
                return ReadResult.Fail(where, DyadErrors.EmptyDocument, "empty document: the record has no non-empty 'text'");
            }

            DateOnly? date = null;
            var dateText = GetString(root, DateColumns);
            if (!string.IsNullOrWhiteSpace(dateText))
            {
                if (!TryParseDate(dateText.Trim(), out var d, out var why))
                {
                    return ReadResult.Fail(where, DyadErrors.InvalidDate, $"{why} in 'date'; expected YYYY-MM-DD");
                }

                date = d;
            }

            var recordId = GetString(root, IdColumns);
            return ReadResult.Ok(new SourceDocument(
                string.IsNullOrWhiteSpace(recordId) ? fallbackId : recordId,
                body,
                date,
                GetString(root, TitleColumns),
                GetString(root, UrlColumns),
                where));
        }
        catch (JsonException ex)
        {
            return ReadResult.Fail(where, DyadErrors.MalformedRecord, $"invalid JSON at byte {ex.BytePositionInLine}: {FirstSentence(ex.Message)}");
        }
    }

    private static string? GetString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value))
            {
                return value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString(),
                    JsonValueKind.Number => value.GetRawText(),
                    _ => null,
                };
            }
        }

        return null;
    }

    private static List<ReadResult> ReadCsv(string source, string id, string text)
    {
        var results = new List<ReadResult>();
        using var reader = Sep.Reader(o => o with { Unescape = true, HasHeader = true, DisableColCountCheck = true }).FromText(text);
        int textCol = FindColumn(reader.Header, TextColumns);
        if (textCol < 0)
        {
            results.Add(ReadResult.Fail($"{source}:1", DyadErrors.MalformedRecord, $"CSV header has no text column; expected one of: {string.Join(", ", TextColumns)}"));
            return results;
        }

        int dateCol = FindColumn(reader.Header, DateColumns);
        int titleCol = FindColumn(reader.Header, TitleColumns);
        int urlCol = FindColumn(reader.Header, UrlColumns);
        int idCol = FindColumn(reader.Header, IdColumns);
        foreach (var row in reader)
        {
            int rowNumber = row.RowIndex;
            string where = $"{source}:{row.LineNumberFrom}";
            if (textCol >= row.ColCount)
            {
                results.Add(ReadResult.Fail(where, DyadErrors.MalformedRecord, $"row {rowNumber} has {row.ColCount} columns; the text column is number {textCol + 1}"));
                continue;
            }

            var body = row[textCol].ToString();
            if (string.IsNullOrWhiteSpace(body))
            {
                results.Add(ReadResult.Fail(where, DyadErrors.EmptyDocument, $"empty document: row {rowNumber} has no text"));
                continue;
            }

            DateOnly? date = null;
            var dateText = Cell(row, dateCol);
            if (!string.IsNullOrWhiteSpace(dateText))
            {
                if (!TryParseDate(dateText.Trim(), out var d, out var why))
                {
                    results.Add(ReadResult.Fail(where, DyadErrors.InvalidDate, $"{why} in column 'date' of row {rowNumber}; expected YYYY-MM-DD"));
                    continue;
                }

                date = d;
            }

            var recordId = Cell(row, idCol);
            results.Add(ReadResult.Ok(new SourceDocument(
                string.IsNullOrWhiteSpace(recordId) ? $"{id}-{rowNumber}" : recordId,
                body,
                date,
                Cell(row, titleCol),
                Cell(row, urlCol),
                where)));
        }

        return results;
    }

    private static string? Cell(SepReader.Row row, int col) => col >= 0 && col < row.ColCount ? row[col].ToString() : null;

    private static int FindColumn(SepReaderHeader header, string[] names)
    {
        for (int c = 0; c < header.ColNames.Count; c++)
        {
            var name = header.ColNames[c].Trim();
            if (names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return c;
            }
        }

        return -1;
    }

    private static bool LooksLikeJson(byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)
            {
                continue;
            }

            return b == (byte)'{';
        }

        return false;
    }

    private static byte[] Gunzip(byte[] bytes)
    {
        using var input = new MemoryStream(bytes);
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    private static string FirstSentence(string message)
    {
        int dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
