using CsCheck;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;

namespace Livepeer.Protocol.Tests.Pricing;

public sealed class PriceTextTests
{
    [Theory]
    [InlineData("1.5", 3, 2)]
    [InlineData("3/2", 3, 2)]
    [InlineData("6/4", 3, 2)]
    [InlineData("1200", 1200, 1)]
    [InlineData("0", 0, 1)]
    [InlineData(" 0.001 ", 1, 1000)]
    [InlineData("1/3", 1, 3)]
    [InlineData("9223372036854775807", long.MaxValue, 1)]
    public void Accepted_forms_read_as_exact_fractions(string text, long numerator, long denominator)
    {
        Assert.True(PriceText.TryParse(text, out var price, out var error), error);
        Assert.Equal(new BigRational(numerator, denominator), price);
    }

    [Theory]
    [InlineData(null, "price is missing: use a decimal such as \"1.5\", a fraction such as \"3/2\" or an integer, in wei per unit")]
    [InlineData("  ", "price is missing")]
    [InlineData("abc", "'abc' is not a price: use a decimal")]
    [InlineData("1e5", "'1e5' is not a price")]
    [InlineData("1/0", "'1/0' is not a price")]
    [InlineData("-1", "price must not be negative, got '-1'")]
    [InlineData("1/-2", "price must not be negative, got '1/-2'")]
    [InlineData("9223372036854775808", "price '9223372036854775808' is 9223372036854775808/1 in lowest terms, which does not fit PriceInfo (int64 pricePerUnit and pixelsPerUnit)")]
    [InlineData("0.0000000000000000001", "price '0.0000000000000000001' is 1/10000000000000000000 in lowest terms, which does not fit PriceInfo")]
    [InlineData("0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "price is longer than 100 characters")]
    public void Bad_prices_are_refused_with_the_reason(string? text, string expected)
    {
        Assert.False(PriceText.TryParse(text, out _, out var error));
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, 1, "5")]
    [InlineData(3, 2, "1.5")]
    [InlineData(1, 1000, "0.001")]
    [InlineData(1, 3, "1/3")]
    [InlineData(7, 6, "7/6")]
    [InlineData(0, 1, "0")]
    [InlineData(1, 1024, "0.0009765625")]
    public void Formats_are_integer_finite_decimal_or_fraction(long numerator, long denominator, string expected)
    {
        Assert.Equal(expected, PriceText.Format(new BigRational(numerator, denominator)));
    }

    [Fact]
    public void Every_int64_fraction_formats_to_text_that_reads_back_to_it()
    {
        Gen.Select(Gen.Long[0, long.MaxValue], Gen.Long[1, long.MaxValue])
            .Sample((numerator, denominator) =>
            {
                var price = new BigRational(numerator, denominator);
                var text = PriceText.Format(price);
                return PriceText.TryParse(text, out var back, out _) && back == price;
            });
    }
}
