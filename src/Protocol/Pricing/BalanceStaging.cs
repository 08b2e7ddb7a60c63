using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// How many tickets the gateway sends with a request (pm-protocol.md §10.2, go-livepeer
/// core/accounting.go): enough to lift the reserved balance to max(fee, ev).
/// </summary>
public static class BalanceStaging
{
    /// <summary>The credit one request must carry: max(fee, ev).</summary>
    public static BigRational MinCredit(BigRational fee, BigRational ev) => BigRational.Max(fee, ev);

    /// <summary>
    /// Stages a payment against <paramref name="existing"/>, the balance just reserved: 0 tickets
    /// when existing ≥ minCredit or ev ≤ 0, otherwise ceil((minCredit − existing) / ev).
    /// </summary>
    public static BalanceUpdate Stage(BigRational existing, BigRational minCredit, BigRational ev)
    {
        if (existing >= minCredit || ev.Sign <= 0)
        {
            return new BalanceUpdate(0, BigRational.Zero, existing, minCredit);
        }
        BigInteger n = ((minCredit - existing) / ev).Ceiling();
        if (n > int.MaxValue)
        {
            throw new OverflowException($"a credit gap of {minCredit - existing} at EV {ev} would need {n} tickets");
        }
        return new BalanceUpdate((int)n, new BigRational(n) * ev, existing, minCredit);
    }

    /// <summary>Stages a payment for a request whose fee is <paramref name="fee"/>.</summary>
    public static BalanceUpdate StageForFee(BigRational existing, BigRational fee, BigRational ev) =>
        Stage(existing, MinCredit(fee, ev), ev);

    /// <summary>The cost of a result: output pixels × price per pixel.</summary>
    public static BigRational Debit(BigInteger pixels, BigRational pricePerPixel) => new BigRational(pixels) * pricePerPixel;
}
