using System.Numerics;
using Livepeer.Protocol.Crypto;
using Livepeer.Protocol.Payments;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Redemption;

/// <summary>
/// An orchestrator's durable queue of winning tickets (key: its ETH address, lower-case hex). Winners
/// are redeemed once their params expired, one transaction each, exactly once.
/// </summary>
[Alias("livepeer.IRedemptionQueueGrain")]
public interface IRedemptionQueueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Stores winners not seen before (by ticket hash) and returns how many were new. Interleaves with
    /// a redemption pass, so a receiver never waits on a transaction.
    /// </summary>
    [AlwaysInterleave, Alias("Enqueue")]
    Task<int> Enqueue(IReadOnlyList<WinningTicket> winners);

    /// <summary>Redeems the pending winners whose params expired at or before <paramref name="l1Block"/>.</summary>
    [Alias("OnNewBlock")]
    Task<RedemptionRun> OnNewBlock(long l1Block);

    [AlwaysInterleave, Alias("GetSnapshot")]
    Task<RedemptionQueueSnapshot> GetSnapshot();

    /// <summary>Σ face value of this sender's winners not yet redeemed or failed (the pending amount of the max float, §5.1).</summary>
    [AlwaysInterleave, Alias("GetPendingAmount")]
    Task<BigInteger> GetPendingAmount(EthAddress sender);
}
