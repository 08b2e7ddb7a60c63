using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Livepeer.Bench.VideoPush;

/// <summary>Listens to the in-process silo's meters: one transcode time (<c>Livepeer</c>) and one stream-grain time (<c>Livepeer.Video</c>) per segment, in ms.</summary>
public sealed class VideoMeterCapture : IDisposable
{
    private readonly MeterListener _listener = new();

    public VideoMeterCapture()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if ((instrument.Meter.Name == "Livepeer" && instrument.Name == "livepeer.transcode.duration")
                || (instrument.Meter.Name == "Livepeer.Video" && instrument.Name == "livepeer.video.segment.duration"))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            // The transcode histogram is in seconds, the stream grain's in milliseconds.
            (instrument.Name == "livepeer.transcode.duration" ? Transcodes : Segments).Enqueue(instrument.Name == "livepeer.transcode.duration" ? value * 1000 : value));
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
