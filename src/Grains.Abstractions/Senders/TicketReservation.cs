using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Senders;

/// <summary>
/// Nonces reserved for signing <see cref="Count"/> tickets against one set of params: FirstNonce,
/// FirstNonce + 1, … under <see cref="ExpirationParams"/>. When <see cref="Error"/> is set the params
/// failed the sender's checks (pm-protocol.md §4, with its texts) and nothing was reserved.
/// </summary>
[GenerateSerializer, Immutable, Alias("livepeer.TicketReservation")]
public sealed record TicketReservation(
    [property: Id(0)] string? Error,
    [property: Id(1)] uint FirstNonce,
    [property: Id(2)] int Count,
    [property: Id(3)] TicketExpirationParams? ExpirationParams)
{
    public bool Succeeded => Error is null;

    public static TicketReservation Refused(string error) => new(error, 0, 0, null);
}
