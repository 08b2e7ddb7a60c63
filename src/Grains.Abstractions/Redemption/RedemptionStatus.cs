namespace Livepeer.Grains.Abstractions.Redemption;

[GenerateSerializer, Alias("livepeer.RedemptionStatus")]
public enum RedemptionStatus
{
    /// <summary>Waiting for its params to expire, for gas to get cheaper, or for the chain to answer.</summary>
    Pending,

    /// <summary>A redeem transaction was being sent; after a restart, the chain decides whether it went through.</summary>
    Sending,

    /// <summary>Paid out on chain.</summary>
    Redeemed,

    /// <summary>Refused for good (e.g. already used, expired); never retried.</summary>
    Failed,
}
