using System.Collections.Concurrent;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Interop;

/// <summary>
/// Native workers for concurrent calls: each call rents one (creating it when none is idle) and gives it
/// back, so a worker's open decoder serves the next segment. Idle workers beyond the limit are destroyed.
/// </summary>
internal sealed class NativeWorkerPool : IDisposable
{
    private readonly ConcurrentBag<NativeWorker> _idle = [];
    private readonly NativeTranscoderOptions _options;
    private readonly LpmAccel _accel;
    private int _idleCount;
    private volatile bool _disposed;

    public NativeWorkerPool(NativeTranscoderOptions options, LpmAccel accel, NativeWorker? first = null)
    {
        _options = options;
        _accel = accel;
        if (first is not null)
        {
            Return(first);
        }
    }

    public T Run<T>(Func<NativeWorker, T> call)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var worker = Rent();
        try
        {
            return call(worker);
        }
        finally
        {
            Return(worker);
        }
    }

    private NativeWorker Rent()
    {
        if (_idle.TryTake(out var worker))
        {
            Interlocked.Decrement(ref _idleCount);
            return worker;
        }
        return NativeWorker.Create(_options, _accel);
    }

    private void Return(NativeWorker worker)
    {
        if (_disposed)
        {
            worker.Dispose();
            return;
        }
        if (Interlocked.Increment(ref _idleCount) > _options.MaxIdleWorkers)
        {
            Interlocked.Decrement(ref _idleCount);
            worker.Dispose();
            return;
        }
        _idle.Add(worker);
        if (_disposed)
        {
            // Dispose ran while this worker was being returned.
            DisposeIdle();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        DisposeIdle();
    }

    private void DisposeIdle()
    {
        while (_idle.TryTake(out var worker))
        {
            worker.Dispose();
        }
    }
}
