using System.Numerics;
using Livepeer.Chain.Contracts;
using Livepeer.Chain.InMemory;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>
/// The in-memory chain as the silo sees it, plus what a real node can show and the in-memory chain
/// does not: a redemption that is mined while its answer never reaches the caller, and Arbitrum's
/// zero block hash for the last initialized round.
/// </summary>
public sealed class TestChain(InMemoryChain chain) : ILivepeerChain
{
    private int _loseRedeemAnswers;
    private int _initializeRoundCalls;

    public InMemoryChain Chain { get; } = chain;

    /// <summary>While true the round state reports an all-zero block hash for the last initialized round (pm-protocol.md §3.1 step 5).</summary>
    public bool ZeroRoundBlockHash { get; set; }

    public long ChainId => Chain.ChainId;

    /// <summary>The next <paramref name="count"/> redemptions are mined, then reported as "chain unavailable".</summary>
    public void LoseRedeemAnswers(int count) => Volatile.Write(ref _loseRedeemAnswers, count);

    public async Task<RedemptionReceipt> RedeemWinningTicketAsync(WinningTicket winner, CancellationToken cancellationToken = default)
    {
        var receipt = await Chain.RedeemWinningTicketAsync(winner, cancellationToken);
        if (Interlocked.Decrement(ref _loseRedeemAnswers) >= 0)
        {
            throw new ChainUnavailableException("connection reset while waiting for the transaction receipt");
        }
        Interlocked.Exchange(ref _loseRedeemAnswers, 0);
        return receipt;
    }

    public Task<SenderInfo> GetSenderInfoAsync(EthAddress sender, CancellationToken cancellationToken = default) => Chain.GetSenderInfoAsync(sender, cancellationToken);

    public Task<BigInteger> GetClaimedReserveAsync(EthAddress reserveHolder, EthAddress claimant, CancellationToken cancellationToken = default) =>
        Chain.GetClaimedReserveAsync(reserveHolder, claimant, cancellationToken);

    public Task<bool> IsTicketUsedAsync(Hash32 ticketHash, CancellationToken cancellationToken = default) => Chain.IsTicketUsedAsync(ticketHash, cancellationToken);

    public async Task<RoundState> GetRoundStateAsync(CancellationToken cancellationToken = default)
    {
        var state = await Chain.GetRoundStateAsync(cancellationToken);
        return ZeroRoundBlockHash ? state with { LastInitializedRoundBlockHash = Hash32.Zero } : state;
    }

    public Task<Hash32> GetBlockHashForRoundAsync(long round, CancellationToken cancellationToken = default) => Chain.GetBlockHashForRoundAsync(round, cancellationToken);

    /// <summary>initializeRound transactions the node sent (refused ones included).</summary>
    public int InitializeRoundCalls => Volatile.Read(ref _initializeRoundCalls);

    /// <summary>While set, initializeRound transactions wait for it (a transaction still being mined).</summary>
    public Task? InitializeRoundMined { get; set; }

    public async Task InitializeRoundAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _initializeRoundCalls);
        if (InitializeRoundMined is { } mined)
        {
            await mined.WaitAsync(cancellationToken);
        }
        await Chain.InitializeRoundAsync(cancellationToken);
    }

    public Task<bool> IsActiveTranscoderAsync(EthAddress transcoder, CancellationToken cancellationToken = default) => Chain.IsActiveTranscoderAsync(transcoder, cancellationToken);

    public Task<int> GetTranscoderPoolSizeAsync(CancellationToken cancellationToken = default) => Chain.GetTranscoderPoolSizeAsync(cancellationToken);

    public Task<BigInteger> GetTranscoderTotalStakeAsync(EthAddress transcoder, CancellationToken cancellationToken = default) =>
        Chain.GetTranscoderTotalStakeAsync(transcoder, cancellationToken);

    public Task<IReadOnlyList<EthAddress>> GetTranscoderPoolAsync(CancellationToken cancellationToken = default) => Chain.GetTranscoderPoolAsync(cancellationToken);

    public Task<string> GetServiceUriAsync(EthAddress orchestrator, CancellationToken cancellationToken = default) => Chain.GetServiceUriAsync(orchestrator, cancellationToken);

    public Task<long> GetL1BlockNumberAsync(CancellationToken cancellationToken = default) => Chain.GetL1BlockNumberAsync(cancellationToken);

    public Task<BigInteger> GetGasPriceAsync(CancellationToken cancellationToken = default) => Chain.GetGasPriceAsync(cancellationToken);
}
