using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// One (recipient, session) balance on the gateway, reserved while a request is in flight and
/// settled afterwards (pm-protocol.md §10.1–10.2). Not thread-safe: its owner (a grain) serialises
/// access.
/// </summary>
public sealed class SessionBalance
{
    public SessionBalance(BigRational initial = default) => Current = initial;

    public BigRational Current { get; private set; }

    /// <summary>Reserves the whole balance (it becomes 0) and stages the tickets for a request of <paramref name="fee"/>.</summary>
    public BalanceUpdate Stage(BigRational fee, BigRational ev)
    {
        var existing = Current;
        Current = BigRational.Zero;
        return BalanceStaging.StageForFee(existing, fee, ev);
    }

    /// <summary>Credits back what <paramref name="update"/> leaves after ending with <paramref name="status"/>.</summary>
    public void Complete(BalanceUpdate update, BalanceUpdateStatus status, BigRational debit)
    {
        ArgumentNullException.ThrowIfNull(update);
        Current += update.Settlement(status, debit);
    }

    public void Credit(BigRational amount) => Current += amount;
}
