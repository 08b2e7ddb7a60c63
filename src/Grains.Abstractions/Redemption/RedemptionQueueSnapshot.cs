namespace Livepeer.Grains.Abstractions.Redemption;

/// <summary>A redemption queue's winners by outcome, oldest first.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.RedemptionQueueSnapshot")]
public sealed record RedemptionQueueSnapshot(
    [property: Id(0)] IReadOnlyList<QueuedWinner> Pending,
    [property: Id(1)] IReadOnlyList<QueuedWinner> Redeemed,
    [property: Id(2)] IReadOnlyList<QueuedWinner> Failed);
