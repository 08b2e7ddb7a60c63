using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using Livepeer.Protocol.Numerics;

namespace Livepeer.Protocol.Pricing;

/// <summary>
/// Prices as operators write them: exact text in wei per unit (per pixel for transcoding). Accepted: a
/// decimal ("1.5"), a fraction ("3/2") or an integer; written back as an integer, a finite decimal when there
/// is one, else a fraction. Every accepted price fits <c>PriceInfo</c> (int64 pricePerUnit / pixelsPerUnit,
/// pm-protocol.md §6.7) once reduced.
/// </summary>
public static class PriceText
{
    /// <summary>What a price may look like, for error messages.</summary>
    public const string Forms = "a decimal such as \"1.5\", a fraction such as \"3/2\" or an integer, in wei per unit";

    // Longer than any int64 fraction or its decimal form (at most 64 characters); keeps huge inputs from BigInteger parsing.
    private const int MaxLength = 100;

    public static bool TryParse(string? text, out BigRational price, [NotNullWhen(false)] out string? error)
    {
        price = BigRational.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = $"price is missing: use {Forms}";
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"price is longer than {MaxLength} characters");
            return false;
        }
        if (!BigRational.TryParse(text, out var parsed))
        {
            error = $"'{text}' is not a price: use {Forms}";
            return false;
        }
        if (parsed.Sign < 0)
        {
            error = $"price must not be negative, got '{text}'";
            return false;
        }
        if (parsed.Numerator > long.MaxValue || parsed.Denominator > long.MaxValue)
        {
            error = $"price '{text}' is {parsed} in lowest terms, which does not fit PriceInfo (int64 pricePerUnit and pixelsPerUnit)";
            return false;
        }
        price = parsed;
        error = null;
        return true;
    }

    /// <summary>"5", "1.5", "0.001" or "1/3": exact, and read back by <see cref="TryParse"/> to the same value.</summary>
    public static string Format(BigRational price)
    {
        if (price.IsInteger)
        {
            return price.Numerator.ToString(CultureInfo.InvariantCulture);
        }
        int decimals = FiniteDecimals(price.Denominator);
        return decimals < 0 ? price.ToString() : price.ToDecimalString(decimals);
    }

    // The number of decimals that write 1/denominator exactly, or -1 when it has a prime factor other than 2 and 5.
    private static int FiniteDecimals(BigInteger denominator)
    {
        int twos = 0, fives = 0;
        while (denominator.IsEven)
        {
            denominator >>= 1;
            twos++;
        }
        while ((denominator % 5).IsZero)
        {
            denominator /= 5;
            fives++;
        }
        return denominator.IsOne ? Math.Max(twos, fives) : -1;
    }
}
