namespace Livepeer.Gateway.Api.Admin;

/// <summary>One winning ticket in an orchestrator's redemption queue. Wei and block numbers are decimal strings.</summary>
/// <param name="Status">pending, sending (a transaction may be out), redeemed or failed</param>
/// <param name="LastError">why it still waits, or why it failed for good</param>
/// <param name="TransactionHash">the redemption transaction; null when none is known</param>
public sealed record RedemptionTicketSummary(
    string TicketHash,
    string Sender,
    string FaceValue,
    long SenderNonce,
    string ParamsExpirationBlock,
    long CreationRound,
    string Status,
    int Attempts,
    string? LastError,
    string? TransactionHash,
    string AmountPaid);
