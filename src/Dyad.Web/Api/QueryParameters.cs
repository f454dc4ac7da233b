using System.Globalization;
using System.Text;
using Dyad.Storage;
using Microsoft.AspNetCore.Http;

namespace Dyad.Web.Api;

/// <summary>
/// Reads and validates query-string filters. Codes are letters and digits only, dates are ISO days, numbers are in
/// range; anything else is a 400 naming the parameter, before any query runs.
/// </summary>
internal sealed class QueryParameters(IQueryCollection query)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public List<string> Problems { get; } = [];

    public string? Code(string name, int maxLength = 15)
    {
        var value = Text(name);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength || !value.All(char.IsAsciiLetterOrDigit))
        {
            Problems.Add($"'{name}' must be a code of at most {maxLength} letters or digits");
            return null;
        }

        return value.ToUpperInvariant();
    }

    public string? Text(string name, int maxLength = 200)
    {
        string? value = query[name];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Problems.Add($"'{name}' is longer than {maxLength} characters");
            return null;
        }

        return value.Trim();
    }

    public DateOnly? Date(string name)
    {
        var value = Text(name, 10);
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Problems.Add($"'{name}' must be a date YYYY-MM-DD");
            return null;
        }

        return date;
    }

    public int? Int(string name, int min, int max)
    {
        var value = Text(name, 10);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            Problems.Add($"'{name}' must be a whole number from {min} to {max}");
            return null;
        }

        return n;
    }

    public int Limit => Int("limit", 1, MaxLimit) ?? DefaultLimit;

    /// <summary>The position a cursor from an earlier page points at (0 for the first page).</summary>
    public int Offset
    {
        get
        {
            var cursor = Text("cursor", 40);
            if (cursor is null)
            {
                return 0;
            }

            try
            {
                var decoded = Encoding.ASCII.GetString(Convert.FromBase64String(cursor));
                if (decoded.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(decoded.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out int offset))
                {
                    return offset;
                }
            }
            catch (FormatException)
            {
                // Reported below.
            }

            Problems.Add("'cursor' is not a cursor this server gave");
            return 0;
        }
    }

    /// <summary>The key a keyset cursor from an earlier page carries (null for the first page).</summary>
    public PageKey? After
    {
        get
        {
            var cursor = Text("cursor", 600);
            if (cursor is null)
            {
                return null;
            }

            try
            {
                var json = Convert.FromBase64String(cursor.Replace('-', '+').Replace('_', '/').PadRight((cursor.Length + 3) / 4 * 4, '='));
                if (System.Text.Json.JsonSerializer.Deserialize(json, CursorJson.Default.StringArray) is { Length: > 0 and <= 4 } values)
                {
                    return new PageKey(values);
                }
            }
            catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException)
            {
                // Reported below.
            }

            Problems.Add("'cursor' is not a cursor this server gave");
            return null;
        }
    }

    /// <summary>An opaque cursor for the page after <paramref name="key"/>: URL-safe base64 of its values as JSON.</summary>
    public static string? Cursor(PageKey? key) => key is null ? null
        : Convert.ToBase64String(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes([.. key.Values], CursorJson.Default.StringArray)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Cursor(int offset) => Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"o:{offset}")));

    public IResult? Problem => Problems.Count == 0 ? null : Results.Problem(string.Join("; ", Problems), statusCode: StatusCodes.Status400BadRequest);
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string?[]), TypeInfoPropertyName = "StringArray")]
internal sealed partial class CursorJson : System.Text.Json.Serialization.JsonSerializerContext;
