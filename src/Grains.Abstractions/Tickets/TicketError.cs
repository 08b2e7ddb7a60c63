namespace Livepeer.Grains.Abstractions.Tickets;

/// <summary>Why one ticket of a payment was refused, with the spec's text and class (pm-protocol.md §3.5).</summary>
[GenerateSerializer, Immutable, Alias("livepeer.TicketError")]
public sealed record TicketError([property: Id(0)] uint SenderNonce, [property: Id(1)] string Error, [property: Id(2)] bool IsFatal);
