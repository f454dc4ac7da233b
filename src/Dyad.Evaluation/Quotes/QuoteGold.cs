using System.Text.Json;

namespace Dyad.Evaluation.Quotes;

/// <summary>One annotated quote: a substring of its text, of its speaker's text, and the acceptable speaker countries.</summary>
public sealed record QuoteGoldItem(string Contains, string? SpeakerContains, IReadOnlyList<string> SpeakerCountries, string? Kind);

/// <summary>The quotes section of a <c>*.gold.json</c> file and the document it annotates.</summary>
public sealed record QuoteGoldFile(string Path, string DocumentPath, IReadOnlyList<QuoteGoldItem> Required, IReadOnlyList<QuoteGoldItem> Optional)
{
    /// <summary>The record of a corpus file holding many documents (<c>document_id</c>), or null for the file's only one.</summary>
    public string? DocumentId { get; init; }

    /// <summary>
    /// Reads a gold file. Its <c>document</c> path is found as <see cref="Gold.GoldFile"/> finds it: relative to the gold
    /// folder's parent (<c>shared/gold/x.gold.json</c> names <c>seed/…</c>), the gold folder or a folder above it.
    /// </summary>
    public static QuoteGoldFile Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var document = root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.String
            ? System.IO.Path.GetFullPath(Gold.GoldFile.ResolveDocument(folder, d.GetString()!))
            : string.Empty;
        var id = root.TryGetProperty("document_id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var required = new List<QuoteGoldItem>();
        var optional = new List<QuoteGoldItem>();
        if (root.TryGetProperty("quotes", out var quotes) && quotes.ValueKind == JsonValueKind.Object)
        {
            Read(quotes, "required", required);
            Read(quotes, "optional", optional);
        }

        return new QuoteGoldFile(path, document, required, optional) { DocumentId = id };
    }

    private static void Read(JsonElement quotes, string name, List<QuoteGoldItem> output)
    {
        if (!quotes.TryGetProperty(name, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var item in items.EnumerateArray())
        {
            if (String(item, "contains") is not { } contains)
            {
                continue;
            }

            var countries = new List<string>();
            if (item.TryGetProperty("speaker_country", out var c))
            {
                if (c.ValueKind == JsonValueKind.String)
                {
                    countries.Add(c.GetString()!);
                }
                else if (c.ValueKind == JsonValueKind.Array)
                {
                    countries.AddRange(c.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
                }
            }

            output.Add(new QuoteGoldItem(contains, String(item, "speaker_contains"), countries, String(item, "kind")));
        }
    }

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
