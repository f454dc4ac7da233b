namespace Dyad.Web;

/// <summary>How the server listens and who may write.</summary>
public sealed record DyadWebOptions
{
    /// <summary>Listen addresses; loopback unless told otherwise.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>The bearer token that write endpoints require; null disables writes.</summary>
    public string? Token { get; init; }

    /// <summary>The largest request body accepted (413 beyond it).</summary>
    public long MaxRequestBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>The folder of the built page (wwwroot beside the binaries by default).</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
