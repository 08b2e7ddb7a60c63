using System.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Abstractions.Chain;

/// <summary>
/// The node's view of chain time (pm-protocol.md §5.5): the latest L1 block, rounds, the block hash
/// new ticket params are anchored to, the active pool size and the gas price.
/// </summary>
/// <param name="LastL1Block">latest L1 block number seen (params expiry on both sides)</param>
/// <param name="CurrentRound">the RoundsManager's current round</param>
/// <param name="CurrentRoundInitialized">whether the current round has been initialized</param>
/// <param name="CurrentRoundStartBlock">first block of the current round</param>
/// <param name="LastInitializedRound">latest initialized round (creation round of new params, unlock checks)</param>
/// <param name="RoundBlockHash">L1 block hash recorded for <paramref name="LastInitializedRound"/>; zero on the Arbitrum quirk</param>
/// <param name="PreviousRoundBlockHash">hash of the round before, read only when <paramref name="RoundBlockHash"/> is zero (§3.1 step 5)</param>
/// <param name="PoolSize">size of the active transcoder pool</param>
/// <param name="GasPrice">current gas price in wei (0 when unknown)</param>
/// <param name="ObservedAt">when the watcher read these values</param>
[GenerateSerializer, Immutable, Alias("livepeer.ChainTime")]
public sealed record ChainTime(
    [property: Id(0)] long LastL1Block,
    [property: Id(1)] long CurrentRound,
    [property: Id(2)] bool CurrentRoundInitialized,
    [property: Id(3)] long CurrentRoundStartBlock,
    [property: Id(4)] long LastInitializedRound,
    [property: Id(5)] Hash32 RoundBlockHash,
    [property: Id(6)] Hash32 PreviousRoundBlockHash,
    [property: Id(7)] int PoolSize,
    [property: Id(8)] BigInteger GasPrice,
    [property: Id(9)] DateTimeOffset ObservedAt)
{
    /// <summary>Nothing read from the chain yet.</summary>
    public static readonly ChainTime Unknown = new(0, 0, false, 0, 0, Hash32.Zero, Hash32.Zero, 0, BigInteger.Zero, DateTimeOffset.MinValue);

    public bool IsKnown => LastL1Block > 0;
}
