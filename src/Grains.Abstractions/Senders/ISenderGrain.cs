using Livepeer.Protocol.Tickets;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Senders;

/// <summary>
/// A gateway's ticket-sender account (key: the gateway's ETH address, lower-case hex): its deposit and
/// reserve view, the sender-side params checks and nonce reservation per recipientRandHash.
/// Tickets are signed by the caller with the shared gateway signer, not here.
/// </summary>
[Alias("livepeer.ISenderGrain")]
public interface ISenderGrain : IGrainWithStringKey
{
    /// <summary>The funds view; null before the chain was read for this sender.</summary>
    [ReadOnly, Alias("GetAccount")]
    Task<SenderAccount?> GetAccount();

    /// <summary>Reads deposit, reserve and withdraw round from the chain now.</summary>
    [Alias("Refresh")]
    Task<SenderAccount> Refresh();

    /// <summary>
    /// Checks <paramref name="ticketParams"/> for <paramref name="count"/> tickets (sender rules, in the
    /// spec's order) and reserves that many consecutive nonces for its recipientRandHash; the first
    /// ticket of fresh params gets nonce 1. The reservation is stored before it is returned.
    /// </summary>
    [Alias("ReserveTickets")]
    Task<TicketReservation> ReserveTickets(TicketParams ticketParams, int count);
}
