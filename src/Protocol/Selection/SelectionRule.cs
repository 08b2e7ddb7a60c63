namespace Livepeer.Protocol.Selection;

/// <summary>How one orchestrator is picked from the eligible ones (gateway-api.md §4.3–§4.5).</summary>
public enum SelectionRule
{
    /// <summary>Weighted random draw over stake, price and a uniform share (on-chain transcoding and batch AI).</summary>
    Probability,

    /// <summary>The fastest discovery round trip (off-chain transcoding; live AI in every mode).</summary>
    LowestDiscoveryLatency,

    /// <summary>The lowest last latency score, untried (0) first, then discovery latency (off-chain batch AI).</summary>
    LowestLatencyScore,
}
