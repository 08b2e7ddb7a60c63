using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// <see cref="ISenderNonceStore"/> in memory, as go-livepeer keeps it. Not thread-safe: one owner
/// (a grain activation) at a time. The tickets of a batch share one recipientRand, so the last set
/// used is remembered to spare dictionary lookups.
/// </summary>
public sealed class InMemorySenderNonceStore : ISenderNonceStore
{
    private readonly Dictionary<Hash32, NonceSet> _sets = [];
    private Hash32 _lastRand;
    private NonceSet? _lastSet;

    /// <summary>How many recipientRands have a nonce set.</summary>
    public int RandCount => _sets.Count;

    public bool Contains(in Hash32 recipientRand, uint nonce) => Find(recipientRand)?.Nonces.Contains(nonce) ?? false;

    public int Count(in Hash32 recipientRand) => Find(recipientRand)?.Nonces.Count ?? 0;

    public void Add(in Hash32 recipientRand, uint nonce, long expirationBlock)
    {
        var set = Find(recipientRand);
        if (set is null)
        {
            set = new NonceSet(expirationBlock);
            _sets.Add(recipientRand, set);
            _lastRand = recipientRand;
            _lastSet = set;
        }
        set.Nonces.Add(nonce);
    }

    /// <summary>Drops the sets whose params expired at or before <paramref name="latestL1Block"/>; returns how many.</summary>
    public int RemoveExpired(long latestL1Block)
    {
        int removed = 0;
        foreach (var (rand, set) in _sets)
        {
            if (set.ExpirationBlock <= latestL1Block)
            {
                _sets.Remove(rand);
                removed++;
            }
        }
        _lastSet = null;
        return removed;
    }

    private NonceSet? Find(in Hash32 recipientRand)
    {
        if (_lastSet is not null && _lastRand == recipientRand)
        {
            return _lastSet;
        }
        if (_sets.TryGetValue(recipientRand, out var set))
        {
            _lastRand = recipientRand;
            _lastSet = set;
        }
        return set;
    }

    private sealed class NonceSet(long expirationBlock)
    {
        public long ExpirationBlock { get; } = expirationBlock;

        public HashSet<uint> Nonces { get; } = [];
    }
}
