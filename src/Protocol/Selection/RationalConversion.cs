using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Selection;

/// <summary>Conversions of exact prices for weights and messages.</summary>
internal static class RationalConversion
{
    private const int MaxBits = 1000;

    /// <summary>
    /// The nearest double, saturating to ±infinity: unlike num/den as doubles it never yields NaN
    /// when both parts exceed the double range.
    /// </summary>
    public static double ToDoubleSaturating(BigRational value)
    {
        var numerator = BigInteger.Abs(value.Numerator);
        var denominator = value.Denominator;
        long bits = Math.Max(numerator.GetBitLength(), denominator.GetBitLength());
        if (bits > MaxBits)
        {
            int shift = (int)(bits - MaxBits);
            numerator >>= shift;
            denominator >>= shift;
            if (denominator.IsZero)
            {
                return value.Sign * double.PositiveInfinity;
            }
        }
        return value.Sign * ((double)numerator / (double)denominator);
    }

    private const int MessageDecimals = 18;

    /// <summary>Prices in messages: exact up to 18 decimals, "~" marking a rounded value (1/3 → ~0.333…3).</summary>
    public static string FormatWei(BigRational value)
    {
        if (value.IsInteger)
        {
            return value.Numerator.ToString(CultureInfo.InvariantCulture);
        }
        var text = value.ToDecimalString(MessageDecimals).TrimEnd('0').TrimEnd('.');
        bool exact = (value * new BigRational(BigInteger.Pow(10, MessageDecimals))).IsInteger;
        return exact ? text : "~" + text;
    }
}
