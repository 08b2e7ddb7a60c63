using Livepeer.Grains.Abstractions.Orchestrators;

namespace Livepeer.Grains.Orchestrators;

[GenerateSerializer, Alias("livepeer.state.Capability")]
public sealed class CapabilityState
{
    [Id(0)] public uint Capability { get; set; }
    [Id(1)] public string? Model { get; set; }
    // State stored before models had constraints reads as one warm slot.
    [Id(2)] public bool Warm { get; set; } = true;
    [Id(3)] public uint Capacity { get; set; } = 1;

    public static CapabilityState From(OrchestratorCapability capability) =>
        new() { Capability = capability.Capability, Model = capability.Model, Warm = capability.Warm, Capacity = capability.Capacity };

    public OrchestratorCapability ToCapability() => new(Capability, Model, Warm, Capacity);
}
