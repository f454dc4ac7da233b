namespace Dyad.Core;

/// <summary>One side of an event: the text naming the actor, its mention and its codes.</summary>
public sealed record EventActor(TextSpan Span, int? Mention, string? Actor, string? Country, string? Agent);

/// <summary>Where an event happened.</summary>
public sealed record EventLocation(TextSpan Span, string? Country);

public enum DateSource : byte
{
    Timex,
    Publication,
}

/// <summary>A coded event: who did what to whom, when and where, with the verb and pattern that produced it.</summary>
public sealed record Event(
    int Sentence,
    EventActor Source,
    EventActor Target,
    string Cameo,
    string? Plover,
    double Goldstein,
    int QuadClass,
    string? Date,
    DateSource DateSource,
    EventLocation? Location,
    bool Negated,
    bool Hypothetical,
    TextSpan Verb,
    Evidence Evidence)
{
    public string CameoRoot => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
}
