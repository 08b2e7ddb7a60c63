using System.Diagnostics.Metrics;

namespace Livepeer.Grains.Video;

/// <summary>
/// Instruments of the <c>Livepeer.Video</c> meter beside the shared <c>Livepeer</c> meter (which counts segments
/// and times transcodes): queue depth, stream-grain time per segment, verifications, failed stores. Static because
/// grains and job handlers share them per process; the silo's telemetry listens to <see cref="MeterName"/>.
/// </summary>
public static class VideoMetrics
{
    public const string MeterName = "Livepeer.Video";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Segments waiting for a transcode slot on this silo.</summary>
    public static readonly UpDownCounter<long> QueueDepth = Meter.CreateUpDownCounter<long>("livepeer.video.transcode.queue_depth", "{segment}", "Segments waiting for a transcode slot on this silo.");

    /// <summary>Time a stream grain spends on a segment, from arrival to stored renditions.</summary>
    public static readonly Histogram<double> SegmentTime = Meter.CreateHistogram<double>("livepeer.video.segment.duration", "ms", "Stream grain time per segment: selection, payment, transcoding and storage.");

    /// <summary>Segments whose renditions went to the client but could not be stored.</summary>
    public static readonly Counter<long> StoreFailures = Meter.CreateCounter<long>("livepeer.video.store.failures", "{segment}", "Segments answered but not stored (missing from the playlists).");

    /// <summary>Verification checks, tagged <c>result</c> (match, mismatch).</summary>
    public static readonly Counter<long> Verifications = Meter.CreateCounter<long>("livepeer.video.verifications", "{segment}", "Segments checked against a trusted orchestrator.");
}
