using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Livepeer.Grains.Abstractions.Diagnostics;

namespace Livepeer.Grains.Tests.Diagnostics;

/// <summary>Collects what the <c>Livepeer</c> meter's counters record while it lives (other tests' points included: filter by tags).</summary>
internal sealed class MeasurementRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, long Value, Dictionary<string, string?> Tags)> _points = new();

    public MeasurementRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LivepeerMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var copy = new Dictionary<string, string?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value?.ToString();
            }
            _points.Enqueue((instrument.Name, value, copy));
        });
        _listener.Start();
    }

    /// <summary>Sum of <paramref name="instrument"/>'s points whose tags include all of <paramref name="tags"/>.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        _points.Where(p => p.Instrument == instrument && tags.All(t => p.Tags.TryGetValue(t.Key, out var v) && v == t.Value)).Sum(p => p.Value);

    public void Dispose() => _listener.Dispose();
}
