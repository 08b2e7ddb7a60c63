using System.Collections.Concurrent;
using Orleans.Storage;

namespace Livepeer.Grains.Tests.Infrastructure;

/// <summary>
/// The test silo's default grain storage: the memory provider underneath, with writes of chosen grains held until a
/// test lets them go or made to fail, so tests can see what a grain does while its write is on its way.
/// </summary>
public sealed class GatedGrainStorage(IGrainStorage inner) : IGrainStorage
{
    private readonly ConcurrentDictionary<GrainId, WriteGate> _gates = new();

    /// <summary>Holds every write of <paramref name="grain"/> from now until the gate is opened or failed (or disposed, which opens it).</summary>
    public WriteGate Hold(GrainId grain)
    {
        var gate = new WriteGate(() => _gates.TryRemove(grain, out _));
        if (!_gates.TryAdd(grain, gate))
        {
            throw new InvalidOperationException($"writes of {grain} are held already");
        }
        return gate;
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_gates.TryGetValue(grainId, out var gate))
        {
            gate.Arrived();
            await gate.PassAsync();
        }
        await inner.WriteStateAsync(stateName, grainId, grainState);
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);

    /// <summary>One grain's held writes.</summary>
    public sealed class WriteGate(Action remove) : IDisposable
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _waiting;

        /// <summary>Writes that reached the gate so far.</summary>
        public int Waiting => Volatile.Read(ref _waiting);

        /// <summary>Completes when the first write reaches the gate.</summary>
        public Task FirstArrival => _arrived.Task;

        /// <summary>Lets the held writes (and every later one) through to storage.</summary>
        public void Open()
        {
            remove();
            _open.TrySetResult();
        }

        /// <summary>Fails the held writes, as a storage outage would; later writes go through.</summary>
        public void Fail(Exception error)
        {
            remove();
            _open.TrySetException(error);
        }

        public void Dispose() => Open();

        internal void Arrived()
        {
            Interlocked.Increment(ref _waiting);
            _arrived.TrySetResult();
        }

        internal Task PassAsync() => _open.Task;
    }
}
