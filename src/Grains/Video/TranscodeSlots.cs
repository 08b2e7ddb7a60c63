using System.Globalization;
using Livepeer.Grains.Abstractions.Sessions;
using Microsoft.Extensions.Options;

namespace Livepeer.Grains.Video;

/// <summary>
/// The silo's transcoding concurrency limit: every <see cref="TranscoderGrain"/> activation on this silo takes a
/// slot for the length of a transcode, so the GPU (or CPU) is never asked for more than
/// <see cref="TranscodeSlotsOptions.MaxConcurrentSegments"/> at once, whatever the number of streams.
/// </summary>
public sealed class TranscodeSlots : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly int _maxQueued;
    private int _waiting;

    public TranscodeSlots(IOptions<TranscodeSlotsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Capacity = options.Value.MaxConcurrentSegments;
        _maxQueued = options.Value.MaxQueuedSegments;
        _slots = new SemaphoreSlim(Capacity, Capacity);
    }

    public int Capacity { get; }

    /// <summary>Segments waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Segments holding a slot now.</summary>
    public int Running => Capacity - _slots.CurrentCount;

    /// <summary>Waits for a slot; refuses at once when the queue is full. Dispose the result to give the slot back.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _waiting) > _maxQueued && _slots.CurrentCount == 0)
        {
            Interlocked.Decrement(ref _waiting);
            throw new WorkRejectedException(string.Create(CultureInfo.InvariantCulture,
                $"insufficient capacity: {Capacity} segment(s) transcoding and {_maxQueued} waiting on this silo"));
        }
        VideoMetrics.QueueDepth.Add(1);
        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
            VideoMetrics.QueueDepth.Add(-1);
        }
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
