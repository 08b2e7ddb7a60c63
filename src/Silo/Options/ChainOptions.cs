namespace Livepeer.Silo.Options;

/// <summary>Which Ethereum network the node works against (section <c>Chain</c>).</summary>
public sealed class ChainOptions
{
    public const string SectionName = "Chain";

    /// <summary><c>offchain</c> (the default for now), <c>dev</c> or <c>arbitrum-one</c>.</summary>
    public string Network { get; set; } = ChainNetworks.Offchain;
}
