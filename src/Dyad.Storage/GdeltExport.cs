using System.Globalization;

namespace Dyad.Storage;

/// <summary>
/// Writes events in the column layout of the GDELT 2.0 event table (tab-separated, no header, like GDELT's files).
/// One row per event cluster, so NumMentions and NumArticles count its reports. What Dyad does not produce (known
/// groups, religions, tone, geocoding beyond a place name) is left empty; GDELT's geo country codes are FIPS, Dyad's
/// are ISO, so they are left empty rather than mislabelled. Codes are written as text, keeping leading zeros.
/// </summary>
public static class GdeltExport
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Writes the rows of <see cref="IDocumentStore.ExportEvents"/>; returns the number of rows written.</summary>
    public static int Write(RowSet events, TextWriter output, bool header = false)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(output);
        var col = events.Columns.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        string? Get(object?[] row, string name) => row[col[name]] is { } v ? RowSetWriter.Format(v) : null;

        if (header)
        {
            output.Write(string.Join('\t', Columns));
            output.Write('\n');
        }

        int written = 0;
        var fields = new string?[Columns.Count];
        foreach (var row in events.Rows)
        {
            var eventId = Get(row, "event_id")!;
            if (Get(row, "cluster_id") != eventId)
            {
                continue;
            }

            Array.Clear(fields);
            var day = Get(row, "event_day") is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : (DateOnly?)null;
            var cameo = Get(row, "cameo") ?? string.Empty;
            fields[0] = long.Parse(eventId.AsSpan(0, 15), NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            if (day is { } dd)
            {
                fields[1] = dd.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                fields[2] = dd.ToString("yyyyMM", CultureInfo.InvariantCulture);
                fields[3] = dd.Year.ToString(CultureInfo.InvariantCulture);
                fields[4] = (dd.Year + (dd.DayOfYear / 365.0)).ToString("F4", CultureInfo.InvariantCulture);
            }

            fields[5] = Get(row, "source_actor");
            fields[6] = Get(row, "source_text")?.ToUpperInvariant();
            fields[7] = Get(row, "source_country");
            fields[12] = Get(row, "source_agent");
            fields[15] = Get(row, "target_actor");
            fields[16] = Get(row, "target_text")?.ToUpperInvariant();
            fields[17] = Get(row, "target_country");
            fields[22] = Get(row, "target_agent");
            fields[25] = Get(row, "paragraph") == "0" ? "1" : "0";
            fields[26] = cameo;
            fields[27] = cameo.Length >= 3 ? cameo[..3] : cameo;
            fields[28] = Get(row, "cameo_root");
            fields[29] = Get(row, "quad_class");
            fields[30] = Get(row, "goldstein");
            fields[31] = Get(row, "reports");
            fields[33] = Get(row, "reports");
            fields[52] = Get(row, "location_text");
            fields[59] = Get(row, "ingested_at") is { } added ? DateAdded(added) : null;
            fields[60] = Get(row, "url") ?? Get(row, "doc_source");
            for (int i = 0; i < fields.Length; i++)
            {
                if (i > 0)
                {
                    output.Write('\t');
                }

                // Tabs and line breaks inside a name would break the row layout.
                output.Write(fields[i]?.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
            }

            output.Write('\n');
            written++;
        }

        return written;
    }

    private static string DateAdded(string timestamp)
    {
        var digits = new string(timestamp.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 14 ? digits[..14] : digits.PadRight(14, '0');
    }
}
