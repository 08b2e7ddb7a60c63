namespace Livepeer.Grains.Abstractions.Directory;

/// <summary>A known orchestrator with what the gateway has observed of it.</summary>
/// <param name="Static">listed in configuration rather than registered at run time</param>
/// <param name="LatencyMs">smoothed latency of successful calls, in milliseconds; null before the first</param>
/// <param name="ConsecutiveFailures">failures since the last success</param>
/// <param name="SuspendedUntil">not to be selected before this time; null when not suspended</param>
[GenerateSerializer, Immutable, Alias("livepeer.DirectoryEntry")]
public sealed record DirectoryEntry(
    [property: Id(0)] OrchestratorListing Listing,
    [property: Id(1)] bool Static,
    [property: Id(2)] double? LatencyMs,
    [property: Id(3)] long Successes,
    [property: Id(4)] long Failures,
    [property: Id(5)] int ConsecutiveFailures,
    [property: Id(6)] string? LastError,
    [property: Id(7)] DateTimeOffset? SuspendedUntil)
{
    public bool IsSuspendedAt(DateTimeOffset now) => SuspendedUntil is { } until && until > now;
}
