using System.Globalization;

namespace Dyad.Events;

/// <summary>What Dyad knows about a CAMEO code: its Goldstein score, quad class, PLOVER type and label.</summary>
public sealed record CameoCode(string Code, double Goldstein, int QuadClass, string? Plover, string Label);

/// <summary>
/// The CAMEO codebook table (<c>data/cameo.tsv</c>, derived from the CAMEO codebook and the CAMEO-to-PLOVER table),
/// loaded once. Codes a dictionary invents (TABARI's test codes) fall back to their nearest listed ancestor.
/// </summary>
public static class CameoCatalog
{
    private static readonly Lazy<Dictionary<string, CameoCode>> Table = new(Load);

    public static IReadOnlyCollection<CameoCode> All => Table.Value.Values;

    public static bool IsKnown(string code) => Table.Value.ContainsKey(code);

    /// <summary>The entry for <paramref name="code"/> or its nearest ancestor; null when none is known.</summary>
    public static CameoCode? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var table = Table.Value;
        for (int length = code.Length; length >= 2; length--)
        {
            if (table.TryGetValue(code[..length], out var found))
            {
                return found;
            }
        }

        return null;
    }

    private static Dictionary<string, CameoCode> Load()
    {
        using var stream = typeof(CameoCatalog).Assembly.GetManifestResourceStream("Dyad.Events.cameo.tsv")!;
        using var reader = new StreamReader(stream);
        var table = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var f = line.Split('\t');
            table[f[0]] = new CameoCode(
                f[0],
                double.Parse(f[1], CultureInfo.InvariantCulture),
                int.Parse(f[2], CultureInfo.InvariantCulture),
                f[3].Length == 0 ? null : f[3],
                f[4]);
        }

        return table;
    }
}
