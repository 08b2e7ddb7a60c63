using Livepeer.Grains.Abstractions.Chain;
using Livepeer.Grains.Persistence;

namespace Livepeer.Grains.Chain;

[GenerateSerializer, Alias("livepeer.state.Round")]
public sealed class RoundGrainState
{
    [Id(0)] public long LastL1Block { get; set; }
    [Id(1)] public long CurrentRound { get; set; }
    [Id(2)] public bool CurrentRoundInitialized { get; set; }
    [Id(3)] public long CurrentRoundStartBlock { get; set; }
    [Id(4)] public long LastInitializedRound { get; set; }
    [Id(5)] public string RoundBlockHash { get; set; } = "";
    [Id(6)] public string PreviousRoundBlockHash { get; set; } = "";
    [Id(7)] public int PoolSize { get; set; }
    [Id(8)] public string GasPrice { get; set; } = "0";
    [Id(9)] public DateTimeOffset ObservedAt { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Orchestrators (lower-case hex) whose redemption queues wait for new blocks.</summary>
    [Id(10)] public List<string> RedemptionQueues { get; set; } = [];

    public ChainTime ToChainTime() => LastL1Block == 0
        ? ChainTime.Unknown
        : new ChainTime(
            LastL1Block, CurrentRound, CurrentRoundInitialized, CurrentRoundStartBlock, LastInitializedRound,
            StateText.Hash(RoundBlockHash), StateText.Hash(PreviousRoundBlockHash), PoolSize, StateText.BigInt(GasPrice), ObservedAt);

    public void Set(ChainTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        LastL1Block = time.LastL1Block;
        CurrentRound = time.CurrentRound;
        CurrentRoundInitialized = time.CurrentRoundInitialized;
        CurrentRoundStartBlock = time.CurrentRoundStartBlock;
        LastInitializedRound = time.LastInitializedRound;
        RoundBlockHash = StateText.Of(time.RoundBlockHash);
        PreviousRoundBlockHash = StateText.Of(time.PreviousRoundBlockHash);
        PoolSize = time.PoolSize;
        GasPrice = StateText.Of(time.GasPrice);
        ObservedAt = time.ObservedAt;
    }
}
