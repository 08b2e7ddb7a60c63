using Livepeer.Protocol.Crypto;
using Orleans.Concurrency;

namespace Livepeer.Grains.Abstractions.Chain;

/// <summary>
/// Chain time for one chain (key: chain id). Fed by the chain watcher; everyone else only reads it.
/// Also remembers which redemption queues wait for new blocks, so the watcher can wake them after a
/// restart.
/// </summary>
[Alias("livepeer.IRoundGrain")]
public interface IRoundGrain : IGrainWithIntegerKey
{
    /// <summary>The latest view; <see cref="ChainTime.Unknown"/> until the chain was read once.</summary>
    [ReadOnly, Alias("Get")]
    Task<ChainTime> Get();

    /// <summary>Stores a newer view; an older one (lower L1 block) is ignored. Returns the view now held.</summary>
    [Alias("Update")]
    Task<ChainTime> Update(ChainTime time);

    /// <summary>Reads the chain now (instead of waiting for the watcher) and stores the result.</summary>
    [Alias("Refresh")]
    Task<ChainTime> Refresh();

    /// <summary>
    /// Initializes <paramref name="round"/> on the chain unless it already is: the one place a node sends
    /// initializeRound, so that the chain watchers of several silos send it once between them (this grain has one
    /// activation; calls that arrive while the transaction is in flight share it). Interleaves, so readers of
    /// <see cref="Get"/> never wait for a transaction to be mined. True when the round is initialized now, by us or
    /// by someone faster; false when the chain refused (the reason is logged); a chain that does not answer throws.
    /// The caller stores the new chain time with <see cref="Update"/>.
    /// </summary>
    [AlwaysInterleave, Alias("InitializeRound")]
    Task<bool> InitializeRound(long round);

    [Alias("RegisterRedemptionQueue")]
    Task RegisterRedemptionQueue(EthAddress orchestrator);

    [Alias("UnregisterRedemptionQueue")]
    Task UnregisterRedemptionQueue(EthAddress orchestrator);

    /// <summary>Orchestrators whose redemption queues hold winners not yet redeemed.</summary>
    [ReadOnly, Alias("GetRedemptionQueues")]
    Task<IReadOnlyList<EthAddress>> GetRedemptionQueues();
}
