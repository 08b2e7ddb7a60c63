namespace Livepeer.Chain.Offchain;

/// <summary>A chain call was made by a node running with <c>--network offchain</c>, which has no chain.</summary>
public sealed class OffchainModeException : InvalidOperationException
{
    public OffchainModeException(string member)
        : base($"{member} is not available with --network offchain: this node runs without a chain (no deposits, rounds, tickets or redemptions)")
    {
        Member = member;
    }

    /// <summary>The <see cref="Contracts.ILivepeerChain"/> member that was called.</summary>
    public string Member { get; }
}
