using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// One staged payment (pm-protocol.md §10.2 steps 2–4): the balance that was reserved, the tickets
/// to send and the credit they add.
/// </summary>
/// <param name="NumTickets">tickets to attach to the request</param>
/// <param name="NewCredit">NumTickets × EV</param>
/// <param name="ExistingCredit">the balance reserved (taken out) when staging</param>
/// <param name="MinCredit">max(fee, ev): the credit the request must carry</param>
public sealed record BalanceUpdate(int NumTickets, BigRational NewCredit, BigRational ExistingCredit, BigRational MinCredit)
{
    /// <summary>
    /// What to add back to the (reserved, hence zeroed) balance once the request ended with
    /// <paramref name="status"/>; <paramref name="debit"/> is the cost of the result (output pixels ×
    /// price) and only counts for <see cref="BalanceUpdateStatus.ReceivedChange"/>.
    /// </summary>
    public BigRational Settlement(BalanceUpdateStatus status, BigRational debit) => status switch
    {
        BalanceUpdateStatus.Staged => ExistingCredit,
        BalanceUpdateStatus.CreditSpent => BigRational.Zero,
        BalanceUpdateStatus.ReceivedChange => ExistingCredit + NewCredit - debit,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "unknown balance update status"),
    };
}
