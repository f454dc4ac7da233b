using Dyad.Core;

namespace Dyad.Time;

/// <summary>
/// Stage <c>dyad.time.v1</c>: finds time expressions sentence by sentence and normalizes them to TIMEX3 values
/// against the document's publication date. Without a publication date, values stay underspecified
/// (<c>XXXX-07-07</c>, <c>XXXX-WXX-1</c>): a year is never invented.
/// </summary>
public sealed class TimeStage : IStage
{
    public const string Name = "dyad.time.v1";

    public StageInfo Info { get; } = new(Name, Annotations.Tokens | Annotations.Sentences, Annotations.Timex);

    public void Run(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Timexes.Clear();
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        var sentences = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Sentences);
        DateOnly? lastDate = null;
        NamedPeriod? lastPeriod = null;

        // Calendar arithmetic a few centuries either way must stay in range; an absurd date is treated as none.
        DateOnly? anchor = document.PublicationDate is { Year: >= 1000 and <= 9000 } date ? date : null;
        for (int s = 0; s < sentences.Length; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var scanner = new TimexScanner(document.Text, tokens, sentences[s], s, anchor, lastDate, document.Timexes, lastPeriod);
            scanner.Scan();
            lastDate = scanner.LastDate;
            lastPeriod = scanner.LastPeriod;
        }
    }
}
