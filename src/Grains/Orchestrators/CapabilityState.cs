using Livepeer.Grains.Abstractions.Orchestrators;

namespace Livepeer.Grains.Orchestrators;

[GenerateSerializer, Alias("livepeer.state.Capability")]
public sealed class CapabilityState
{
    [Id(0)] public uint Capability { get; set; }
    [Id(1)] public string? Model { get; set; }

    public static CapabilityState From(OrchestratorCapability capability) => new() { Capability = capability.Capability, Model = capability.Model };

    public OrchestratorCapability ToCapability() => new(Capability, Model);
}
