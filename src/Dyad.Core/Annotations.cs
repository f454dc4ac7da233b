namespace Dyad.Core;

/// <summary>The layers a stage can require from, or add to, a <see cref="Document"/>.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    Tokens = 1,
    Sentences = 2,
    Mentions = 4,
    Timex = 8,
    Quotes = 16,
    Events = 32,
}
