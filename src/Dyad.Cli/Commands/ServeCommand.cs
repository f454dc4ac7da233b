using System.CommandLine;
using Dyad.Core;
using Dyad.Engine;
using Dyad.Web;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad serve</c>: the HTTP API and the analyst page over a store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The store: a DuckDB file or a postgres:// URL.", DefaultValueFactory = _ => "dyad.duckdb" };
        var urls = new Option<string>("--urls") { Description = "Listen addresses (loopback by default).", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
        var token = new Option<string?>("--token") { Description = "Bearer token for write endpoints (default: the DYAD_TOKEN environment variable; without one, writes are refused)." };
        var maxBytes = new Option<long>("--max-request-bytes") { Description = "Largest request body accepted.", DefaultValueFactory = _ => 5L * 1024 * 1024 };
        var command = new Command("serve", "Serve the HTTP API (OpenAPI at /openapi.json) and the web page over a store.") { db, urls, token, maxBytes };
        command.SetAction(parse =>
        {
            var options = new DyadWebOptions
            {
                Urls = parse.GetValue(urls)!,
                Token = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("DYAD_TOKEN"),
                MaxRequestBytes = parse.GetValue(maxBytes),
            };
            StorePool pool;
            try
            {
                pool = new StorePool(parse.GetValue(db)!, readers: Math.Clamp(Environment.ProcessorCount * 2, 2, 8));
            }
            catch (DyadException ex)
            {
                Console.Error.WriteLine($"error: {ex.Message}");
                return ExitCodes.UsageOrIo;
            }

            using (pool)
            {
                var app = DyadWebApp.Create(options, DyadEngine.CreateDefault(), pool);
                Console.Error.WriteLine($"dyad serve: {pool.Describe} on {options.Urls}{(options.Token is null ? " (read-only: no token)" : string.Empty)}");
                app.Run();
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
