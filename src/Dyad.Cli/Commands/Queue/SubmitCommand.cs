using System.CommandLine;
using System.Globalization;
using Dyad.Ingest;
using Dyad.Queue;
using NATS.Client.Core;

namespace Dyad.Cli.Commands.Queue;

/// <summary>
/// <c>dyad submit PATH... --nats URL</c>: publishes documents to the work queue; ends with
/// <c>submitted: N duplicates: D by_reference: R read_errors: E</c> on standard output.
/// </summary>
internal static class SubmitCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .jsonl, .csv, optionally .gz), folders (read recursively) or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var nats = NatsOptions.Url();
        var command = new Command("submit", "Publish documents to the NATS JetStream work queue for 'dyad worker'; a document already submitted is dropped.")
        {
            paths, nats,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(paths) ?? [], parse.GetValue(nats)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, string url, CancellationToken cancellationToken)
    {
        int exit = ExitCodes.Ok;
        var existing = InputPaths.Existing(paths, ref exit);

        if (existing.Count == 0)
        {
            Console.Error.WriteLine("error: nothing to submit; give files or folders");
            return ExitCodes.UsageOrIo;
        }

        await using var queue = await NatsOptions.OpenOrReportAsync(url, new QueueOptions(), $"dyad-submit-{Environment.ProcessId}", cancellationToken);
        if (queue is null)
        {
            return ExitCodes.UsageOrIo;
        }

        SubmitResult result;
        try
        {
            result = await new Submitter(queue).SubmitAsync(
                DocumentReader.ReadAll(existing),
                error => Console.Error.WriteLine($"error: {error}"),
                cancellationToken);
        }
        catch (Exception ex) when (ex is NatsException or TimeoutException)
        {
            Console.Error.WriteLine($"error: {url}: publishing failed: {ex.Message}. Submitting again is safe: documents already queued are dropped.");
            return ExitCodes.UsageOrIo;
        }

        Console.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"submit: {result.Published} queued, {result.Duplicates} already queued, {result.ByReference} by reference, {result.Bytes / 1e6:F1} MB in {result.Elapsed.TotalSeconds:F1} s to {url}"));
        Console.Out.WriteLine($"submitted: {result.Published} duplicates: {result.Duplicates} by_reference: {result.ByReference} read_errors: {result.ReadErrors}");
        return result.ReadErrors > 0 ? Math.Max(exit, ExitCodes.DocumentErrors) : exit;
    }
}
