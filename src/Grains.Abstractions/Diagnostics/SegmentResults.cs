namespace Livepeer.Grains.Abstractions.Diagnostics;

/// <summary>Values of the <c>result</c> tag of <see cref="LivepeerMetrics.Segments"/>.</summary>
public static class SegmentResults
{
    /// <summary>Transcoded and returned.</summary>
    public const string Ok = "ok";

    /// <summary>Every attempt failed (orchestrator errors, time-outs).</summary>
    public const string Failed = "failed";

    /// <summary>Refused as bad input (not a segment we can decode).</summary>
    public const string Rejected = "rejected";

    /// <summary>No orchestrator was eligible.</summary>
    public const string NoOrchestrator = "no_orchestrator";

    /// <summary>Payment could not be made or was refused.</summary>
    public const string Unpaid = "unpaid";
}
