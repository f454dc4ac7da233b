using System.Diagnostics;
using System.Runtime;
using Dyad.Core;
using Dyad.Ingest;

namespace Dyad.Engine;

/// <summary>What a warm-up did: how often it ran its pass, for how long, and how many methods the JIT compiled meanwhile.</summary>
public readonly record struct WarmUpReport(int Iterations, TimeSpan Elapsed, long MethodsCompiled);

/// <summary>
/// Codes a built-in sample article (invented, not news) so that a long-running process (a queue worker) codes its first
/// real documents with code the JIT has already compiled, instead of compiling it while the first batches wait.
/// </summary>
public static class WarmUp
{
    private static readonly Lazy<string> SampleText = new(() =>
    {
        using var stream = typeof(WarmUp).Assembly.GetManifestResourceStream("Dyad.Engine.warm-up.txt")
            ?? throw new InvalidOperationException("the warm-up sample is not embedded in Dyad.Engine");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The sample article the warm-up codes.</summary>
    public static string Sample => SampleText.Value;

    private static readonly DateOnly SampleDate = new(2023, 6, 5);

    /// <summary>A new document holding the sample, dated inside the terms of the people it names.</summary>
    public static Document SampleDocument() => new("warm-up", Sample, SampleDate);

    /// <summary>The sample as read input (what a queue message carries).</summary>
    public static SourceDocument SampleSource() => new("warm-up", Sample, SampleDate, null, null, "warm-up");

    /// <summary>Codes the sample for <paramref name="duration"/> (at least once, also when it is zero or negative).</summary>
    public static WarmUpReport Run(DyadEngine engine, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Run(() => engine.Code(SampleDocument(), cancellationToken), duration, cancellationToken);
    }

    /// <summary>Repeats <paramref name="pass"/> for <paramref name="duration"/> (at least once).</summary>
    public static WarmUpReport Run(Action pass, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pass);
        var clock = Stopwatch.StartNew();
        long startCount = JitInfo.GetCompiledMethodCount();
        int iterations = 0;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            pass();
            iterations++;
        }
        while (clock.Elapsed < duration);

        return new WarmUpReport(iterations, clock.Elapsed, JitInfo.GetCompiledMethodCount() - startCount);
    }
}
