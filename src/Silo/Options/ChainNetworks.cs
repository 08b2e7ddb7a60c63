namespace Livepeer.Silo.Options;

/// <summary>The values <c>Chain:Network</c> accepts (design.md §6, docs/networks.md).</summary>
public static class ChainNetworks
{
    /// <summary>No chain: no tickets, deposits or rounds (go-livepeer's off-chain mode).</summary>
    public const string Offchain = "offchain";

    /// <summary>The local dev chain (ganache) with the project's contract doubles.</summary>
    public const string Dev = "dev";

    /// <summary>The real Livepeer contracts on Arbitrum One.</summary>
    public const string ArbitrumOne = "arbitrum-one";

    public static IReadOnlyList<string> All { get; } = [Offchain, Dev, ArbitrumOne];
}
