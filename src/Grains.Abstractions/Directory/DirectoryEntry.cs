using System.Numerics;

namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>A known orchestrator with what the gateways have observed of it.</summary>
/// <param name="Static">listed in configuration rather than registered at run time</param>
/// <param name="Stake">bonded stake in wei when registered (selection weight)</param>
/// <param name="LatencyMs">smoothed round-trip latency of successful calls, in milliseconds; null before the first</param>
/// <param name="LatencyScore">latency score of the last completed job (gateway-api.md §4.3); 0 = untried</param>
/// <param name="SuspendedThrough">suspended while the directory's refresh count is at most this; null when not suspended</param>
[GenerateSerializer, Immutable, Alias("livepeer.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] OrchestratorListing Listing,
    [property: Id(1)] bool Static,
    [property: Id(2)] BigInteger Stake,
    [property: Id(3)] double? LatencyMs,
    [property: Id(4)] double LatencyScore,
    [property: Id(5)] long Successes,
    [property: Id(6)] long Failures,
    [property: Id(7)] string? LastError,
    [property: Id(8)] long? SuspendedThrough)
{
    public bool IsSuspended => SuspendedThrough is not null;
}
