using System.Buffers.Binary;
using CsCheck;
using Livepeer.Media.Imaging;

namespace Livepeer.Media.Tests.Imaging;

public sealed class PngCodecTests
{
    [Fact]
    public void Encoded_images_decode_to_the_same_pixels()
    {
        Gen.Select(Gen.Int[1, 40], Gen.Int[1, 40]).SelectMany((w, h) => Gen.Byte.Array[w * h * 3].Select(p => new RgbImage(w, h, p)))
            .Sample(image =>
            {
                var decoded = PngDecoder.Decode(PngEncoder.Encode(image), ImageLimits.Default);
                Assert.Equal((image.Width, image.Height), (decoded.Width, decoded.Height));
                Assert.Equal(image.Pixels, decoded.Pixels);
            }, iter: 200);
    }

    [Theory]
    [InlineData("rgb24")]
    [InlineData("rgba")]
    [InlineData("rgb48be")]
    [InlineData("rgba64be")]
    [InlineData("gray")]
    [InlineData("gray16be")]
    [InlineData("ya8")]
    [InlineData("ya16be")]
    [InlineData("pal8")]
    [InlineData("monob")]
    public async Task Decodes_every_pixel_format_ffmpeg_writes_as_ffmpeg_does(string pixelFormat)
    {
        var png = await Ffmpeg.TestPatternAsync(61, 37, pixelFormat, "png");
        await AssertDecodesLikeFfmpeg(png);
    }

    [Theory]
    [InlineData("rgb24")]
    [InlineData("gray")]
    [InlineData("pal8")]
    [InlineData("monob")]
    public async Task Decodes_adam7_interlaced_images(string pixelFormat)
    {
        var png = await Ffmpeg.TestPatternAsync(61, 37, pixelFormat, "png", "-flags", "+ildct");
        Assert.Equal(1, png[8 + 8 + 12]); // IHDR interlace byte: the file really is interlaced
        await AssertDecodesLikeFfmpeg(png);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Decodes_each_scanline_filter(int prediction)
    {
        var png = await Ffmpeg.TestPatternAsync(45, 29, "rgb24", "png", "-pred", prediction.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AssertDecodesLikeFfmpeg(png);
    }

    [Fact]
    public async Task Ffmpeg_reads_our_png_as_we_wrote_it()
    {
        var source = PngDecoder.Decode(await Ffmpeg.TestPatternAsync(53, 31, "rgb24", "png"), ImageLimits.Default);
        var ours = PngEncoder.Encode(source);
        Assert.Equal(source.Pixels, await Ffmpeg.DecodeToRgbAsync(ours, "png"));
    }

    [Fact]
    public async Task Transparency_is_composited_over_white()
    {
        var png = await Ffmpeg.SolidAsync("black@0.5", 4, 3, "rgba", "png");
        var image = PngDecoder.Decode(png, ImageLimits.Default);
        Assert.All(image.Pixels, p => Assert.InRange(p, 126, 129));
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        var png = PngEncoder.Encode(new RgbImage(20, 20));
        var error = Assert.Throws<MediaInputException>(() => PngDecoder.Decode(png.AsSpan(0, png.Length - 20), ImageLimits.Default));
        Assert.Contains("truncated PNG", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chunk_with_a_wrong_crc_is_refused()
    {
        var png = PngEncoder.Encode(new RgbImage(5, 5));
        png[8 + 8 + 4] ^= 0x01; // a byte of the IHDR width
        var error = Assert.Throws<MediaInputException>(() => PngDecoder.Decode(png, ImageLimits.Default));
        Assert.Contains("IHDR", error.Message, StringComparison.Ordinal);
        Assert.Contains("CRC", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_data_shorter_than_the_header_implies_is_refused()
    {
        // A valid 4x4 image whose IHDR is rewritten to claim 4x40: the data inflates to a tenth of what is needed.
        var png = PngEncoder.Encode(new RgbImage(4, 4));
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8 + 8 + 4), 40);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(8 + 8 + 13), Crc32.Compute(png.AsSpan(8 + 4, 17)));
        var error = Assert.Throws<MediaInputException>(() => PngDecoder.Decode(png, ImageLimits.Default));
        Assert.Contains("inflates to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Huge_dimensions_are_refused_from_the_header()
    {
        var png = Pngs.WithSize(100_000, 100_000);
        var error = Assert.Throws<MediaInputException>(() => PngDecoder.Decode(png, ImageLimits.Default));
        Assert.Contains("100000x100000", error.Message, StringComparison.Ordinal);
        Assert.Contains("at most 8192", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_pixels_are_refused_even_when_each_side_fits()
    {
        var error = Assert.Throws<MediaInputException>(() => PngDecoder.Decode(Pngs.WithSize(8000, 8000), ImageLimits.Default));
        Assert.Contains("64000000 pixels", error.Message, StringComparison.Ordinal);
    }

    private static async Task AssertDecodesLikeFfmpeg(byte[] png)
    {
        var ours = PngDecoder.Decode(png, ImageLimits.Default);
        var reference = await Ffmpeg.DecodeToRgbAsync(png, "png");
        Assert.Equal(reference.Length, ours.Pixels.Length);
        // 16-bit samples: ffmpeg rounds to 8 bits where we truncate (v >> 8), so allow 1.
        var worst = reference.Zip(ours.Pixels, (a, b) => Math.Abs(a - b)).Max();
        Assert.InRange(worst, 0, 1);
    }
}
