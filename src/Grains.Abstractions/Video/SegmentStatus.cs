namespace Livepeer.Grains.Abstractions.Video;

/// <summary>How a pushed segment ended; the gateway maps it to the status codes of gateway-api.md §2.6.</summary>
[GenerateSerializer, Alias("livepeer.SegmentStatus")]
public enum SegmentStatus
{
    /// <summary>200: every rendition was produced.</summary>
    Transcoded,

    /// <summary>200: the stream has no renditions; only the source is kept.</summary>
    ViewOnly,

    /// <summary>200: no video (audio only); the source was copied into every rendition.</summary>
    PassedThrough,

    /// <summary>422: the segment itself cannot be transcoded; no other orchestrator is tried.</summary>
    BadInput,

    /// <summary>503 "No sessions available": no orchestrator (or no GPU silo) could take the segment.</summary>
    NoSessions,

    /// <summary>422: every attempt failed (gateway-api.md §2.6 counts the exhausted retries as non-retryable).</summary>
    AttemptsFailed,

    /// <summary>500: storage or another fault of this node.</summary>
    Failed,
}
