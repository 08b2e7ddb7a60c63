using System.Numerics;
using Livepeer.Protocol.Numerics;
using Livepeer.Protocol.Pricing;
using Livepeer.Protocol.Rpc;

namespace Livepeer.Protocol.Tests.Pricing;

// gateway-api.md §3.5 table.
public sealed class AiUnitsTests
{
    [Fact]
    public void Image_pipelines_count_pixels_with_their_defaults()
    {
        Assert.Equal(new BigInteger(512 * 512), AiUnits.TextToImage(null, null, null));
        Assert.Equal(new BigInteger(1024 * 768 * 2), AiUnits.TextToImage(1024, 768, 2));
        Assert.Equal(new BigInteger(300 * 200 * 3), AiUnits.ImageToImage(300, 200, 3));
        Assert.Equal(new BigInteger(300 * 200), AiUnits.ImageToImage(300, 200, null));
        Assert.Equal(new BigInteger(576 * 1024 * 25), AiUnits.ImageToVideo(null, null));
        Assert.Equal(new BigInteger(100 * 100 * 25), AiUnits.ImageToVideo(100, 100));
        Assert.Equal(new BigInteger(128 * 64), AiUnits.Upscale(128, 64));
        Assert.Equal(new BigInteger(128 * 64), AiUnits.SegmentAnything2(128, 64));
        Assert.Equal(new BigInteger(128 * 64), AiUnits.ImageToText(128, 64));
    }

    [Fact]
    public void Audio_counts_whole_seconds_in_ms_and_refuses_under_one_second()
    {
        Assert.Equal(new BigInteger(12_000), AiUnits.AudioToText(12.9));
        Assert.Equal(new BigInteger(1_000), AiUnits.AudioToText(1));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AiUnits.AudioToText(0.99));
        Assert.Contains("at least 1 second", e.Message);
    }

    [Fact]
    public void Llm_defaults_differ_per_side()
    {
        Assert.Equal(new BigInteger(256), AiUnits.Llm(null, AiPricingSide.Gateway));
        Assert.Equal(new BigInteger(400), AiUnits.Llm(null, AiPricingSide.Orchestrator));
        Assert.Equal(new BigInteger(77), AiUnits.Llm(77, AiPricingSide.Gateway));
        Assert.Equal(new BigInteger(77), AiUnits.Llm(77, AiPricingSide.Orchestrator));
    }

    [Fact]
    public void Text_to_speech_is_1000_per_character_not_per_byte()
    {
        Assert.Equal(new BigInteger(5_000), AiUnits.TextToSpeech("hello"));
        // "héllo😀" is 10 UTF-8 bytes and 7 UTF-16 units but 6 characters (runes)
        Assert.Equal(new BigInteger(6_000), AiUnits.TextToSpeech("héllo😀"));
        Assert.Throws<ArgumentException>(() => AiUnits.TextToSpeech(""));
    }

    [Fact]
    public void Live_pays_input_pixels_and_60s_of_720p30_up_front()
    {
        Assert.Equal(new BigInteger(1_658_880_000), AiUnits.LiveInitialPixels);
        Assert.Equal(new BigInteger(42), AiUnits.LiveVideoToVideo(42));
    }

    [Fact]
    public void Fee_is_units_times_price_per_unit_over_pixels_per_unit()
    {
        var price = new PriceInfo { PricePerUnit = 3, PixelsPerUnit = 7 };
        Assert.Equal(new BigRational(512 * 512 * 3, 7), AiUnits.Fee(AiUnits.TextToImage(null, null, null), price));
        Assert.Throws<FormatException>(() => AiUnits.Fee(10, new PriceInfo { PricePerUnit = 3 }));
    }

    [Fact]
    public void Non_positive_sizes_are_refused_with_the_field_name()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => AiUnits.TextToImage(0, null, null));
        Assert.Contains("height must be positive", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => AiUnits.ImageToImage(10, 10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => AiUnits.Llm(0, AiPricingSide.Gateway));
        Assert.Throws<ArgumentOutOfRangeException>(() => AiUnits.LiveVideoToVideo(-1));
    }
}
