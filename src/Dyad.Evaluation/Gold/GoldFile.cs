using System.Text.Json;

namespace Dyad.Evaluation.Gold;

/// <summary>
/// A hand annotation in the format of <c>shared/gold/*.gold.json</c>: required, optional and forbidden items per layer,
/// matched tolerantly (text substrings, lists of acceptable codes, CAMEO roots).
/// </summary>
public sealed class GoldFile
{
    public required string Path { get; init; }

    public required string DocumentPath { get; init; }

    /// <summary>The record id inside a multi-document file (a CSV or JSON Lines corpus), or null for a one-document file.</summary>
    public string? DocumentId { get; init; }

    public List<GoldItem> TimexRequired { get; } = [];

    public List<GoldItem> TimexOptional { get; } = [];

    public List<GoldItem> ActorsRequired { get; } = [];

    public List<GoldItem> ActorsOptional { get; } = [];

    public List<GoldItem> Locations { get; } = [];

    public List<GoldItem> QuotesRequired { get; } = [];

    public List<GoldItem> QuotesOptional { get; } = [];

    public List<GoldItem> EventsRequired { get; } = [];

    public List<GoldItem> EventsOptional { get; } = [];

    public List<GoldItem> EventsForbidden { get; } = [];

    /// <summary>Reads a gold file; its <c>document</c> path is resolved against the folder above the gold folder.</summary>
    public static GoldFile Load(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var goldFolder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var documentPath = root.GetProperty("document").GetString() ?? throw new InvalidDataException($"{path}: no 'document'");
        var gold = new GoldFile
        {
            Path = path,
            DocumentPath = ResolveDocument(goldFolder, documentPath),
            DocumentId = root.TryGetProperty("document_id", out var id) ? id.GetString() : null,
        };
        Fill(root, "timex", "required", gold.TimexRequired);
        Fill(root, "timex", "optional", gold.TimexOptional);
        Fill(root, "actors", "required", gold.ActorsRequired);
        Fill(root, "actors", "optional", gold.ActorsOptional);
        Fill(root, "actors", "locations", gold.Locations);
        Fill(root, "quotes", "required", gold.QuotesRequired);
        Fill(root, "quotes", "optional", gold.QuotesOptional);
        Fill(root, "events", "required", gold.EventsRequired);
        Fill(root, "events", "optional", gold.EventsOptional);
        Fill(root, "events", "forbidden", gold.EventsForbidden);
        return gold;
    }

    /// <summary>
    /// The document path is relative to the gold folder's parent (as in <c>shared/gold</c>), else to the gold folder or
    /// to any folder above it (so a gold file in the repository can name <c>shared/corpora/…</c> beside the clone).
    /// </summary>
    internal static string ResolveDocument(string goldFolder, string documentPath)
    {
        if (System.IO.Path.IsPathRooted(documentPath))
        {
            return documentPath;
        }

        var parent = System.IO.Path.GetDirectoryName(goldFolder);
        foreach (var candidate in new[] { parent, goldFolder }.OfType<string>())
        {
            var path = System.IO.Path.Combine(candidate, documentPath);
            if (File.Exists(path))
            {
                return path;
            }
        }

        for (var dir = parent is null ? null : new DirectoryInfo(parent).Parent; dir is not null; dir = dir.Parent)
        {
            var path = System.IO.Path.Combine(dir.FullName, documentPath);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return System.IO.Path.Combine(parent ?? goldFolder, documentPath);
    }

    private static void Fill(JsonElement root, string layer, string group, List<GoldItem> output)
    {
        if (!root.TryGetProperty(layer, out var section) || !section.TryGetProperty(group, out var items))
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            output.Add(GoldItem.From(item));
        }
    }
}

/// <summary>One annotated item: its fields as strings or lists of acceptable strings.</summary>
public sealed class GoldItem
{
    private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);

    public string? this[string name] => _fields.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : null;

    /// <summary>The acceptable values of a field (a JSON string or list of strings), or null when absent.</summary>
    public IReadOnlyList<string>? Values(string name) => _fields.TryGetValue(name, out var v) ? v : null;

    public static GoldItem From(JsonElement element)
    {
        var item = new GoldItem();
        foreach (var property in element.EnumerateObject())
        {
            item._fields[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Array => property.Value.EnumerateArray().Select(v => v.ToString()).ToArray(),
                JsonValueKind.Null => [],
                _ => [property.Value.ToString()],
            };
        }

        return item;
    }

    public override string ToString() => string.Join(", ", _fields.Select(f => $"{f.Key}={string.Join('|', f.Value)}"));
}
