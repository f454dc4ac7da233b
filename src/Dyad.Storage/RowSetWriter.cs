using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dyad.Storage;

/// <summary>Writes query results as CSV (RFC 4180) or a JSON array of objects; codes stay strings, so leading zeros survive.</summary>
public static class RowSetWriter
{
    public static void WriteCsv(RowSet rows, TextWriter output, char separator = ',')
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(string.Join(separator, rows.Columns.Select(c => Csv(c, separator))));
        output.Write('\n');
        foreach (var row in rows.Rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(separator);
                }

                output.Write(Csv(Format(row[i]), separator));
            }

            output.Write('\n');
        }
    }

    public static void WriteJson(RowSet rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var w = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartArray();
        foreach (var row in rows.Rows)
        {
            w.WriteStartObject();
            for (int i = 0; i < row.Length; i++)
            {
                var name = rows.Columns[i];
                switch (row[i])
                {
                    case null:
                        w.WriteNull(name);
                        break;
                    case bool b:
                        w.WriteBoolean(name, b);
                        break;
                    case int n:
                        w.WriteNumber(name, n);
                        break;
                    case long n:
                        w.WriteNumber(name, n);
                        break;
                    case double d:
                        w.WriteNumber(name, d);
                        break;
                    case float f:
                        w.WriteNumber(name, f);
                        break;
                    default:
                        w.WriteString(name, Format(row[i]));
                        break;
                }
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.Flush();
        output.Write("\n"u8);
    }

    /// <summary>Invariant text for a value: ISO dates, round-trip doubles, lower-case booleans.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Csv(string value, char separator)
    {
        if (value.AsSpan().IndexOfAny(separator, '"', '\n') < 0 && !value.Contains('\r', StringComparison.Ordinal))
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
