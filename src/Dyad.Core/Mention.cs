namespace Dyad.Core;

public enum MentionKind : byte
{
    Country,
    Person,
    Organization,
    Location,
    Group,
}

/// <summary>
/// A mention of an actor, person, organization, place or group.
/// <see cref="Actor"/> is the CAMEO-style code (<c>JPNGOV</c>), <see cref="Country"/> the ISO 3166 alpha-3 code of its
/// state (or <c>IGO</c>), <see cref="Agent"/> the CAMEO agent code; each is null when unknown.
/// <see cref="RefersTo"/> is the index of the mention this one refers back to.
/// </summary>
public sealed record Mention(
    TextSpan Span,
    int Sentence,
    MentionKind Kind,
    string? Actor,
    string? Country,
    string? Agent,
    int? RefersTo,
    Evidence Evidence);
