using System.Collections.Concurrent;
using System.Diagnostics;

namespace Livepeer.Bench.VideoPush;

/// <summary>
/// Listens to the spans the gateway and the grains record along a push (<c>Livepeer.Push</c>; named here rather
/// than taken from <c>PushTracing</c> so this bench also runs against builds that have none) and sums them per
/// stage name for the segment in flight.
/// </summary>
public sealed class PushSpans : IDisposable
{
    public const string SourceName = "Livepeer.Push";

    private readonly ActivityListener _listener;
    private readonly ConcurrentQueue<(string Name, double Ms)> _stopped = new();

    public PushSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => _stopped.Enqueue((activity.OperationName, activity.Duration.TotalMilliseconds)),
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Clear() => _stopped.Clear();

    /// <summary>The spans stopped since <see cref="Clear"/>, summed by name, in ms.</summary>
    public Dictionary<string, double> Take()
    {
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        while (_stopped.TryDequeue(out var span))
        {
            sums[span.Name] = sums.GetValueOrDefault(span.Name) + span.Ms;
        }
        return sums;
    }

    public void Dispose() => _listener.Dispose();
}
