using System.Numerics;
using System.Text.Json;
using Livepeer.Protocol.Ai;
using Livepeer.Protocol.Pricing;

namespace Livepeer.Protocol.Tests.Ai;

public sealed class AiRequestUnitsTests
{
    [Theory]
    [InlineData("""{"prompt":"x"}""", 512 * 512)]
    [InlineData("""{"prompt":"x","height":576,"width":1024,"num_images_per_prompt":2}""", 576 * 1024 * 2)]
    public void Text_to_image_is_height_times_width_times_images(string body, long expected) =>
        Assert.Equal(expected, Units(JsonRequest(AiPipelines.TextToImage, body), AiPricingSide.Gateway));

    [Fact]
    public void Image_routes_count_the_input_image()
    {
        var png = MediaHeaders.Png(300, 200);
        Assert.Equal(60_000, Units(Form(AiPipelines.ImageToText, png), AiPricingSide.Gateway));
        Assert.Equal(60_000, Units(Form(AiPipelines.Upscale, png, ("prompt", "x")), AiPricingSide.Orchestrator));
        Assert.Equal(60_000, Units(Form(AiPipelines.SegmentAnything2, png), AiPricingSide.Gateway));
        Assert.Equal(180_000, Units(Form(AiPipelines.ImageToImage, png, ("prompt", "x"), ("num_images_per_prompt", "3")), AiPricingSide.Gateway));
        Assert.Equal(576 * 1024 * 25, Units(Form(AiPipelines.ImageToVideo, png), AiPricingSide.Gateway));
    }

    [Fact]
    public void Audio_is_whole_seconds_times_1000_and_under_a_second_is_refused()
    {
        Assert.Equal(2000, Units(Form(AiPipelines.AudioToText, MediaHeaders.Wav(32_000, 80_000)), AiPricingSide.Gateway));
        var shortClip = Form(AiPipelines.AudioToText, MediaHeaders.Wav(32_000, 16_000));
        Assert.True(AiInputInspector.TryInspect(shortClip, AiInputLimits.Default, out var input, out _));
        Assert.False(AiRequestUnits.TryCompute(shortClip, input, AiPricingSide.Gateway, out _, out var error));
        Assert.Contains("at least 1 second", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Llm_defaults_differ_by_side_and_text_to_speech_uses_the_orchestrator_rule()
    {
        var llm = JsonRequest(AiPipelines.Llm, """{"messages":[{"role":"user","content":"hi"}]}""");
        Assert.Equal(256, Units(llm, AiPricingSide.Gateway));
        Assert.Equal(400, Units(llm, AiPricingSide.Orchestrator));
        Assert.Equal(100, Units(llm.With("max_tokens", "100"), AiPricingSide.Orchestrator));
        // Four code points, six UTF-8 bytes: 1000 per character on both sides.
        var tts = JsonRequest(AiPipelines.TextToSpeech, """{"text":"héé!"}""");
        Assert.Equal(4000, Units(tts, AiPricingSide.Gateway));
        Assert.False(AiRequestUnits.TryCompute(JsonRequest(AiPipelines.TextToSpeech, "{}"), AiInput.None, AiPricingSide.Gateway, out _, out var error));
        Assert.Contains("non-empty text", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspector_refuses_a_non_image_and_an_image_over_the_limit()
    {
        var text = Form(AiPipelines.ImageToText, "plain text"u8.ToArray());
        Assert.False(AiInputInspector.TryInspect(text, AiInputLimits.Default, out _, out var notImage));
        Assert.Contains("not an image", notImage, StringComparison.Ordinal);
        var big = Form(AiPipelines.ImageToText, MediaHeaders.Png(5000, 5000));
        Assert.False(AiInputInspector.TryInspect(big, AiInputLimits.Default, out _, out var tooBig));
        Assert.Contains("5000x5000", tooBig, StringComparison.Ordinal);
        Assert.True(AiInputInspector.TryInspect(big, AiInputLimits.Default with { MaxImagePixels = 25_000_000 }, out var input, out _));
        Assert.Equal(5000, input.Image!.Width);
    }

    private static long Units(AiRequest request, AiPricingSide side)
    {
        Assert.True(AiInputInspector.TryInspect(request, AiInputLimits.Default, out var input, out var inspectError), inspectError);
        Assert.True(AiRequestUnits.TryCompute(request, input, side, out BigInteger units, out var error), error);
        return (long)units;
    }

    private static AiRequest JsonRequest(AiPipeline pipeline, string body)
    {
        using var document = JsonDocument.Parse(body);
        var result = AiRequestParser.ParseJson(pipeline, document.RootElement);
        Assert.True(result.Succeeded, result.Summary);
        return result.Request;
    }

    private static AiRequest Form(AiPipeline pipeline, byte[] file, params (string Name, string Value)[] fields)
    {
        var result = AiRequestParser.ParseForm(pipeline, fields.ToDictionary(f => f.Name, f => f.Value),
            [new AiMediaFile(pipeline.MediaField!.Name, "upload", "application/octet-stream", file)]);
        Assert.True(result.Succeeded, result.Summary);
        return result.Request;
    }
}
