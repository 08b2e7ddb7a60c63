namespace Livepeer.Grains.Redemption;

[GenerateSerializer, Alias("livepeer.state.RedemptionQueue")]
public sealed class RedemptionQueueState
{
    /// <summary>Winners in arrival order: open ones, then a bounded history of redeemed and failed ones.</summary>
    [Id(0)] public List<RedemptionEntryState> Entries { get; set; } = [];

    /// <summary>Whether the round grain lists this queue as waiting for blocks.</summary>
    [Id(1)] public bool Registered { get; set; }
}
