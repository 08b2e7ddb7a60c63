using System.Diagnostics.CodeAnalysis;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// PriceInfo on the wire is the reduced fraction pricePerUnit / pixelsPerUnit wei per pixel
/// (pm-protocol.md §3.4, §6.7); pixelsPerUnit = 0 is an error everywhere.
/// </summary>
public static class PriceInfoConversion
{
    public const string ErrMissing = "price info is missing";
    public const string ErrZeroPixelsPerUnit = "price info pixelsPerUnit is 0";

    /// <summary>The exact price per pixel; throws <see cref="FormatException"/> for a missing price or pixelsPerUnit = 0.</summary>
    public static BigRational ToPricePerPixel(this PriceInfo? priceInfo) =>
        TryToPricePerPixel(priceInfo, out var price, out var error) ? price : throw new FormatException(error);

    public static bool TryToPricePerPixel(PriceInfo? priceInfo, out BigRational price, [NotNullWhen(false)] out string? error)
    {
        price = BigRational.Zero;
        if (priceInfo is null)
        {
            error = ErrMissing;
            return false;
        }
        if (priceInfo.PixelsPerUnit == 0)
        {
            error = ErrZeroPixelsPerUnit;
            return false;
        }
        price = new BigRational(priceInfo.PricePerUnit, priceInfo.PixelsPerUnit);
        error = null;
        return true;
    }

    /// <summary>
    /// The gateway's acceptance check of an advertised price (§8.3 d): present, non-negative,
    /// pixelsPerUnit ≠ 0. Returns null when acceptable, otherwise the reason.
    /// </summary>
    public static string? ValidateAdvertised(PriceInfo? priceInfo)
    {
        if (priceInfo is null)
        {
            return ErrMissing;
        }
        if (priceInfo.PricePerUnit < 0 || priceInfo.PixelsPerUnit < 0)
        {
            return $"price info is negative: pricePerUnit {priceInfo.PricePerUnit}, pixelsPerUnit {priceInfo.PixelsPerUnit}";
        }
        return priceInfo.PixelsPerUnit == 0 ? ErrZeroPixelsPerUnit : null;
    }

    /// <summary>
    /// The wire form of a price: its reduced fraction (1.5 → (3, 2)). Throws
    /// <see cref="OverflowException"/> when numerator or denominator does not fit an int64.
    /// </summary>
    public static PriceInfo ToPriceInfo(this BigRational pricePerPixel, uint capability = 0, string constraint = "")
    {
        ArgumentNullException.ThrowIfNull(constraint);
        if (pricePerPixel.Numerator < long.MinValue || pricePerPixel.Numerator > long.MaxValue || pricePerPixel.Denominator > long.MaxValue)
        {
            throw new OverflowException($"price {pricePerPixel} does not fit PriceInfo (int64 numerator and denominator)");
        }
        return new PriceInfo
        {
            PricePerUnit = (long)pricePerPixel.Numerator,
            PixelsPerUnit = (long)pricePerPixel.Denominator,
            Capability = capability,
            Constraint = constraint,
        };
    }
}
