using Livepeer.Media.Imaging;

namespace Livepeer.Media.Tests.Imaging;

public sealed class JpegDecoderTests
{
    [Theory]
    [InlineData("yuvj420p", false, 3.0)]
    [InlineData("yuvj422p", false, 3.0)]
    [InlineData("yuvj444p", true, 1.0)]
    [InlineData("gray", true, 0.5)]
    public async Task Decodes_like_ffmpeg(string pixelFormat, bool sharpEdges, double maxMeanDifference)
    {
        // Subsampled chroma is compared on smooth ramps: at hard colour edges swscale's chroma filtering and our
        // sample-as-is differ by design (up to 240 per pixel on testsrc's bars, about 1 to 2 on average over the ramps); a
        // swapped channel or misplaced plane is off by tens.
        var jpeg = sharpEdges
            ? await Ffmpeg.TestPatternAsync(61, 37, pixelFormat, "jpg", "-q:v", "2")
            : await Ffmpeg.GradientAsync(61, 37, pixelFormat, "jpg", "-q:v", "2");
        var ours = ImageDecoder.Decode(jpeg, ImageLimits.Default);
        var reference = await Ffmpeg.DecodeToRgbAsync(jpeg, "jpg");

        Assert.Equal((61, 37), (ours.Width, ours.Height));
        Assert.Equal(reference.Length, ours.Pixels.Length);
        // Same entropy decode; the colour conversion differs (we take chroma samples as they are, swscale filters them),
        // so compare on average, which catches a swapped channel, wrong plane stride or wrong range at once.
        var mean = reference.Zip(ours.Pixels, (a, b) => Math.Abs(a - b)).Average();
        Assert.InRange(mean, 0, maxMeanDifference);
    }

    [Fact]
    public async Task A_truncated_file_is_refused()
    {
        var jpeg = await Ffmpeg.TestPatternAsync(64, 48, "yuvj420p", "jpg");
        var error = Assert.Throws<MediaInputException>(() => ImageDecoder.Decode(jpeg.AsSpan(0, jpeg.Length / 2), ImageLimits.Default));
        Assert.Contains("truncated JPEG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Huge_dimensions_are_refused_from_the_frame_header()
    {
        var jpeg = await Ffmpeg.TestPatternAsync(16, 16, "yuvj420p", "jpg");
        var sof = jpeg.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        Assert.True(sof > 0);
        jpeg[sof + 5] = jpeg[sof + 6] = jpeg[sof + 7] = jpeg[sof + 8] = 0xFF; // height and width 65535

        var error = Assert.Throws<MediaInputException>(() => ImageDecoder.Decode(jpeg, new ImageLimits(1 << 20, 4096, 1 << 24)));
        Assert.Contains("65535x65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_formats_are_named_in_the_refusal()
    {
        var error = Assert.Throws<MediaInputException>(() => ImageDecoder.Decode("GIF89a\x01\x00\x01\x00"u8, ImageLimits.Default));
        Assert.Equal("unsupported image format GIF: send PNG or JPEG", error.Message);
    }
}
