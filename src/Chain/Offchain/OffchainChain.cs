using System.Numerics;
using System.Runtime.CompilerServices;
using Livepeer.Chain.Contracts;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Chain.Offchain;

/// <summary>
/// The chain of a node started with <c>--network offchain</c>: there is none, so every member throws an
/// <see cref="OffchainModeException"/> naming itself. Anything that needs the chain fails loudly instead
/// of working against made-up values.
/// </summary>
public sealed class OffchainChain : ILivepeerChain
{
    public long ChainId => throw Unavailable();

    public Task<SenderInfo> GetSenderInfoAsync(EthAddress sender, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<BigInteger> GetClaimedReserveAsync(EthAddress reserveHolder, EthAddress claimant, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<bool> IsTicketUsedAsync(Hash32 ticketHash, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<RedemptionReceipt> RedeemWinningTicketAsync(WinningTicket winner, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<RoundState> GetRoundStateAsync(CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<Hash32> GetBlockHashForRoundAsync(long round, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task InitializeRoundAsync(CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<bool> IsActiveTranscoderAsync(EthAddress transcoder, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<int> GetTranscoderPoolSizeAsync(CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<BigInteger> GetTranscoderTotalStakeAsync(EthAddress transcoder, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<IReadOnlyList<EthAddress>> GetTranscoderPoolAsync(CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<string> GetServiceUriAsync(EthAddress orchestrator, CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<long> GetL1BlockNumberAsync(CancellationToken cancellationToken = default) => throw Unavailable();

    public Task<BigInteger> GetGasPriceAsync(CancellationToken cancellationToken = default) => throw Unavailable();

    private static OffchainModeException Unavailable([CallerMemberName] string member = "") => new($"{nameof(ILivepeerChain)}.{member}");
}
