using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Livepeer.Gateway.Api.Wire;

/// <summary>
/// go-livepeer's capacity rules for this endpoint process: transcoding sessions (by auth-token session
/// id) up to MaxSessions, known sessions always allowed, idle ones forgotten; AI requests in flight per
/// model up to AiCapacityPerModel.
/// </summary>
public sealed class WireCapacity(IOptions<OrchestratorWireOptions> options, TimeProvider clock)
{
    public const string ErrOrchestratorCapped = "OrchestratorCapped";
    public const string ErrInsufficientCapacity = "insufficient capacity";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _aiInFlight = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>GetOrchestrator's check (go CheckCapacity("")): room for one more session.</summary>
    public bool HasRoomForNewSession()
    {
        lock (_gate)
        {
            Expire();
            return _sessions.Count < options.Value.MaxSessions;
        }
    }

    /// <summary>Counts <paramref name="sessionId"/> as in use; false when it is new and the node is full.</summary>
    public bool TryUseSession(string sessionId)
    {
        lock (_gate)
        {
            Expire();
            if (!_sessions.ContainsKey(sessionId) && _sessions.Count >= options.Value.MaxSessions)
            {
                return false;
            }
            _sessions[sessionId] = clock.GetUtcNow();
            return true;
        }
    }

    /// <summary>EndTranscodingSession: the session no longer counts.</summary>
    public void EndSession(string sessionId) => _sessions.TryRemove(sessionId, out _);

    public int ActiveSessions
    {
        get
        {
            lock (_gate)
            {
                Expire();
                return _sessions.Count;
            }
        }
    }

    /// <summary>Reserves an AI slot for <paramref name="pipeline"/>/<paramref name="model"/>; dispose the result to release it. Null when full.</summary>
    public IDisposable? TryReserveAi(string pipeline, string model)
    {
        var key = pipeline + "/" + model;
        lock (_gate)
        {
            int inFlight = _aiInFlight.GetValueOrDefault(key);
            if (inFlight >= options.Value.AiCapacityPerModel)
            {
                return null;
            }
            _aiInFlight[key] = inFlight + 1;
        }
        return new Release(this, key);
    }

    private void Expire()
    {
        var cutoff = clock.GetUtcNow() - options.Value.SessionIdleTimeout;
        foreach (var (id, lastUsed) in _sessions)
        {
            if (lastUsed < cutoff)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

    private sealed class Release(WireCapacity owner, string key) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                lock (owner._gate)
                {
                    owner._aiInFlight[key] = owner._aiInFlight.GetValueOrDefault(key) - 1;
                }
            }
        }
    }
}
