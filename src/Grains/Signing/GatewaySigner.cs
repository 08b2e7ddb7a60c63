using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Signing;

/// <summary><see cref="ITicketSigner"/> holding the gateway's key in memory (loaded from a keystore by the host).</summary>
public sealed class GatewaySigner(EthKey key) : ITicketSigner
{
    private readonly EthKey _key = key ?? throw new ArgumentNullException(nameof(key));

    public EthAddress Address => _key.Address;

    public TicketBatch SignTickets(TicketParams ticketParams, TicketExpirationParams expirationParams, uint firstNonce, int count) =>
        TicketBatch.Sign(ticketParams, expirationParams, _key, firstNonce, count);

    public byte[] SignMessage(ReadOnlySpan<byte> message) => _key.SignHashed(message);
}
