namespace Livepeer.Protocol.Pricing;

/// <summary>Which side counts the units: they differ only in defaults (gateway-api.md §3.5).</summary>
public enum AiPricingSide
{
    /// <summary>The gateway, budgeting what to pay.</summary>
    Gateway,

    /// <summary>The orchestrator, debiting what it charges.</summary>
    Orchestrator,
}
