using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Signing;

/// <summary>
/// The gateway's ticket signer, shared by every session on a silo. Signing is CPU work done in the
/// calling session's turn, so no grain that many sessions share ever waits on it.
/// </summary>
public interface ITicketSigner
{
    /// <summary>The gateway's ETH address: the sender of every ticket it signs.</summary>
    EthAddress Address { get; }

    /// <summary>Signs <paramref name="count"/> tickets with nonces <paramref name="firstNonce"/>, firstNonce + 1, …</summary>
    TicketBatch SignTickets(TicketParams ticketParams, TicketExpirationParams expirationParams, uint firstNonce, int count);

    /// <summary>go-livepeer Broadcaster.Sign: personal_sign over keccak(<paramref name="message"/>) (segment credentials, GetOrchestrator requests).</summary>
    byte[] SignMessage(ReadOnlySpan<byte> message);
}
