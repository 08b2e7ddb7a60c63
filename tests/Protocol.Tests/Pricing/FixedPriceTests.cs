using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;

namespace Livepeer.Protocol.Tests.Pricing;

// pm-protocol.md §12.1 "Fixed-point price" and §3.4 auto adjustment.
public sealed class FixedPriceTests
{
    [Theory]
    [InlineData(1, 10, 100)]
    [InlineData(500, 1, 500000)]
    [InlineData(125, 100, 1250)]
    [InlineData(1, 5000, 0)]
    [InlineData(-1999, 1000000, -1)]
    public void PriceToFixed_scales_by_1000_and_truncates_toward_zero(long num, long den, long expected)
    {
        Assert.Equal(expected, FixedPrice.PriceToFixed(new BigRational(num, den)));
    }

    [Fact]
    public void FixedToPrice_is_reduced_and_inverts_PriceToFixed()
    {
        Assert.Equal(new BigRational(5, 4), FixedPrice.FixedToPrice(1250));
        Assert.Equal("5/4", FixedPrice.FixedToPrice(1250).ToString());
        Assert.Equal(new BigRational(1234, 1000), FixedPrice.Quantize(BigRational.Parse("1.23456")));
        Assert.Throws<OverflowException>(() => FixedPrice.PriceToFixed(new BigRational(long.MaxValue)));
    }

    [Fact]
    public void Auto_adjust_adds_one_over_the_multiplier_then_quantises()
    {
        // base 1000 wei/pixel, multiplier 100 → 1010
        Assert.Equal(new BigRational(1010), AutoPriceAdjustment.Adjust(1000, 100));
        // base 1, multiplier 3 → 4/3 = 1.3333… → 1.333
        Assert.Equal(new BigRational(1333, 1000), AutoPriceAdjustment.Adjust(1, 3));
        // multiplier 0 (no tx cost): no overhead but still quantised
        Assert.Equal(new BigRational(1, 1000), AutoPriceAdjustment.Adjust(new BigRational(11, 10000), 0));
        // turned off: the base price as it is
        Assert.Equal(new BigRational(11, 10000), AutoPriceAdjustment.Adjust(new BigRational(11, 10000), 3, autoAdjust: false));
        Assert.Equal(BigRational.Zero, AutoPriceAdjustment.Adjust(0, 3));
    }

    [Fact]
    public void TxCostMultiplier_is_face_value_over_tx_cost_or_zero()
    {
        Assert.Equal(new BigRational(100), AutoPriceAdjustment.TxCostMultiplier(100_000_000, 1_000_000));
        Assert.Equal(BigRational.Zero, AutoPriceAdjustment.TxCostMultiplier(100, 0));
        Assert.Equal(BigRational.Zero, AutoPriceAdjustment.TxCostMultiplier(100, -5));
    }
}
