using CsCheck;
using Livepeer.Media.Transcoding;

namespace Livepeer.Media.Tests.Transcoding;

public sealed class SignatureTests
{
    private static byte[] Signature(int samples, Func<int, byte> cell)
    {
        var bytes = new byte[3 + (samples * 256)];
        bytes[0] = 1;
        bytes[1] = (byte)samples;
        bytes[2] = 16;
        for (var i = 3; i < bytes.Length; i++)
        {
            bytes[i] = cell(i);
        }
        return bytes;
    }

    [Fact]
    public void Distance_is_the_mean_absolute_cell_difference()
    {
        var a = Signature(8, _ => 100);
        var b = Signature(8, i => (byte)(i % 2 == 0 ? 110 : 96));

        Assert.Equal(7, SegmentSignature.Distance(a, b), 1);
        Assert.True(SegmentSignature.IsMatch(a, b));
        Assert.False(SegmentSignature.IsMatch(a, Signature(8, _ => 140)));
    }

    [Fact]
    public void Empty_signatures_match_each_other_only()
    {
        Assert.Equal(0, SegmentSignature.Distance([], []));
        Assert.Equal(double.PositiveInfinity, SegmentSignature.Distance([], Signature(8, _ => 1)));
        Assert.Equal(double.PositiveInfinity, SegmentSignature.Distance(Signature(8, _ => 1), []));
    }

    [Fact]
    public void Malformed_signatures_are_infinitely_far()
    {
        var good = Signature(2, _ => 50);
        var wrongVersion = Signature(2, _ => 50);
        wrongVersion[0] = 2;
        var shortened = good[..^1];

        Assert.Equal(double.PositiveInfinity, SegmentSignature.Distance(good, wrongVersion));
        Assert.Equal(double.PositiveInfinity, SegmentSignature.Distance(good, shortened));
        Assert.Equal(double.PositiveInfinity, SegmentSignature.Distance([1, 2, 3], good));
    }

    [Fact]
    public void Different_sample_counts_pair_thumbnails_by_position()
    {
        // 8 samples vs 4: sample i of the first pairs with sample i/2 of the second.
        var eight = Signature(8, i => (byte)(((i - 3) / 256) * 10));
        var four = Signature(4, i => (byte)(((i - 3) / 256) * 20));

        Assert.Equal(5, SegmentSignature.Distance(eight, four), 6);
    }

    [Fact]
    public void Distance_to_itself_is_zero_and_distance_is_symmetric_for_equal_counts()
    {
        var gen = Gen.Int[1, 8].SelectMany(n => Gen.Byte.Array[n * 256].Select(Gen.Byte.Array[n * 256], (x, y) => (n, x, y)));
        gen.Sample(t =>
        {
            var a = Signature(t.n, i => t.x[i - 3]);
            var b = Signature(t.n, i => t.y[i - 3]);
            return SegmentSignature.Distance(a, a) == 0
                && Math.Abs(SegmentSignature.Distance(a, b) - SegmentSignature.Distance(b, a)) < 1e-9
                && SegmentSignature.Distance(a, b) is >= 0 and <= 255;
        }, iter: 200);
    }
}
