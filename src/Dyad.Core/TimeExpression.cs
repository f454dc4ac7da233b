namespace Dyad.Core;

public enum TimexType : byte
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>A time expression with its TIMEX3 type and value (<c>2017-07-17</c>, <c>197X</c>, <c>P5W</c>, <c>PRESENT_REF</c>).</summary>
public sealed record TimeExpression(TextSpan Span, int Sentence, TimexType Type, string Value, Evidence Evidence);
