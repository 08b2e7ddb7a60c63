using System.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// How much of a sender's funds one recipient may count on (pm-protocol.md §5.1): its share of the
/// reserve, reduced by winning tickets it is still redeeming.
/// </summary>
public static class SenderFloat
{
    /// <summary>
    /// ⌊(fundsRemaining + claimedInCurrentRound) / poolSize⌋ − claimed by this recipient; 0 when the
    /// active pool is empty.
    /// </summary>
    public static BigInteger ReserveAlloc(ReserveInfo reserve, BigInteger poolSize, BigInteger claimedByRecipient)
    {
        ArgumentNullException.ThrowIfNull(reserve);
        if (poolSize.IsZero)
        {
            return BigInteger.Zero;
        }
        if (poolSize.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(poolSize), poolSize, "the transcoder pool size cannot be negative");
        }
        return FloorDiv(reserve.FundsRemaining + reserve.ClaimedInCurrentRound, poolSize) - claimedByRecipient;
    }

    /// <summary>
    /// The largest face value the recipient should ask for: the reserve allocation, less the face
    /// value of redemptions in flight unless the deposit covers them at least
    /// <see cref="PmConstants.MinDepositPendingRatio"/> times over. (go-livepeer compares the ratio
    /// as a big.Float; this compares exactly, which differs only within float rounding of 3.0.)
    /// </summary>
    public static BigInteger MaxFloat(BigInteger reserveAlloc, BigInteger pendingAmount, BigInteger deposit)
    {
        if (pendingAmount.Sign > 0 && deposit >= pendingAmount * PmConstants.MinDepositPendingRatio)
        {
            return reserveAlloc;
        }
        return reserveAlloc - pendingAmount;
    }

    /// <summary><see cref="MaxFloat(BigInteger, BigInteger, BigInteger)"/> straight from the sender's on-chain info.</summary>
    public static BigInteger MaxFloat(SenderInfo sender, BigInteger poolSize, BigInteger claimedByRecipient, BigInteger pendingAmount)
    {
        ArgumentNullException.ThrowIfNull(sender);
        return MaxFloat(ReserveAlloc(sender.Reserve, poolSize, claimedByRecipient), pendingAmount, sender.Deposit);
    }

    /// <summary>Funds a redemption can draw on: reserveAlloc + deposit − pending.</summary>
    public static BigInteger AvailableFunds(BigInteger reserveAlloc, BigInteger deposit, BigInteger pendingAmount) =>
        reserveAlloc + deposit - pendingAmount;

    private static BigInteger FloorDiv(BigInteger dividend, BigInteger divisor)
    {
        var quotient = BigInteger.DivRem(dividend, divisor, out var remainder);
        return remainder.Sign != 0 && (remainder.Sign < 0) != (divisor.Sign < 0) ? quotient - 1 : quotient;
    }
}
