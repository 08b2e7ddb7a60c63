namespace Livepeer.Silo.Options;

/// <summary>The orchestrator this node runs (section <c>Orchestrator</c>): its identity and where remote gateways reach it.</summary>
public sealed class OrchestratorOptions
{
    public const string SectionName = "Orchestrator";

    /// <summary>The dev chain's deterministic account #2 (ganache's default mnemonic), so local runs need no key.</summary>
    public const string LocalDefaultAddress = "0x22d491Bde2303f2f43325b2108D26f1eAbA1e32b";

    /// <summary>The orchestrator's ETH address (ticket recipient): 40 hex digits, EIP-55 checksummed or all one case.</summary>
    public string Address { get; set; } = LocalDefaultAddress;

    /// <summary>The public http(s) service URI remote gateways use; empty for an orchestrator reached only in-cluster.</summary>
    public string ServiceUri { get; set; } = "";

    /// <summary>
    /// Whether this node plays the orchestrator role: lists its orchestrator in the directories at start. A gateway-only
    /// deployment turns it off so it buys only from the orchestrators it discovers.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
