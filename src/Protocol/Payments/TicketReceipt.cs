using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// The result of receiving a ticket batch (pm-protocol.md §3.6). <see cref="Error"/> is the first
/// error (fatal or not); any error makes the payment request fail, but <see cref="Credit"/> for the
/// tickets before a non-fatal error is still owed to the sender, and every winner must be queued for
/// redemption. After a fatal error no further ticket was looked at.
/// </summary>
public sealed class TicketReceipt
{
    private static readonly WinningTicket[] NoWinners = [];

    internal TicketReceipt(
        TicketOutcome[] outcomes,
        int creditedCount,
        BigRational expectedValuePerTicket,
        IReadOnlyList<WinningTicket>? winners,
        string? error,
        bool isFatal,
        Hash32 recipientRand)
    {
        Outcomes = outcomes;
        CreditedCount = creditedCount;
        ExpectedValuePerTicket = expectedValuePerTicket;
        // EV is already in lowest terms; multiplying by 1 would only redo its GCD (one-ticket payments are common).
        Credit = creditedCount switch
        {
            0 => BigRational.Zero,
            1 => expectedValuePerTicket,
            _ => expectedValuePerTicket * new BigRational(creditedCount),
        };
        Winners = winners ?? NoWinners;
        Error = error;
        IsFatal = isFatal;
        RecipientRand = recipientRand;
    }

    /// <summary>One entry per ticket looked at, in batch order (only the first after a fatal error).</summary>
    public IReadOnlyList<TicketOutcome> Outcomes { get; }

    public int CreditedCount { get; }

    public BigRational ExpectedValuePerTicket { get; }

    /// <summary>Σ EV of the credited tickets, exact.</summary>
    public BigRational Credit { get; }

    public IReadOnlyList<WinningTicket> Winners { get; }

    public string? Error { get; }

    public bool IsFatal { get; }

    public bool Succeeded => Error is null;

    /// <summary>The batch's recipientRand as the recipient derived it.</summary>
    public Hash32 RecipientRand { get; }
}
