namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>A capability an orchestrator offers (pm-protocol.md §9.4 ids), optionally for one model.</summary>
[GenerateSerializer, Immutable, Alias("livepeer.OrchestratorCapability")]
public sealed record OrchestratorCapability([property: Id(0)] uint Capability, [property: Id(1)] string? Model);
