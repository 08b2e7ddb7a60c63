using Livepeer.Media.Inference;
using Livepeer.Media.Tests.Imaging;

namespace Livepeer.Media.Tests.Inference;

[Collection(EngineCollection.Name)]
public sealed class EngineTests(EngineFixture fixture)
{
    [Fact]
    public void Advertises_every_loaded_model_warm_with_its_capacity_and_default()
    {
        Assert.Equal(
            [
                new ModelInfo(PipelineNames.ImageToText, StandardModels.PaddleOcrModelId, Warm: true, Capacity: 4, IsDefault: true),
                new ModelInfo(PipelineNames.Upscale, StandardModels.Resize2xModelId, Warm: true, Capacity: 4, IsDefault: true),
            ],
            fixture.Engine.Models);
        Assert.Equal("CPU", fixture.Engine.ExecutionProvider);
    }

    [Fact]
    public async Task An_unknown_model_is_not_found()
    {
        var png = PngEncoder(8, 8);

        var error = await Assert.ThrowsAsync<ModelNotFoundException>(() => fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, png, "openai/gpt-ocr")));

        Assert.StartsWith("no model image-to-text/openai/gpt-ocr is configured (this worker serves ", error.Message, StringComparison.Ordinal);
        Assert.Contains("image-to-text/" + StandardModels.PaddleOcrModelId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pipeline_without_models_is_not_found_even_for_the_default()
    {
        var error = await Assert.ThrowsAsync<ModelNotFoundException>(() => fixture.Engine.RunAsync(
            new InferenceRequest(PipelineNames.Llm, "", new Dictionary<string, string> { ["prompt"] = "hi" }, [])));

        Assert.StartsWith("no model is configured for llm", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an image at all", "'image': not an image: the data is neither PNG nor JPEG")]
    [InlineData("", "'image': the image is empty (0 bytes)")]
    public async Task Data_that_is_not_an_image_is_bad_input(string data, string message)
    {
        var error = await Assert.ThrowsAsync<MediaInputException>(() =>
            fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, System.Text.Encoding.UTF8.GetBytes(data))));

        Assert.Equal(message, error.Message);
    }

    [Theory]
    [InlineData(PipelineNames.ImageToText)]
    [InlineData(PipelineNames.Upscale)]
    public async Task A_truncated_png_is_bad_input(string pipeline)
    {
        var png = await Ffmpeg.TestPatternAsync(64, 48, "rgb24", "png");

        var error = await Assert.ThrowsAsync<MediaInputException>(() => fixture.Engine.RunAsync(Requests.Image(pipeline, png[..(png.Length * 2 / 3)])));

        Assert.StartsWith("'image': truncated PNG", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PipelineNames.ImageToText)]
    [InlineData(PipelineNames.Upscale)]
    public async Task Huge_dimensions_are_bad_input(string pipeline)
    {
        var error = await Assert.ThrowsAsync<MediaInputException>(() => fixture.Engine.RunAsync(Requests.Image(pipeline, Pngs.WithSize(60_000, 60_000))));

        Assert.Equal("'image': the PNG image is 60000x60000; each side may be at most 8192 pixels", error.Message);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_before_decoding()
    {
        var big = new byte[(32 * 1024 * 1024) + 1];
        Livepeer.Media.Imaging.PngDecoder.Signature.CopyTo(big);

        var error = await Assert.ThrowsAsync<MediaInputException>(() => fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, big)));

        Assert.Equal("'image': the image file is 33554433 bytes; at most 33554432 are accepted", error.Message);
    }

    [Fact]
    public async Task A_request_without_an_image_file_is_bad_input()
    {
        var request = new InferenceRequest(PipelineNames.ImageToText, "", new Dictionary<string, string>(), [new MediaInput("audio", "audio/wav", new byte[] { 1, 2, 3 })]);

        var error = await Assert.ThrowsAsync<MediaInputException>(() => fixture.Engine.RunAsync(request));

        Assert.Equal("image-to-text needs an 'image' file; the request has 'audio'", error.Message);
    }

    [Fact]
    public async Task Concurrent_requests_on_both_models_all_succeed()
    {
        var text = await Ffmpeg.RenderTextAsync(["LIVEPEER 2026"], 480, 120, 40, "png");
        var pattern = await Ffmpeg.TestPatternAsync(40, 30, "rgb24", "png");

        // More requests than either model's capacity (4), so some wait at the gate.
        var reads = Enumerable.Range(0, 8).Select(_ => fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, text)));
        var upscales = Enumerable.Range(0, 8).Select(_ => fixture.Engine.RunAsync(Requests.Image(PipelineNames.Upscale, pattern)));
        var results = await Task.WhenAll(reads.Concat(upscales));

        Assert.All(results[..8], r => Assert.Equal("LIVEPEER 2026", r.Text));
        Assert.All(results[8..], r => Assert.Equal(results[8].Media[0].Data, r.Media[0].Data));
    }

    [Fact]
    public async Task A_cancelled_request_is_cancelled()
    {
        var png = await Ffmpeg.RenderTextAsync(["LIVEPEER 2026"], 480, 120, 40, "png");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Engine.RunAsync(Requests.Image(PipelineNames.ImageToText, png), cancelled.Token));
    }

    private static byte[] PngEncoder(int width, int height) => Livepeer.Media.Imaging.PngEncoder.Encode(new Livepeer.Media.Imaging.RgbImage(width, height));
}
