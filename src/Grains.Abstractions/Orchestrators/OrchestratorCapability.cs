namespace Livepeer.Grains.Abstractions.Orchestrators;

/// <summary>
/// A capability an orchestrator offers (pm-protocol.md §9.4 ids), optionally for one model, with the model's
/// constraint of gateway-api.md §3.7: whether it is loaded (warm) and how many requests it takes at once.
/// </summary>
[GenerateSerializer, Immutable, Alias("livepeer.OrchestratorCapability")]
public sealed record OrchestratorCapability(
    [property: Id(0)] uint Capability,
    [property: Id(1)] string? Model,
    [property: Id(2)] bool Warm = true,
    [property: Id(3)] uint Capacity = 1);
