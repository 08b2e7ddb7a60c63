namespace Livepeer.Gateway.Api.Admin;

/// <summary>Body of <c>GET /admin/orchestrators/{address}/redemptions</c>: the orchestrator's winning tickets by outcome.</summary>
/// <param name="Orchestrator">EIP-55</param>
/// <param name="Pending">winners waiting for their params to expire, for cheaper gas or for the chain (sending ones included)</param>
/// <param name="PendingFaceValue">Σ face value of the pending winners, in wei</param>
/// <param name="Tickets">every winner the queue holds: the open ones and its recent history, oldest first within each outcome</param>
public sealed record RedemptionQueueResponse(
    string Orchestrator,
    int Pending,
    int Redeemed,
    int Failed,
    string PendingFaceValue,
    IReadOnlyList<RedemptionTicketSummary> Tickets);
