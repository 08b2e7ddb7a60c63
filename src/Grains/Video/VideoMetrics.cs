using System.Diagnostics.Metrics;

namespace Livepeer.Grains.Video;

/// <summary>
/// Instruments of the <c>Livepeer.Video</c> meter. Static because grains and job handlers share them per
/// process; the silo's telemetry listens to <see cref="MeterName"/>.
/// </summary>
public static class VideoMetrics
{
    public const string MeterName = "Livepeer.Video";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Pushed segments handled by stream grains, tagged <c>status</c> (transcoded, bad_input, ...).</summary>
    public static readonly Counter<long> Segments = Meter.CreateCounter<long>("livepeer.video.segments", "{segment}", "Pushed segments handled, by outcome.");

    /// <summary>Time inside the transcoder per segment (queueing excluded).</summary>
    public static readonly Histogram<double> TranscodeTime = Meter.CreateHistogram<double>("livepeer.video.transcode.duration", "ms", "Transcoder time per segment, waiting for a slot excluded.");

    /// <summary>Segments waiting for a transcode slot on this silo.</summary>
    public static readonly UpDownCounter<long> QueueDepth = Meter.CreateUpDownCounter<long>("livepeer.video.transcode.queue_depth", "{segment}", "Segments waiting for a transcode slot on this silo.");

    /// <summary>Time a stream grain spends on a segment, from arrival to stored renditions.</summary>
    public static readonly Histogram<double> SegmentTime = Meter.CreateHistogram<double>("livepeer.video.segment.duration", "ms", "Stream grain time per segment: selection, payment, transcoding and storage.");

    /// <summary>Verification checks, tagged <c>result</c> (match, mismatch).</summary>
    public static readonly Counter<long> Verifications = Meter.CreateCounter<long>("livepeer.video.verifications", "{segment}", "Segments checked against a trusted orchestrator.");
}
