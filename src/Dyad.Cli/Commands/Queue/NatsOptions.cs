using System.CommandLine;
using Dyad.Queue;

namespace Dyad.Cli.Commands.Queue;

/// <summary>What the queue commands share: the <c>--nats</c> option and opening the queue with one error line on failure.</summary>
internal static class NatsOptions
{
    public const string DefaultUrl = "nats://127.0.0.1:4222";

    public static Option<string> Url() => new("--nats")
    {
        Description = "The NATS server (with JetStream): nats://host:port.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DYAD_NATS") is { Length: > 0 } url ? url : DefaultUrl,
    };

    public static async Task<QueueConnection?> OpenOrReportAsync(string url, QueueOptions options, string clientName, CancellationToken cancellationToken)
    {
        try
        {
            return await QueueConnection.OpenAsync(url, options, clientName, cancellationToken);
        }
        catch (QueueException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }
}
