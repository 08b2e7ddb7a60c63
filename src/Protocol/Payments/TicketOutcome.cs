namespace Livepeer.Protocol.Payments;

/// <summary>
/// What became of one ticket of a batch. <see cref="Accepted"/>: it passed every check;
/// <see cref="Credited"/>: it was accepted and no earlier ticket of the batch failed (the first
/// error is sticky); <see cref="Won"/>: it is a winner, reported even when a later check failed.
/// </summary>
public readonly record struct TicketOutcome(uint SenderNonce, bool Accepted, bool Credited, bool Won, string? Error, bool IsFatal);
