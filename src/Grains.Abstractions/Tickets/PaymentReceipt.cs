using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Tickets;

/// <summary>
/// The orchestrator's answer to one payment (pm-protocol.md §3.6). <see cref="Error"/> is the first
/// error; any error fails the request (HTTP 400), yet <see cref="Credited"/> for tickets before a
/// non-fatal error stays on the balance and every winner was queued for redemption.
/// </summary>
/// <param name="Credited">Σ EV of the credited tickets, exact</param>
/// <param name="Balance">the session's balance after crediting</param>
/// <param name="TicketCount">tickets in the payment</param>
/// <param name="CreditedCount">tickets credited</param>
/// <param name="WinnerCount">winning tickets queued for redemption (including ones that also failed a later check)</param>
/// <param name="FixedPrice">the session's fixed price (§3.4); null while the session has none</param>
[GenerateSerializer, Immutable, Alias("livepeer.PaymentReceipt")]
public sealed record PaymentReceipt(
    [property: Id(0)] BigRational Credited,
    [property: Id(1)] BigRational Balance,
    [property: Id(2)] int TicketCount,
    [property: Id(3)] int CreditedCount,
    [property: Id(4)] int WinnerCount,
    [property: Id(5)] string? Error,
    [property: Id(6)] bool IsFatal,
    [property: Id(7)] IReadOnlyList<TicketError> TicketErrors,
    [property: Id(8)] BigRational? FixedPrice)
{
    public bool Succeeded => Error is null;
}
