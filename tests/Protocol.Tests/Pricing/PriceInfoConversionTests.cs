using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Pricing;

public sealed class PriceInfoConversionTests
{
    [Fact]
    public void One_and_a_half_wei_per_pixel_is_3_over_2()
    {
        var info = BigRational.Parse("1.5").ToPriceInfo();
        Assert.Equal(3, info.PricePerUnit);
        Assert.Equal(2, info.PixelsPerUnit);
        Assert.Equal(new BigRational(3, 2), info.ToPricePerPixel());
    }

    [Fact]
    public void Unreduced_wire_price_reads_as_the_reduced_fraction()
    {
        Assert.Equal(BigRational.One, new PriceInfo { PricePerUnit = 2, PixelsPerUnit = 2 }.ToPricePerPixel());
        var info = new BigRational(6, 4).ToPriceInfo(capability: 27, constraint: "stabilityai/sdxl-turbo");
        Assert.Equal((3L, 2L, 27u, "stabilityai/sdxl-turbo"), (info.PricePerUnit, info.PixelsPerUnit, info.Capability, info.Constraint));
    }

    [Fact]
    public void Zero_pixels_per_unit_and_missing_price_are_errors()
    {
        var e = Assert.Throws<FormatException>(() => new PriceInfo { PricePerUnit = 1 }.ToPricePerPixel());
        Assert.Equal(PriceInfoConversion.ErrZeroPixelsPerUnit, e.Message);
        Assert.False(PriceInfoConversion.TryToPricePerPixel(null, out _, out var error));
        Assert.Equal(PriceInfoConversion.ErrMissing, error);
        Assert.Equal(PriceInfoConversion.ErrZeroPixelsPerUnit, PriceInfoConversion.ValidateAdvertised(new PriceInfo()));
        Assert.Contains("negative", PriceInfoConversion.ValidateAdvertised(new PriceInfo { PricePerUnit = -1, PixelsPerUnit = 1 }));
        Assert.Null(PriceInfoConversion.ValidateAdvertised(new PriceInfo { PixelsPerUnit = 1 }));
    }

    [Fact]
    public void Prices_beyond_int64_do_not_fit_PriceInfo()
    {
        Assert.Throws<OverflowException>(() => new BigRational(1, (System.Numerics.BigInteger)long.MaxValue + 2).ToPriceInfo());
    }
}
