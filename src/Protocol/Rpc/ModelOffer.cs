namespace Livepeer.Protocol.Rpc;

/// <summary>One model an orchestrator lists under a capability (Capabilities.constraints): loaded or not, and how many requests it takes at once.</summary>
public sealed record ModelOffer(string Model, bool Warm, uint Capacity);
