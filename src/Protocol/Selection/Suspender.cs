using System.Globalization;
using Livepeer.Protocol.Crypto;

namespace Livepeer.Protocol.Selection;

/// <summary>
/// Suspensions of failing orchestrators, counted in pool refreshes (gateway-api.md §4.6). An
/// orchestrator suspended with penalty N sits out the next N refreshes and is eligible again from
/// the one after; a failure while still suspended extends the suspension by N. Suspended
/// orchestrators are held back, and used lowest penalty first only when too few others are left.
/// Not thread-safe: one owner (a grain, a stream) holds it. <see cref="ToState"/> gives plain data to persist.
/// </summary>
public sealed class Suspender
{
    private readonly Dictionary<EthAddress, long> _suspendedThrough = [];

    public Suspender()
    {
    }

    /// <summary>Restores a suspender from <see cref="ToState"/>; throws on a malformed state.</summary>
    public Suspender(SuspenderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(state.SuspendedThrough, nameof(state.SuspendedThrough));
        if (state.RefreshCount < 0)
        {
            throw new ArgumentException(Invariant($"a suspender's refresh count must not be negative, got {state.RefreshCount}"), nameof(state));
        }
        RefreshCount = state.RefreshCount;
        foreach (var (key, through) in state.SuspendedThrough)
        {
            if (!EthAddress.TryParse(key, out var address, out var error))
            {
                throw new ArgumentException($"suspender state has a bad address \"{key}\": {error}", nameof(state));
            }
            if (!_suspendedThrough.TryAdd(address, through))
            {
                throw new ArgumentException($"suspender state lists {address} twice", nameof(state));
            }
        }
        Prune();
    }

    /// <summary>How many pool refreshes (discovery rounds) have been signalled.</summary>
    public long RefreshCount { get; private set; }

    /// <summary>The orchestrators suspended now.</summary>
    public IReadOnlyCollection<EthAddress> Suspended => [.. _suspendedThrough.Where(pair => pair.Value >= RefreshCount).Select(pair => pair.Key)];

    /// <summary>A pool refresh starts; suspensions that ran out are dropped.</summary>
    public void SignalRefresh() => SignalRefreshes(1);

    /// <summary>
    /// Advances the refresh count by <paramref name="count"/>; go-livepeer advances it by the penalty to
    /// release every suspension when both AI pools are empty.
    /// </summary>
    public void SignalRefreshes(long count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        RefreshCount = checked(RefreshCount + count);
        Prune();
    }

    /// <summary>Suspends an orchestrator for the next <paramref name="penalty"/> refreshes (extends a running suspension).</summary>
    public void Suspend(EthAddress address, int penalty)
    {
        if (penalty < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(penalty), penalty, "a suspension penalty must be at least 1 refresh");
        }
        long start = _suspendedThrough.TryGetValue(address, out var through) && through >= RefreshCount ? through : RefreshCount;
        _suspendedThrough[address] = checked(start + penalty);
    }

    public bool IsSuspended(EthAddress address) => SuspendedThrough(address) is not null;

    /// <summary>
    /// The last refresh count at which the orchestrator is still suspended, or null when it is not:
    /// lower means released sooner, the order suspended ones are fallen back on.
    /// </summary>
    public long? SuspendedThrough(EthAddress address) =>
        _suspendedThrough.TryGetValue(address, out var through) && through >= RefreshCount ? through : null;

    /// <summary>Ends every suspension now.</summary>
    public void ReleaseAll() => _suspendedThrough.Clear();

    /// <summary>
    /// The discovery rule (gateway-api.md §4.2 step 4): every item not suspended, in order; then, if
    /// fewer than <paramref name="wanted"/>, suspended ones lowest penalty first until there are enough.
    /// </summary>
    public IReadOnlyList<T> HoldBack<T>(IEnumerable<T> items, Func<T, EthAddress> addressOf, int wanted)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(addressOf);
        ArgumentOutOfRangeException.ThrowIfNegative(wanted);
        var free = new List<T>();
        var held = new List<(T Item, long Through, int Index)>();
        foreach (var item in items)
        {
            if (SuspendedThrough(addressOf(item)) is { } through)
            {
                held.Add((item, through, held.Count));
            }
            else
            {
                free.Add(item);
            }
        }
        if (free.Count < wanted)
        {
            free.AddRange(held.OrderBy(h => h.Through).ThenBy(h => h.Index).Take(wanted - free.Count).Select(h => h.Item));
        }
        return free;
    }

    /// <summary>The state to persist: running suspensions only, addresses as lower-case hex.</summary>
    public SuspenderState ToState() => new(
        RefreshCount,
        _suspendedThrough.Where(pair => pair.Value >= RefreshCount).ToDictionary(pair => pair.Key.ToLowerHex(), pair => pair.Value, StringComparer.Ordinal));

    private void Prune()
    {
        foreach (var address in _suspendedThrough.Where(pair => pair.Value < RefreshCount).Select(pair => pair.Key).ToList())
        {
            _suspendedThrough.Remove(address);
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
