using System.Numerics;

namespace Livepeer.Chain.Contracts.Abi;

/// <summary>
/// getTranscoder's 10 words (chain.md §4). Cuts and shares are parts per million. DeactivationRound is a
/// uint256 because an active transcoder's is 2^256−1 ("never") on mainnet.
/// </summary>
public sealed record TranscoderInfo(
    long LastRewardRound,
    long RewardCut,
    long FeeShare,
    long LastActiveStakeUpdateRound,
    long ActivationRound,
    BigInteger DeactivationRound,
    BigInteger ActiveCumulativeRewards,
    BigInteger CumulativeRewards,
    BigInteger CumulativeFees,
    long LastFeeRound)
{
    /// <summary>Active in <paramref name="round"/>: activationRound ≤ round &lt; deactivationRound.</summary>
    public bool IsActiveIn(long round) => ActivationRound <= round && round < DeactivationRound;
}
