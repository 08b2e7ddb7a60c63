using System.Globalization;
using System.Numerics;

namespace Livepeer.Protocol.Numerics;

/// <summary>
/// An exact fraction over <see cref="BigInteger"/>, always in lowest terms with a positive
/// denominator (Go's big.Rat). Prices, EVs and balances use it so both sides of a payment agree to
/// the last wei.
/// </summary>
public readonly struct BigRational : IEquatable<BigRational>, IComparable<BigRational>, IComparable
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominatorMinusOne; // default(BigRational) must mean 0/1

    public static readonly BigRational Zero = default;
    public static readonly BigRational One = new(BigInteger.One);

    public BigRational(BigInteger value)
    {
        _numerator = value;
        _denominatorMinusOne = BigInteger.Zero;
    }

    public BigRational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException("a rational's denominator cannot be 0");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!gcd.IsOne && !gcd.IsZero)
        {
            numerator /= gcd;
            denominator /= gcd;
        }
        if (numerator.IsZero)
        {
            denominator = BigInteger.One;
        }
        _numerator = numerator;
        _denominatorMinusOne = denominator - 1;
    }

    public BigInteger Numerator => _numerator;

    public BigInteger Denominator => _denominatorMinusOne + 1;

    public int Sign => _numerator.Sign;

    public bool IsZero => _numerator.IsZero;

    public bool IsInteger => _denominatorMinusOne.IsZero;

    /// <summary>The exact value of a double (what Go's new(big.Rat).SetFloat64 yields).</summary>
    public static BigRational FromDouble(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "not a finite number");
        }
        long bits = BitConverter.DoubleToInt64Bits(value);
        bool negative = bits < 0;
        int exponent = (int)((bits >> 52) & 0x7ff);
        long mantissa = bits & 0xfffffffffffffL;
        if (exponent == 0)
        {
            exponent++;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075;
        BigInteger num = mantissa;
        BigInteger den = BigInteger.One;
        if (exponent > 0)
        {
            num <<= exponent;
        }
        else
        {
            den <<= -exponent;
        }
        return new BigRational(negative ? -num : num, den);
    }

    /// <summary>Parses "a/b", an integer, or a plain decimal such as "0.125".</summary>
    public static BigRational Parse(string text)
    {
        if (!TryParse(text, out var value))
        {
            throw new FormatException($"not a rational number: '{text}'");
        }
        return value;
    }

    public static bool TryParse(string? text, out BigRational value)
    {
        value = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        int slash = text.IndexOf('/');
        if (slash >= 0)
        {
            if (!BigInteger.TryParse(text[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                || !BigInteger.TryParse(text[(slash + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d)
                || d.IsZero)
            {
                return false;
            }
            value = new BigRational(n, d);
            return true;
        }
        int dot = text.IndexOf('.');
        if (dot < 0)
        {
            if (!BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                return false;
            }
            value = new BigRational(whole);
            return true;
        }
        var digits = text[..dot] + text[(dot + 1)..];
        if (digits is "" or "-" or "+" || !BigInteger.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var scaled))
        {
            return false;
        }
        value = new BigRational(scaled, BigInteger.Pow(10, text.Length - dot - 1));
        return true;
    }

    public BigInteger Floor() => BigInteger.Divide(_numerator - (_numerator.Sign < 0 ? Denominator - 1 : 0), Denominator);

    public BigInteger Ceiling() => -(-this).Floor();

    /// <summary>Truncation toward zero (Go's integer conversion).</summary>
    public BigInteger Truncate() => BigInteger.Divide(_numerator, Denominator);

    public double ToDouble() => (double)_numerator / (double)Denominator;

    /// <summary>Decimal text rounded half away from zero to <paramref name="decimals"/> places (Go's Rat.FloatString).</summary>
    public string ToDecimalString(int decimals)
    {
        var scale = BigInteger.Pow(10, decimals);
        var scaled = BigInteger.Abs(_numerator) * scale;
        var q = BigInteger.DivRem(scaled, Denominator, out var r);
        if (r * 2 >= Denominator)
        {
            q += 1;
        }
        var digits = q.ToString(CultureInfo.InvariantCulture).PadLeft(decimals + 1, '0');
        var text = decimals == 0 ? digits : digits[..^decimals] + "." + digits[^decimals..];
        return _numerator.Sign < 0 && !q.IsZero ? "-" + text : text;
    }

    public static BigRational operator +(BigRational a, BigRational b) =>
        a.IsInteger && b.IsInteger ? new BigRational(a._numerator + b._numerator)
        : new BigRational(a._numerator * b.Denominator + b._numerator * a.Denominator, a.Denominator * b.Denominator);

    public static BigRational operator -(BigRational a, BigRational b) =>
        a.IsInteger && b.IsInteger ? new BigRational(a._numerator - b._numerator)
        : new BigRational(a._numerator * b.Denominator - b._numerator * a.Denominator, a.Denominator * b.Denominator);

    public static BigRational operator -(BigRational a) => a.IsInteger ? new BigRational(-a._numerator) : new BigRational(-a._numerator, a.Denominator);

    public static BigRational operator *(BigRational a, BigRational b) =>
        a.IsInteger && b.IsInteger ? new BigRational(a._numerator * b._numerator)
        : new BigRational(a._numerator * b._numerator, a.Denominator * b.Denominator);

    public static BigRational operator /(BigRational a, BigRational b)
    {
        if (b.IsZero)
        {
            throw new DivideByZeroException("division of a rational by zero");
        }
        return new BigRational(a._numerator * b.Denominator, a.Denominator * b._numerator);
    }

    public static implicit operator BigRational(BigInteger value) => new(value);

    public static implicit operator BigRational(long value) => new(value);

    public static bool operator ==(BigRational a, BigRational b) => a.Equals(b);

    public static bool operator !=(BigRational a, BigRational b) => !a.Equals(b);

    public static bool operator <(BigRational a, BigRational b) => a.CompareTo(b) < 0;

    public static bool operator >(BigRational a, BigRational b) => a.CompareTo(b) > 0;

    public static bool operator <=(BigRational a, BigRational b) => a.CompareTo(b) <= 0;

    public static bool operator >=(BigRational a, BigRational b) => a.CompareTo(b) >= 0;

    public static BigRational Max(BigRational a, BigRational b) => a >= b ? a : b;

    public static BigRational Min(BigRational a, BigRational b) => a <= b ? a : b;

    public int CompareTo(BigRational other) =>
        IsInteger && other.IsInteger ? _numerator.CompareTo(other._numerator)
        : (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    public int CompareTo(object? obj) => obj is BigRational other ? CompareTo(other) : throw new ArgumentException("not a BigRational", nameof(obj));

    // Lowest terms make equality structural.
    public bool Equals(BigRational other) => _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne;

    public override bool Equals(object? obj) => obj is BigRational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_numerator, _denominatorMinusOne);

    /// <summary>"n/d" (Go's Rat.String, which always prints the denominator).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_numerator}/{Denominator}");
}
