namespace Livepeer.Grains.Abstractions.Redemption;

/// <summary>What one pass over the queue at a new block did.</summary>
/// <param name="Waiting">winners left pending (params not expired, gas too dear, chain unavailable)</param>
/// <param name="ChainUnavailable">the pass stopped early because the chain did not answer</param>
[GenerateSerializer, Immutable, Alias("livepeer.RedemptionRun")]
public sealed record RedemptionRun(
    [property: Id(0)] int Redeemed,
    [property: Id(1)] int Failed,
    [property: Id(2)] int Waiting,
    [property: Id(3)] bool ChainUnavailable);
