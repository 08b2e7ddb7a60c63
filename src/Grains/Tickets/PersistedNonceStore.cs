using Livepeer.Grains.Persistence;
using Livepeer.Protocol.Payments;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Grains.Tickets;

/// <summary>
/// <see cref="ISenderNonceStore"/> over a receiver's grain state: every nonce added lands in the state
/// that is written before the payment is acknowledged, so a replay after a restart is still caught.
/// Hash sets mirror the stored lists for constant-time lookups. One owner (the grain) at a time.
/// </summary>
internal sealed class PersistedNonceStore : ISenderNonceStore
{
    private readonly Dictionary<string, NonceSetState> _stored;
    private readonly Dictionary<Hash32, (NonceSetState Stored, HashSet<uint> Seen)> _sets = [];

    public PersistedNonceStore(Dictionary<string, NonceSetState> stored)
    {
        _stored = stored;
        foreach (var (rand, set) in stored)
        {
            _sets.Add(StateText.Hash(rand), (set, [.. set.Nonces]));
        }
    }

    /// <summary>How many recipientRands have a nonce set.</summary>
    public int RandCount => _sets.Count;

    public bool Contains(in Hash32 recipientRand, uint nonce) => _sets.TryGetValue(recipientRand, out var set) && set.Seen.Contains(nonce);

    public int Count(in Hash32 recipientRand) => _sets.TryGetValue(recipientRand, out var set) ? set.Seen.Count : 0;

    public void Add(in Hash32 recipientRand, uint nonce, long expirationBlock)
    {
        if (!_sets.TryGetValue(recipientRand, out var set))
        {
            set = (new NonceSetState { ExpirationBlock = expirationBlock }, []);
            _sets.Add(recipientRand, set);
            _stored.Add(StateText.Of(recipientRand), set.Stored);
        }
        if (set.Seen.Add(nonce))
        {
            set.Stored.Nonces.Add(nonce);
        }
    }

    /// <summary>Drops the sets whose params expired at or before <paramref name="latestL1Block"/>; returns how many.</summary>
    public int RemoveExpired(long latestL1Block)
    {
        int removed = 0;
        foreach (var (rand, set) in _sets)
        {
            if (set.Stored.ExpirationBlock <= latestL1Block)
            {
                _sets.Remove(rand);
                _stored.Remove(StateText.Of(rand));
                removed++;
            }
        }
        return removed;
    }
}
