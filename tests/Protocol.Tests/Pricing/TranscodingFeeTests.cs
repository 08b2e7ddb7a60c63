using System.Numerics;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Pricing;

// pm-protocol.md §10.2 step 1 and §12.1 "Fee estimate" (server/rpc_test list), price 3.
public sealed class TranscodingFeeTests
{
    private static VideoProfile P144(uint fps = 30, uint fpsDen = 0) => new() { Name = "P144p30fps16x9", Width = 256, Height = 144, Fps = fps, FpsDen = fpsDen };

    private static VideoProfile P240() => new() { Name = "P240p30fps16x9", Width = 426, Height = 240, Fps = 30 };

    public static TheoryData<string, double, long> Cases() => new()
    {
        { "P144", 2.0, 2_211_840 },
        { "P144,P240", 2.0, 8_346_240 },
        { "P144,P240", 2.2, 12_519_360 },
        { "P144fps0,P240", 3.0, 15_837_120 },
        { "P144ntsc,P240", 3.0, 12_519_360 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Pixels_and_fee_match_go_livepeer(string profiles, double seconds, long pixels)
    {
        var list = profiles.Split(',').Select(p => p switch
        {
            "P144" => P144(),
            "P144fps0" => P144(fps: 0),
            "P144ntsc" => P144(fps: 30000, fpsDen: 1001),
            "P240" => P240(),
            _ => throw new ArgumentException(p),
        }).ToArray();
        var price = new BigRational(3);
        Assert.Equal(new BigInteger(pixels), TranscodingFee.EstimateOutputPixels(list, seconds));
        var expected = new BigRational(pixels) * new BigRational(BigInteger.Parse("2296835809958953"), BigInteger.Parse("2251799813685248")) * price;
        Assert.Equal(expected, TranscodingFee.Estimate(list, seconds, price));
    }

    [Fact]
    public void Multiplier_is_the_exact_float64_of_1_02()
    {
        Assert.Equal("2296835809958953/2251799813685248", TranscodingFee.PixelEstimateMultiplier.ToString());
    }

    [Fact]
    public void Bad_durations_and_sizes_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TranscodingFee.EstimateOutputPixels([P144()], -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TranscodingFee.EstimateOutputPixels([P144()], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => TranscodingFee.EstimateOutputPixels([new VideoProfile { Width = -1, Height = 2 }], 1));
        Assert.Equal(BigInteger.Zero, TranscodingFee.EstimateOutputPixels([], 2));
    }
}
