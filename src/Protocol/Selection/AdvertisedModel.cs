namespace Livepeer.Protocol.Selection;

/// <summary>One model an orchestrator lists under a capability (Capabilities.constraints, gateway-api.md §3.7).</summary>
public sealed record AdvertisedModel(bool Warm, uint Capacity, uint CapacityInUse = 0);
