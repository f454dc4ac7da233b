namespace Dyad.Core;

/// <summary>A problem with one document that did not stop the run: which stage, a catalogued code and a message.</summary>
public sealed record DocumentError(string Stage, string Code, string Message);

/// <summary>
/// The catalogue of Dyad's error codes. Each code keeps its meaning forever; messages may improve.
/// Codes DY1xx are input problems, DY2xx pipeline problems, DY3xx extraction warnings.
/// </summary>
public static class DyadErrors
{
    public const string InvalidUtf8 = "DY101";
    public const string InvalidDate = "DY102";
    public const string BinaryInput = "DY103";
    public const string EmptyDocument = "DY104";
    public const string MalformedRecord = "DY105";
    public const string UnreadableFile = "DY106";
    public const string MalformedDictionaryLine = "DY107";

    public const string StageFailed = "DY201";
    public const string StageRequirementMissing = "DY202";
    public const string StageSkipped = "DY203";

    public const string UnbalancedQuote = "DY301";

    /// <summary>Whether a code is a warning (DY3xx): reported and stored, but the document still counts as coded.</summary>
    public static bool IsWarning(string code) => code is not null && code.StartsWith("DY3", StringComparison.Ordinal);
}

/// <summary>An error that stops an operation (not one document), with a catalogued code.</summary>
public sealed class DyadException : Exception
{
    public DyadException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public DyadException(string code, string message, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    public DyadException()
        : this(DyadErrors.StageFailed, "Dyad error")
    {
    }

    public DyadException(string message)
        : this(DyadErrors.StageFailed, message)
    {
    }

    public DyadException(string message, Exception innerException)
        : this(DyadErrors.StageFailed, message, innerException)
    {
    }

    public string Code { get; }
}
