namespace Dyad.Cli.Commands;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Every document was coded without problems.</summary>
    public const int Ok = 0;

    /// <summary>Some documents had errors (listed on stderr); the others were coded.</summary>
    public const int DocumentErrors = 1;

    /// <summary>A usage or I/O error.</summary>
    public const int UsageOrIo = 2;
}
