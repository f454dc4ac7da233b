using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Dyad.Queue.Tests;

/// <summary>
/// A real <c>nats-server -js</c> on a free port with a temporary store folder, for one test class. When the binary is
/// absent (CI installs it through .ci/services.d/30-nats.sh) the tests skip with a message saying how to get it.
/// </summary>
public sealed class NatsServer : IAsyncLifetime
{
    private Process? _process;
    private string? _dir;

    public string? Url { get; private set; }

    /// <summary>The server's URL; skips the calling test when no server could be started.</summary>
    public string RequireUrl()
    {
        if (Url is null)
        {
            Assert.Skip("nats-server is not installed: apt-get install nats-server (or run scripts/nats-start.sh)");
        }

        return Url;
    }

    public async ValueTask InitializeAsync()
    {
        var exe = new[] { "/usr/sbin/nats-server", "/usr/bin/nats-server", "/usr/local/bin/nats-server" }.FirstOrDefault(File.Exists)
            ?? (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Select(p => Path.Combine(p, "nats-server")).FirstOrDefault(File.Exists);
        if (exe is null)
        {
            return;
        }

        int port = FreePort();
        _dir = Directory.CreateTempSubdirectory("dyad-nats-test-").FullName;
        var start = new ProcessStartInfo(exe) { UseShellExecute = false };
        foreach (var a in new[] { "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-js", "-sd", _dir, "-l", Path.Combine(_dir, "server.log") })
        {
            start.ArgumentList.Add(a);
        }

        _process = Process.Start(start);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                Url = $"nats://127.0.0.1:{port}";
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"nats-server did not start on port {port}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (_dir is not null)
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
