using System.Numerics;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>getTranscoder's 10 words (chain.md §4). Cuts and shares are parts per million.</summary>
public sealed record TranscoderInfo(
    long LastRewardRound,
    long RewardCut,
    long FeeShare,
    long LastActiveStakeUpdateRound,
    long ActivationRound,
    long DeactivationRound,
    BigInteger ActiveCumulativeRewards,
    BigInteger CumulativeRewards,
    BigInteger CumulativeFees,
    long LastFeeRound)
{
    /// <summary>Active in <paramref name="round"/>: activationRound ≤ round &lt; deactivationRound.</summary>
    public bool IsActiveIn(long round) => ActivationRound <= round && round < DeactivationRound;
}
