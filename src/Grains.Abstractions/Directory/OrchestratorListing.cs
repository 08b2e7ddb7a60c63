using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>An orchestrator a gateway may use: its address, how to reach it, what it offers and at what price.</summary>
/// <param name="ServiceUri">service URI for remote orchestrators; may be empty for in-cluster ones</param>
/// <param name="InCluster">run by this cluster (reached through grains, not HTTP)</param>
/// <param name="Prices">its prices for every sender: the base price and capability/model entries (before auto-adjust)</param>
[GenerateSerializer, Immutable, Alias("livepeer.OrchestratorListing")]
public sealed record OrchestratorListing(
    [property: Id(0)] EthAddress Orchestrator,
    [property: Id(1)] string ServiceUri,
    [property: Id(2)] bool InCluster,
    [property: Id(3)] IReadOnlyList<OrchestratorCapability> Capabilities,
    [property: Id(4)] IReadOnlyList<PriceEntry> Prices);
