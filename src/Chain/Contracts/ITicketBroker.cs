using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Contracts;

/// <summary>The TicketBroker calls a node makes (chain.md §2). Reverts surface as <see cref="ContractRevertException"/>.</summary>
public interface ITicketBroker
{
    Task<SenderInfo> GetSenderInfoAsync(EthAddress sender, CancellationToken cancellationToken = default);

    /// <summary>What <paramref name="claimant"/> already claimed from the sender's reserve this round.</summary>
    Task<BigInteger> GetClaimedReserveAsync(EthAddress reserveHolder, EthAddress claimant, CancellationToken cancellationToken = default);

    Task<bool> IsTicketUsedAsync(Hash32 ticketHash, CancellationToken cancellationToken = default);

    /// <summary>Sends redeemWinningTicket and waits for its receipt; returns the transaction hash.</summary>
    Task<RedemptionReceipt> RedeemWinningTicketAsync(WinningTicket winner, CancellationToken cancellationToken = default);
}
