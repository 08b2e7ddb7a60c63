using Livepeer.Grains.Abstractions.Tickets;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Grains.Abstractions.Sessions;

/// <summary>
/// An orchestrator's answer to the payment of one request: the receipt, and the first reason to refuse
/// the request (a ticket error, or <see cref="OrchestratorRequestProcessor.InsufficientBalance"/>).
/// </summary>
/// <param name="Price">the session's fixed price per unit, which the work will be debited at (0 when free)</param>
public sealed record PaymentAcceptance(PaymentReceipt Receipt, string? Error, BigRational Price)
{
    public bool Accepted => Error is null;
}
