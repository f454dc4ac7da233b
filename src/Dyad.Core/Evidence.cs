namespace Dyad.Core;

/// <summary>Why an item was extracted: the versioned stage that produced it and the rule, pattern or dictionary entry that fired.</summary>
public readonly record struct Evidence(string Stage, string Rule);
