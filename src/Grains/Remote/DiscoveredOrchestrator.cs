using Livepeer.Grains.Abstractions.Directory;

namespace Livepeer.Grains.Remote;

/// <summary>An orchestrator a discovery round reached: the service URI it was found at and the listing built from its OrchestratorInfo.</summary>
public sealed record DiscoveredOrchestrator(Uri ServiceUri, OrchestratorListing Listing, TimeSpan Latency);
