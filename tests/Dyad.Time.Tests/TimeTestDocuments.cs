using System.Globalization;
using Dyad.Core;
using Dyad.Text;

namespace Dyad.Time.Tests;

/// <summary>Builds documents by hand and runs tokens, sentences and time on them.</summary>
internal static class TimeTestDocuments
{
    private static readonly Pipeline Pipeline = Pipeline.Create(new TokenizerStage(), new SentenceStage(), new TimeStage());

    public static Document Run(string text, string? publicationDate)
    {
        DateOnly? date = publicationDate is null ? null : DateOnly.ParseExact(publicationDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = new Document("test", text, date);
        Pipeline.Run(document, TestContext.Current.CancellationToken);
        Assert.Empty(document.Errors);
        return document;
    }

    /// <summary>The folder holding <c>corpora/</c> and <c>seed/</c>: found by walking up from the test binaries.</summary>
    public static string SharedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpora")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("no shared/corpora folder above " + AppContext.BaseDirectory);
    }
}
