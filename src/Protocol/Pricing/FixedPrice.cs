using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// go-livepeer's 3-decimal fixed-point price (pm-protocol.md §3.4, §11 "price scale"): prices are
/// quantised by ×1000 and truncation toward zero.
/// </summary>
public static class FixedPrice
{
    public const long Scale = 1000;

    /// <summary>price × 1000 truncated toward zero; <see cref="OverflowException"/> when it does not fit an int64.</summary>
    public static long PriceToFixed(BigRational price)
    {
        BigInteger scaled = (price * Scale).Truncate();
        if (scaled < long.MinValue || scaled > long.MaxValue)
        {
            throw new OverflowException($"price {price} × {Scale} does not fit an int64");
        }
        return (long)scaled;
    }

    /// <summary>n / 1000 in lowest terms.</summary>
    public static BigRational FixedToPrice(long fixedPrice) => new(fixedPrice, Scale);

    /// <summary>The price rounded to 3 decimals toward zero, as the orchestrator advertises it.</summary>
    public static BigRational Quantize(BigRational price) => FixedToPrice(PriceToFixed(price));
}
