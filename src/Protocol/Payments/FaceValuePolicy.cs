using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Tickets;

namespace Livepeer.Protocol.Payments;

/// <summary>
/// The recipient's face value rule (pm-protocol.md §3.2): large enough that redeeming a win costs at
/// most 1/multiplier of it, at least EV × 100, capped by what the sender's reserve can cover.
/// </summary>
public static class FaceValuePolicy
{
    /// <summary>Cost of one redemption transaction: redeemGas × gasPrice.</summary>
    public static BigInteger TxCost(long redeemGas, BigInteger gasPrice) => redeemGas * gasPrice;

    /// <summary>
    /// The face value to offer a sender whose max float is <paramref name="maxFloat"/> at the current
    /// <paramref name="gasPrice"/> (0 when unknown); false with "insufficient sender reserve" when the
    /// float cannot carry a ticket worth EV, or a win would not pay for its own redemption.
    /// </summary>
    public static bool TryComputeFaceValue(
        BigInteger gasPrice,
        BigInteger maxFloat,
        PaymentOptions options,
        out BigInteger faceValue,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ev = options.TicketEV;
        var txCost = TxCost(options.RedeemGas, gasPrice);
        faceValue = txCost * options.TxCostMultiplier;
        if (faceValue < ev)
        {
            faceValue = ev * PmConstants.EvMultiplier;
        }
        if (faceValue > maxFloat)
        {
            faceValue = maxFloat;
        }
        if (options.MaxFaceValue.Sign > 0 && faceValue > options.MaxFaceValue)
        {
            faceValue = options.MaxFaceValue;
        }
        // A win must be worth EV, and must pay for its redemption at either the current or the
        // "average" gas price (a spike alone should not stop params being offered).
        if (faceValue < ev || (faceValue < txCost && faceValue < TxCost(options.RedeemGas, PmConstants.AvgGasPrice)))
        {
            faceValue = BigInteger.Zero;
            error = PmErrors.InsufficientSenderReserve;
            return false;
        }
        error = null;
        return true;
    }

    /// <summary>faceValue / txCost, or 0 when the tx cost is not positive (§3.4; drives automatic price adjustment).</summary>
    public static BigRational TxCostMultiplier(BigInteger faceValue, BigInteger txCost) =>
        txCost.Sign <= 0 ? BigRational.Zero : new BigRational(faceValue, txCost);
}
