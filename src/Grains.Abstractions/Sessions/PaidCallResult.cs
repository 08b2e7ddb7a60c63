using System.Numerics;
using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>The outcome of one pay-then-call.</summary>
/// <param name="Fee">the fee estimate the tickets were staged for</param>
/// <param name="ChargedUnits">units the orchestrator charged for (0 unless completed)</param>
/// <param name="Balance">the session's balance after settling</param>
/// <param name="Receipt">the orchestrator's payment receipt, when it answered</param>
/// <param name="Output">what the job produced, when it completed</param>
/// <param name="BadInput">the orchestrator refused the job's input itself (<see cref="WorkRejectedException.IsBadInput"/>): another orchestrator would refuse it too</param>
[GenerateSerializer, Immutable, Alias("livepeer.PaidCallResult")]
public sealed record PaidCallResult(
    [property: Id(0)] PaidCallStatus Status,
    [property: Id(1)] string? Error,
    [property: Id(2)] int TicketsSent,
    [property: Id(3)] BigRational Fee,
    [property: Id(4)] BigInteger ChargedUnits,
    [property: Id(5)] BigRational Balance,
    [property: Id(6)] PaymentReceipt? Receipt,
    [property: Id(7)] WorkOutput? Output = null,
    [property: Id(8)] bool BadInput = false);
