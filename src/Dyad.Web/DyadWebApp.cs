using Dyad.Engine;
using Dyad.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Dyad.Web;

/// <summary>Builds the web server: the API, the OpenAPI document and the analyst page, with its security settings.</summary>
public static class DyadWebApp
{
    /// <summary>Creates the application; with a <paramref name="pool"/> it also serves the stored documents and accepts new ones.</summary>
    public static WebApplication Create(DyadWebOptions options, DyadEngine engine, StorePool? pool)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(options.WebRoot) ? options.WebRoot : null,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOpenApi("v1");
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower);

        var app = builder.Build();
        app.UseSecurityHeaders();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            // Kestrel rejects oversized bodies with an exception on read; answer 413 with a problem document instead.
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await Results.Problem($"the request body is larger than {options.MaxRequestBytes} bytes", statusCode: 413).ExecuteAsync(context);
            }
        });

        if (Directory.Exists(options.WebRoot))
        {
            var files = new PhysicalFileProvider(options.WebRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapOpenApi("/openapi.json");
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok", pipeline = engine.Pipeline.Version })).WithName("Health");
        app.MapCode(engine);
        if (pool is not null)
        {
            app.MapStore(pool, engine, options.Token);
        }

        return app;
    }
}
