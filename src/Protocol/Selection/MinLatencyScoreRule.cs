namespace Livepeer.Protocol.Selection;

/// <summary>
/// The session reuse rules of transcoding (gateway-api.md §4.3, MinLSSelector with MinLS = 1.0):
/// keep the last orchestrator while it keeps up with real time, else try an untried one. Time is passed in.
/// </summary>
public static class MinLatencyScoreRule
{
    /// <summary>go-livepeer's MinLS: a latency score at or below this keeps up with real time.</summary>
    public const double DefaultMinLatencyScore = 1.0;

    /// <summary>
    /// True when the best known session (latency score <paramref name="bestKnownLatencyScore"/>) should be
    /// used; false means pick an unknown one with the selection rule instead.
    /// </summary>
    public static bool UseKnown(double bestKnownLatencyScore, double minLatencyScore = DefaultMinLatencyScore)
    {
        CheckThreshold(minLatencyScore);
        return bestKnownLatencyScore <= minLatencyScore;
    }

    /// <summary>
    /// Whether the last session may take the next segment: with nothing in flight, when its latency
    /// score is known (&gt; 0) and at most MinLS; with segments in flight, when the oldest has been out
    /// less than <paramref name="durationMultiplier"/> × max(1.5 s, its duration). The multiplier is 1
    /// normally and 2 when the selector has nobody else.
    /// </summary>
    public static bool CanReuseLastSession(
        double latencyScore,
        InFlightSegment? oldestInFlight,
        DateTimeOffset now,
        int durationMultiplier = 1,
        double minLatencyScore = DefaultMinLatencyScore)
    {
        CheckThreshold(minLatencyScore);
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMultiplier, 1);
        if (oldestInFlight is not { } segment)
        {
            return latencyScore > 0 && latencyScore <= minLatencyScore;
        }
        var allowance = segment.Duration > LatencyScores.MinScoredSegmentDuration ? segment.Duration : LatencyScores.MinScoredSegmentDuration;
        return now - segment.Started < allowance * durationMultiplier;
    }

    private static void CheckThreshold(double minLatencyScore)
    {
        if (!double.IsFinite(minLatencyScore) || minLatencyScore <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minLatencyScore), minLatencyScore, "MinLS must be a positive number");
        }
    }
}
