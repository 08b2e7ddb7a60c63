using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// The orchestrator's automatic price adjustment (pm-protocol.md §3.4): the base price is raised by
/// the share of a winning ticket that redemption gas eats, 1 / txCostMultiplier.
/// </summary>
public static class AutoPriceAdjustment
{
    /// <summary>faceValue / txCost, or 0 when txCost ≤ 0.</summary>
    public static BigRational TxCostMultiplier(BigInteger faceValue, BigInteger txCost) =>
        txCost.Sign <= 0 ? BigRational.Zero : new BigRational(faceValue, txCost);

    /// <summary>
    /// The price quoted to a sender. With <paramref name="autoAdjust"/> off the base price is returned
    /// unchanged. With it on: base × (1 + 1/multiplier) when base &gt; 0 and multiplier &gt; 0, else the
    /// base; the result is then always quantised to 3 decimals (truncation), as go-livepeer does.
    /// </summary>
    public static BigRational Adjust(BigRational basePrice, BigRational txCostMultiplier, bool autoAdjust = true)
    {
        if (!autoAdjust)
        {
            return basePrice;
        }
        var overhead = BigRational.One;
        if (basePrice.Sign > 0 && txCostMultiplier.Sign > 0)
        {
            overhead += BigRational.One / txCostMultiplier;
        }
        return FixedPrice.Quantize(basePrice * overhead);
    }
}
