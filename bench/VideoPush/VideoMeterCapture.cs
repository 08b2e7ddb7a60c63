using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Livepeer.Bench.VideoPush;

/// <summary>Listens to the in-process silo's <c>Livepeer.Video</c> meter: one transcode and one stream-grain time per segment.</summary>
public sealed class VideoMeterCapture : IDisposable
{
    private readonly MeterListener _listener = new();

    public VideoMeterCapture()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Livepeer.Video" && instrument.Name is "livepeer.video.transcode.duration" or "livepeer.video.segment.duration")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            (instrument.Name == "livepeer.video.transcode.duration" ? Transcodes : Segments).Enqueue(value));
        _listener.Start();
    }

    public ConcurrentQueue<double> Transcodes { get; } = new();

    public ConcurrentQueue<double> Segments { get; } = new();

    public void Clear()
    {
        Transcodes.Clear();
        Segments.Clear();
    }

    public void Dispose() => _listener.Dispose();
}
