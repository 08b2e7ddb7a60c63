namespace Livepeer.Gateway.Api.Admin;

/// <summary>One orchestrator this cluster runs.</summary>
/// <param name="Address">EIP-55</param>
/// <param name="ServiceUri">public service URI; empty when reached only in-cluster</param>
/// <param name="Active">listed in the directory and not suspended for failures</param>
public sealed record OrchestratorSummary(string Address, string ServiceUri, bool Active, PriceSummary Prices);
