using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

[assembly: AssemblyFixture(typeof(Dyad.Web.Tests.DyadServer))]

namespace Dyad.Web.Tests;

/// <summary>
/// The real <c>dyad</c> program: ingests the seed and the Wikinews corpus into a temporary DuckDB store once, then
/// serves it on a free loopback port with a write token (and a small body limit) for every test in the assembly.
/// </summary>
public sealed class DyadServer : IAsyncLifetime
{
    public const string Token = "test-token-7f3a";

    /// <summary>Small, so the 413 test needs no multi-megabyte body.</summary>
    public const long MaxRequestBytes = 256 * 1024;

    public const string SeedId = "000_9eeac597d1877c74";

    private readonly string _folder = Directory.CreateTempSubdirectory("dyad-web-tests-").FullName;
    private readonly StringBuilder _serverLog = new();
    private Process? _server;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string ServerLog
    {
        get
        {
            lock (_serverLog)
            {
                return _serverLog.ToString();
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        var shared = SharedPath;
        var db = Path.Combine(_folder, "store.duckdb");
        var ingest = Run(TimeSpan.FromMinutes(10), "ingest", "--db", db, Path.Combine(shared, "seed"), Path.Combine(shared, "corpora", "wikinews-2019-2020"));
        if (ingest.ExitCode != 0)
        {
            throw new InvalidOperationException($"dyad ingest failed ({ingest.ExitCode}): {ingest.Stderr}");
        }

        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _server = Process.Start(Info("serve", "--db", db, "--urls", BaseAddress.ToString().TrimEnd('/'), "--token", Token, "--max-request-bytes", MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)))!;
        _server.OutputDataReceived += (_, e) => Log(e.Data);
        _server.ErrorDataReceived += (_, e) => Log(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"dyad serve exited with {_server.ExitCode}: {ServerLog}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"dyad serve did not answer /healthz in 60 s: {ServerLog}");
            }

            await Task.Delay(200);
        }
    }

    public ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            _server.WaitForExit(10_000);
        }

        _server?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temporary folder is cleaned by the system.
        }

        return ValueTask.CompletedTask;
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_serverLog)
        {
            _serverLog.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ProcessStartInfo Info(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dyad.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return info;
    }

    private static (int ExitCode, string Stderr) Run(TimeSpan timeout, params string[] args)
    {
        using var process = Process.Start(Info(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dyad {args[0]} did not finish in {timeout}");
        }

        return (process.ExitCode, stderr.Result);
    }

    /// <summary>The <c>shared</c> folder (seed and corpora) beside the repository.</summary>
    public static string SharedPath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "corpora")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("no 'shared' folder with corpora beside the repository");
        }
    }
}
