using Livepeer.Protocol.Tickets;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Senders;

/// <summary>
/// A gateway's ticket-sender account (key: the gateway's ETH address, lower-case hex): its deposit and
/// reserve view, the sender-side params checks and nonce reservation from its one nonce sequence.
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
    /// spec's order) and reserves that many consecutive nonces. Nonces come from one sequence for every set of
    /// params (unique across all of them, so params used again after a crash get none twice), stored a block ahead
    /// of use: a reservation is durable when it is returned without waiting on a write of its own.
    /// </summary>
    [Alias("ReserveTickets")]
    Task<TicketReservation> ReserveTickets(TicketParams ticketParams, int count);
}
