using System.Diagnostics;
using System.Runtime;
using Dyad.Core;

namespace Dyad.Engine;

/// <summary>What a warm-up did: how often it ran its pass, for how long, and how many methods the JIT compiled meanwhile.</summary>
public readonly record struct WarmUpReport(int Iterations, TimeSpan Elapsed, long MethodsCompiled);

/// <summary>
/// Codes a built-in sample article (invented, not news) for a fixed time, so a long-running process (a queue worker,
/// the web server) codes its first real documents with code the JIT has already compiled and re-optimised (the
/// runtime promotes a method after 30 calls and a short delay) instead of through unoptimised first-tier code. The
/// time is fixed rather than "until the JIT is quiet" so that workers started together also start fetching together.
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

    /// <summary>A new document holding the sample, dated inside the terms of the people it names.</summary>
    public static Document SampleDocument() => new("warm-up", Sample, new DateOnly(2023, 6, 5));

    /// <summary>Codes the sample for <paramref name="duration"/> (at least once).</summary>
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
