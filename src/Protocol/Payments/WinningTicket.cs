using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>A winning ticket with what redeemWinningTicket needs besides the ticket: its signature and recipientRand.</summary>
public sealed record WinningTicket(Ticket Ticket, byte[] Signature, Hash32 RecipientRand)
{
    public Ticket Ticket { get; init => field = value ?? throw new ArgumentNullException(nameof(Ticket)); } =
        Ticket ?? throw new ArgumentNullException(nameof(Ticket));

    public byte[] Signature { get; init => field = value ?? throw new ArgumentNullException(nameof(Signature)); } =
        Signature ?? throw new ArgumentNullException(nameof(Signature));
}
