using Livepeer.Grains.Abstractions.Orchestrators;
using Livepeer.Grains.Persistence;

namespace Livepeer.Grains.Orchestrators;

[GenerateSerializer, Alias("livepeer.state.OrchestratorSettings")]
public sealed class OrchestratorSettingsState
{
    [Id(0)] public string ServiceUri { get; set; } = "";
    [Id(1)] public string TicketEV { get; set; } = "0";
    [Id(2)] public string MaxFaceValue { get; set; } = "0";
    [Id(3)] public List<CapabilityState> Capabilities { get; set; } = [];

    public static OrchestratorSettingsState From(OrchestratorSettings s) => new()
    {
        ServiceUri = s.ServiceUri,
        TicketEV = StateText.Of(s.TicketEV),
        MaxFaceValue = StateText.Of(s.MaxFaceValue),
        Capabilities = [.. s.Capabilities.Select(CapabilityState.From)],
    };

    public OrchestratorSettings ToSettings() =>
        new(ServiceUri, StateText.BigInt(TicketEV), StateText.BigInt(MaxFaceValue), [.. Capabilities.Select(c => c.ToCapability())]);
}
