using CsCheck;
using Livepeer.Protocol.Ai;

namespace Livepeer.Protocol.Tests.Ai;

public sealed class MediaInfoTests
{
    public static TheoryData<string, byte[], int, int> Images => new()
    {
        { "PNG", MediaHeaders.Png(640, 480), 640, 480 },
        { "JPEG", MediaHeaders.Jpeg(1920, 1080), 1920, 1080 },
        { "JPEG", MediaHeaders.Jpeg(300, 200, frameMarker: 0xC2), 300, 200 },
        { "GIF", MediaHeaders.Gif(17, 3), 17, 3 },
        { "WebP", MediaHeaders.WebPExtended(5000, 7), 5000, 7 },
        { "WebP", MediaHeaders.WebPLossless(1024, 768), 1024, 768 },
        { "WebP", MediaHeaders.WebPLossy(320, 240), 320, 240 },
        { "BMP", MediaHeaders.Bmp(64, -32), 64, 32 },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Reads_format_and_size_from_the_header(string format, byte[] data, int width, int height)
    {
        Assert.True(ImageInfo.TryRead(data, out var image, out var error), error);
        Assert.Equal((format, width, height), (image.Format, image.Width, image.Height));
        Assert.StartsWith("image/", image.ContentType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello, this is text and not an image")]
    [InlineData("%PDF-1.7")]
    public void Refuses_what_is_not_an_image(string text)
    {
        Assert.False(ImageInfo.TryRead(System.Text.Encoding.UTF8.GetBytes(text), out _, out var error));
        Assert.Contains(text.Length == 0 ? "empty" : "not an image", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_truncated_header_or_a_zero_size()
    {
        Assert.False(ImageInfo.TryRead(MediaHeaders.Png(10, 10).AsSpan(0, 20), out _, out var truncated));
        Assert.Contains("truncated", truncated, StringComparison.Ordinal);
        Assert.False(ImageInfo.TryRead(MediaHeaders.Png(0, 10), out _, out var zero));
        Assert.Contains("PNG", zero, StringComparison.Ordinal);
        // A JPEG whose scan starts before any frame header says nothing about its size.
        Assert.False(ImageInfo.TryRead([0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x00], out _, out _));
    }

    [Fact]
    public void Arbitrary_bytes_never_throw()
    {
        Gen.Byte.Array[0, 64].Sample(bytes =>
        {
            bool read = ImageInfo.TryRead(bytes, out var image, out var error);
            return read ? image!.Width > 0 && image.Height > 0 : error is not null;
        });
    }

    [Fact]
    public void Wav_duration_is_data_bytes_over_byte_rate()
    {
        Assert.True(AudioInfo.TryRead(MediaHeaders.Wav(byteRate: 32_000, dataBytes: 80_000), out var audio, out var error), error);
        Assert.Equal(2.5, audio.DurationSeconds);
        Assert.Equal("audio/wav", audio.ContentType);
    }

    [Fact]
    public void Audio_that_is_not_wav_is_refused_with_the_reason()
    {
        Assert.False(AudioInfo.TryRead("ID3\x03\0\0\0"u8, out _, out var error));
        Assert.Contains("WAV", error, StringComparison.Ordinal);
        var noFormat = MediaHeaders.Wav(32_000, 10);
        "junk"u8.CopyTo(noFormat.AsSpan(12));
        Assert.False(AudioInfo.TryRead(noFormat, out _, out var formatError));
        Assert.Contains("fmt", formatError, StringComparison.Ordinal);
    }
}
