using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dyad.Web;

/// <summary>Response headers that confine the page, and the bearer-token check of write endpoints.</summary>
internal static class Security
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context);
        });

    /// <summary>An endpoint filter: 401 unless the request carries <c>Authorization: Bearer TOKEN</c> (compared in constant time).</summary>
    public static TBuilder RequireToken<TBuilder>(this TBuilder builder, string? token)
        where TBuilder : IEndpointConventionBuilder
    {
        var expected = token is null ? null : Encoding.UTF8.GetBytes(token);
        builder.AddEndpointFilter(async (context, next) =>
        {
            string header = context.HttpContext.Request.Headers.Authorization.ToString();
            const string prefix = "Bearer ";
            if (expected is null || !header.StartsWith(prefix, StringComparison.Ordinal)
                || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[prefix.Length..].Trim()), expected))
            {
                context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
                return Results.Problem(
                    expected is null ? "writes are disabled: start the server with --token or DYAD_TOKEN" : "a valid bearer token is required",
                    statusCode: StatusCodes.Status401Unauthorized);
            }

            return await next(context);
        });
        return builder;
    }
}
